package no.imdi.grants.approval.list;

/**
 * The orders of the accounts-report outcomes waiting for approval, each made unique by the
 * outcome's id: {@link #PREPARED}, the default, is the maker/checker queue's oldest first.
 */
public enum PendingOutcomeSort {
  PREPARED,
  CASE,
  MUNICIPALITY,
  KIND,
  RECOVERY,
  PREPARED_BY
}

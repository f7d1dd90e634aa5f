package no.imdi.grants.approval.list;

/**
 * The orders of the decisions waiting for approval, each made unique by the decision's id: {@link
 * #PREPARED}, the default, is the maker/checker queue's oldest first.
 */
public enum PendingDecisionSort {
  PREPARED,
  CASE,
  APPLICATION,
  OUTCOME,
  AMOUNT,
  PREPARED_BY
}

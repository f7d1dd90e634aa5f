package no.imdi.grants.approval.list;

/**
 * The orders of the forwarding statements waiting for approval (R-AP-6), each made unique by the
 * complaint's id: {@link #RECEIVED}, the default, is the oldest complaint first, as the list always
 * was.
 */
public enum PendingStatementSort {
  RECEIVED,
  CASE,
  SENT,
  PREPARED_BY
}

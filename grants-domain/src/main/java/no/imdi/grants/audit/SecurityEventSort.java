package no.imdi.grants.audit;

/** The orders of the security log's review list. */
public enum SecurityEventSort {
  OCCURRED_AT,
  KIND,
  USERNAME
}

package no.imdi.grants.audit;

/** The orders of the access-log review list. */
public enum AccessLogSort {
  ACCESSED_AT,
  USERNAME,
  PERSON
}

package no.imdi.grants.payment.payee;

/** The orders of the payee list (the table's sortable headers). */
public enum PayeeSort {
  MUNICIPALITY,
  NAME,
  COUNTY,
  ORGANISATION_NUMBER,
  ACCOUNT,
  UPDATED
}

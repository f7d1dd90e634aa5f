package no.imdi.grants.rate;

/** The orders the administrator's list of current rates can be sorted in. */
public enum RateSort {
  CODE,
  YEAR,
  AMOUNT,
  VERIFIED
}

package no.imdi.grants.disability.application;

/**
 * What a T2 application's amounts rest on (R-REP-2): a budget, with the accounts report sent after
 * the grant period (R-REP-1), or the accounts, attached to the application. T1 has neither.
 */
public enum ReportingBasis {
  BUDGET,
  ACCOUNTS
}

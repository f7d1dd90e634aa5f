package no.imdi.grants.disability.report.list;

/**
 * The orders of the municipality's list of T2 accounts reports (R-REP-1), each made unique by the
 * report's id: {@link #ATTENTION}, the page's default, puts those waiting for a signature first
 * (signed, then drafts), then the others, each by due date.
 */
public enum ReportListSort {
  ATTENTION,
  DUE,
  CASE,
  YEAR,
  STATE,
  GRANTED
}

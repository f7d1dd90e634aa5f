package no.imdi.grants.disability.report;

/**
 * The reminders of an accounts report still with the municipality (R-REP-1): due within the
 * reminder days (a setting, 14 by default), then overdue. Ordered: overdue follows due soon.
 */
public enum Reminder {
  DUE_SOON,
  OVERDUE
}

package no.imdi.grants.dashboard;

/**
 * What a dated item on a dashboard is, with the rule its date comes from: an application's deadline
 * (R-DL-1..5), an accounts report's due date (R-REP-1), the complaint deadline of a dismissal
 * (R-AP-3), the reply date of a request for documentation, the month within which a complaint must
 * be answered or have an interim reply (R-AP-8), an item of IMDi's queue due this week (the rule of
 * its own kind; a reply date is IMDi's own and follows no rule id).
 */
public enum DueKind {
  APPLICATION("R-DL-1"),
  ACCOUNTS_REPORT("R-REP-1"),
  COMPLAINT_DEADLINE("R-AP-3"),
  REPLY_DATE(null),
  INTERIM_REPLY("R-AP-8"),
  QUEUE_ITEM(null);

  private final String rule;

  DueKind(String rule) {
    this.rule = rule;
  }

  /** The rule the date is counted by (an application's own may be R-DL-2, R-DL-4 or R-DL-5). */
  public String rule() {
    return rule;
  }
}

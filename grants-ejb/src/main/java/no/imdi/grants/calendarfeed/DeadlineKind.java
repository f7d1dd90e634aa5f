package no.imdi.grants.calendarfeed;

/** The kinds of deadline a municipality's calendar feed holds, with the rules they come from. */
public enum DeadlineKind {
  /** The application deadline of a draft (R-DL-1..4, a granted later one R-DL-5). */
  APPLICATION("application", "R-DL-1..5"),
  /** The reply date IMDi set on its request for documentation (no rule: IMDi chooses the day). */
  DOCUMENTATION_REPLY("documentation", null),
  /** The accounts report of a T2 grant, due two months after the grant period (R-REP-1). */
  ACCOUNTS_REPORT("accounts-report", "R-REP-1"),
  /** The deadline to complain on a dismissal letter in the inbox (R-AP-3). */
  COMPLAINT("complaint", "R-AP-3");

  private final String uidPart;
  private final String rule;

  DeadlineKind(String uidPart, String rule) {
    this.uidPart = uidPart;
    this.rule = rule;
  }

  String uidPart() {
    return uidPart;
  }

  public String rule() {
    return rule;
  }
}

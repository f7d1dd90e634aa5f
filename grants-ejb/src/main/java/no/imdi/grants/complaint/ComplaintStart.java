package no.imdi.grants.complaint;

import no.imdi.grants.shared.Explanation;

/**
 * What the municipality sees before it sends a complaint on a letter in its inbox: whether the
 * letter's decision can be complained about (R-AP-1, R-AP-2) and, if so, the deadline counted from
 * the day the notice reached it (R-AP-3) and how a complaint sent today stands (R-AP-4, R-AP-5). A
 * letter without a complaint right still takes the message, as an enquiry.
 *
 * @param kind the decision's kind, {@code null} for a letter that is no decision
 * @param deadline {@code null} without a complaint right
 * @param today how a complaint sent today stands; {@code null} without a complaint right
 */
public record ComplaintStart(
    long inboxItemId,
    long caseId,
    String caseNumber,
    String title,
    DecisionKind kind,
    boolean complaintRight,
    Explanation right,
    ComplaintDeadline deadline,
    ComplaintTimeliness today,
    boolean noticeFromFirstOpening) {

  /** Late, but within the year: the form asks for the reason for the delay (R-AP-5). */
  public boolean needsDelayReason() {
    return today != null && today.outcome() == Timeliness.LATE_MAY_BE_CONSIDERED;
  }

  /** More than a year after the decision: refused outright (R-AP-5). */
  public boolean tooLate() {
    return today != null && today.outcome() == Timeliness.TOO_LATE;
  }
}

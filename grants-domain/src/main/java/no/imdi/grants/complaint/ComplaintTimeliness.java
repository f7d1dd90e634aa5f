package no.imdi.grants.complaint;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Reason;

/**
 * The assessment of whether a complaint came in time (R-AP-3, R-AP-4, R-AP-5). A complaint sent on
 * or before the deadline is in time. A late complaint may still be considered (fvl § 31 first
 * paragraph) only if it was sent no more than one year after the decision date (§ 31 second
 * paragraph): the last possible date is the same date one year on, and for a decision of 29
 * February it is 28 February (the month has no 29th, so the year ends on its last day, domstolloven
 * § 148 by analogy). This limit is not moved to a working day. After it, the complaint must be
 * dismissed.
 *
 * @param lastDateForLateComplaint the decision date plus one year: the last day a late complaint
 *     may be considered
 */
public record ComplaintTimeliness(
    Timeliness outcome,
    ComplaintDeadline deadline,
    LocalDate sent,
    LocalDate lastDateForLateComplaint,
    Explanation explanation) {

  public static final String RULE_LATE = "R-AP-5";

  public ComplaintTimeliness {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(sent, "sent");
    Objects.requireNonNull(lastDateForLateComplaint, "lastDateForLateComplaint");
    Objects.requireNonNull(explanation, "explanation");
  }

  /** The assessment with the default roll-forward setting. */
  public static ComplaintTimeliness assess(
      LocalDate decisionDate, LocalDate noticeReceived, LocalDate sent) {
    return assess(decisionDate, noticeReceived, sent, RollForwardSetting.DEFAULT);
  }

  /**
   * Whether a complaint sent on {@code sent} about a decision of {@code decisionDate} is in time.
   */
  public static ComplaintTimeliness assess(
      LocalDate decisionDate,
      LocalDate noticeReceived,
      LocalDate sent,
      RollForwardSetting setting) {
    Objects.requireNonNull(decisionDate, "decisionDate");
    Objects.requireNonNull(noticeReceived, "noticeReceived");
    Objects.requireNonNull(sent, "sent");
    if (noticeReceived.isBefore(decisionDate)) {
      throw new IllegalArgumentException(
          "The notice cannot reach the party on "
              + noticeReceived
              + ", before the decision of "
              + decisionDate);
    }
    if (sent.isBefore(decisionDate)) {
      throw new IllegalArgumentException(
          "A complaint cannot be sent on " + sent + ", before the decision of " + decisionDate);
    }
    ComplaintDeadline deadline = ComplaintDeadline.forNotice(noticeReceived, setting);
    LocalDate lastDate = lastDateForLateComplaint(decisionDate);
    if (deadline.isInTime(sent)) {
      Explanation inTime = Explanation.of(ComplaintDeadline.RULE_IN_TIME, "R-AP-4.inTime", sent);
      return new ComplaintTimeliness(
          Timeliness.IN_TIME, deadline, sent, lastDate, deadline.explanation().and(inTime));
    }
    boolean mayBeConsidered = !sent.isAfter(lastDate);
    Explanation late =
        Explanation.of(ComplaintDeadline.RULE_IN_TIME, "R-AP-4.late", sent)
            .and(
                Explanation.of(
                    RULE_LATE,
                    mayBeConsidered ? "R-AP-5.mayBeConsidered" : "R-AP-5.tooLate",
                    oneYear(decisionDate, lastDate)));
    return new ComplaintTimeliness(
        mayBeConsidered ? Timeliness.LATE_MAY_BE_CONSIDERED : Timeliness.TOO_LATE,
        deadline,
        sent,
        lastDate,
        deadline.explanation().and(late));
  }

  /** R-AP-5: one year after the decision; 29 February gives 28 February. */
  public static LocalDate lastDateForLateComplaint(LocalDate decisionDate) {
    return decisionDate.plusYears(1);
  }

  public List<String> rules() {
    return explanation.rules();
  }

  /** The last day for a late complaint, and why when 29 February gives 28 February. */
  private static Reason oneYear(LocalDate decisionDate, LocalDate lastDate) {
    return lastDate.getDayOfMonth() == decisionDate.getDayOfMonth()
        ? Reason.phrase("R-AP-5.oneYear", lastDate, decisionDate)
        : Reason.phrase("R-AP-5.oneYear.noLeapDay", lastDate, decisionDate, lastDate.getYear());
  }
}

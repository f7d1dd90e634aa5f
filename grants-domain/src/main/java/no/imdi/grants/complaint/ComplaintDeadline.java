package no.imdi.grants.complaint;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import no.imdi.grants.calendar.WorkingDayRoll;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Reason;

/**
 * The complaint deadline (*klagefrist*) for a decision: three weeks from the day the notice of the
 * decision reached the party, ending on the same weekday (forvaltningsloven § 29, R-AP-3). When
 * that day is a Saturday, Sunday or public holiday and the {@link RollForwardSetting} is on, the
 * deadline is the next working day. A complaint sent (posted or submitted) on or before the
 * deadline is in time (fvl § 30, R-AP-4).
 *
 * @param plainDeadline the notice date plus three weeks, before any move to a working day
 * @param deadline the last day on which a complaint is in time
 */
public record ComplaintDeadline(
    LocalDate noticeReceived,
    LocalDate plainDeadline,
    LocalDate deadline,
    boolean rolledForward,
    Explanation explanation) {

  public static final String RULE = "R-AP-3";
  public static final String RULE_IN_TIME = "R-AP-4";
  static final int WEEKS = 3;

  public ComplaintDeadline {
    Objects.requireNonNull(noticeReceived, "noticeReceived");
    Objects.requireNonNull(plainDeadline, "plainDeadline");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(explanation, "explanation");
    if (deadline.isBefore(plainDeadline) || rolledForward == deadline.equals(plainDeadline)) {
      throw new IllegalArgumentException(
          "Deadline " + deadline + " does not fit plain deadline " + plainDeadline);
    }
  }

  /** The deadline with the default setting (moved to the next working day, not yet verified). */
  public static ComplaintDeadline forNotice(LocalDate noticeReceived) {
    return forNotice(noticeReceived, RollForwardSetting.DEFAULT);
  }

  /** The deadline for a notice that reached the party on {@code noticeReceived}. */
  public static ComplaintDeadline forNotice(LocalDate noticeReceived, RollForwardSetting setting) {
    Objects.requireNonNull(noticeReceived, "noticeReceived");
    Objects.requireNonNull(setting, "setting");
    LocalDate plain = noticeReceived.plusWeeks(WEEKS);
    WorkingDayRoll roll = WorkingDayRoll.of(plain);
    LocalDate deadline = plain;
    Reason moved = null;
    if (roll.moved() && setting.enabled()) {
      deadline = roll.rolledTo();
      moved =
          Reason.phrase(
              setting.verified() ? "R-AP-3.rolled" : "R-AP-3.rolled.unverified", roll.phrase());
    } else if (roll.moved()) {
      moved = Reason.phrase("R-AP-3.notRolled", plain, roll.notWorkingDay());
    }
    Explanation explanation =
        Explanation.of(RULE, "R-AP-3.deadline", deadline, noticeReceived, moved);
    return new ComplaintDeadline(
        noticeReceived, plain, deadline, !deadline.equals(plain), explanation);
  }

  /** R-AP-4: a complaint sent (posted or submitted) on or before the deadline is in time. */
  public boolean isInTime(LocalDate sent) {
    return !sent.isAfter(deadline);
  }

  public List<String> rules() {
    return explanation.rules();
  }
}

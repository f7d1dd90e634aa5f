package no.imdi.grants.disability;

import static no.imdi.grants.disability.RuleIds.R_AP_2;
import static no.imdi.grants.disability.RuleIds.R_DL_5;
import static no.imdi.grants.disability.RuleIds.R_DL_6;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Reason;
import no.imdi.grants.shared.Reasoned;

/**
 * Whether a request or an application arrived in time. A request for a later deadline (<i>utsatt
 * søknadsfrist</i>) must arrive within the original deadline, the deadline day included (R-DL-5);
 * IMDi then decides it. An application that arrives after its deadline, or after a granted later
 * deadline, is dismissed (<i>avvist</i>, R-DL-6), an appealable individual decision (R-AP-2).
 * Deadlines on a Saturday, Sunday or holiday are not moved.
 */
public final class DeadlineCheck {

  private static final List<String> LATE_RULES = List.of(R_DL_6, R_AP_2);

  private DeadlineCheck() {}

  /** R-DL-5: whether a request for a later deadline received on the day is in time. */
  public static Reasoned<Boolean> extensionRequestInTime(
      LocalDate originalDeadline, LocalDate received) {
    Objects.requireNonNull(originalDeadline, "originalDeadline");
    Objects.requireNonNull(received, "received");
    boolean inTime = !received.isAfter(originalDeadline);
    Explanation why =
        Explanation.of(
            R_DL_5, inTime ? "R-DL-5.inTime" : "R-DL-5.late", received, originalDeadline);
    return new Reasoned<>(inTime, why.and(DeadlineNotes.weekendNotMoved(originalDeadline)));
  }

  /**
   * R-DL-6: whether an application received on the day is in time or is to be dismissed.
   *
   * @param grantedExtension the later deadline IMDi granted (R-DL-5), or {@code null} when none
   */
  public static Reasoned<Timeliness> application(
      LocalDate deadline, LocalDate grantedExtension, LocalDate received) {
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(received, "received");
    if (grantedExtension != null && !grantedExtension.isAfter(deadline)) {
      throw new IllegalArgumentException(
          "A granted later deadline "
              + grantedExtension
              + " must be after the deadline "
              + deadline);
    }
    LocalDate last = grantedExtension == null ? deadline : grantedExtension;
    Reason which =
        grantedExtension == null
            ? Reason.phrase("R-DL-6.deadline", deadline)
            : Reason.phrase("R-DL-6.extended", last, deadline);
    if (!received.isAfter(last)) {
      return Reasoned.of(Timeliness.IN_TIME, R_DL_6, "R-DL-6.inTime", received, which);
    }
    Explanation late = Explanation.of(LATE_RULES, "R-DL-6.late", received, which);
    return new Reasoned<>(
        Timeliness.TO_BE_DISMISSED, late.and(DeadlineNotes.weekendNotMoved(last)));
  }
}

package no.imdi.grants.disability;

import static no.imdi.grants.disability.RuleIds.R_AP_2;
import static no.imdi.grants.disability.RuleIds.R_DL_5;
import static no.imdi.grants.disability.RuleIds.R_DL_6;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Formats;
import no.imdi.grants.shared.Reasoned;

/**
 * Whether a request or an application arrived in time. A request for a later deadline (<i>utsatt
 * søknadsfrist</i>) must arrive within the original deadline, the deadline day included (R-DL-5);
 * IMDi then decides it. An application that arrives after its deadline, or after a granted later
 * deadline, is dismissed (<i>avvist</i>, R-DL-6), an appealable individual decision (R-AP-2).
 * Deadlines on a Saturday, Sunday or holiday are not moved.
 */
public final class DeadlineCheck {

  private DeadlineCheck() {}

  /** R-DL-5: whether a request for a later deadline received on the day is in time. */
  public static Reasoned<Boolean> extensionRequestInTime(
      LocalDate originalDeadline, LocalDate received) {
    Objects.requireNonNull(originalDeadline, "originalDeadline");
    Objects.requireNonNull(received, "received");
    boolean inTime = !received.isAfter(originalDeadline);
    String at = Formats.date(received);
    String deadline = Formats.date(originalDeadline);
    Explanation why =
        inTime
            ? Explanation.literal(
                R_DL_5,
                "Anmodningen om utsatt søknadsfrist kom "
                    + at
                    + ", innen den opprinnelige fristen "
                    + deadline
                    + " (R-DL-5). IMDi avgjør anmodningen.",
                "The request for a later deadline arrived on "
                    + at
                    + ", within the original deadline "
                    + deadline
                    + " (R-DL-5). IMDi decides the request.")
            : Explanation.literal(
                R_DL_5,
                "Anmodningen om utsatt søknadsfrist kom "
                    + at
                    + ", etter den opprinnelige fristen "
                    + deadline
                    + ", og kan ikke innvilges (R-DL-5).",
                "The request for a later deadline arrived on "
                    + at
                    + ", after the original deadline "
                    + deadline
                    + ", so it cannot be granted (R-DL-5).");
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
    String at = Formats.date(received);
    String nb =
        grantedExtension == null
            ? "fristen " + Formats.date(deadline)
            : "den utsatte fristen "
                + Formats.date(last)
                + " (opprinnelig "
                + Formats.date(deadline)
                + ")";
    String en =
        grantedExtension == null
            ? "the deadline " + Formats.date(deadline)
            : "the later deadline "
                + Formats.date(last)
                + " (originally "
                + Formats.date(deadline)
                + ")";
    if (!received.isAfter(last)) {
      return new Reasoned<>(
          Timeliness.IN_TIME,
          Explanation.literal(
              R_DL_6,
              "Søknaden kom " + at + ", innen " + nb + " (R-DL-6).",
              "The application arrived on " + at + ", within " + en + " (R-DL-6)."));
    }
    Explanation late =
        Explanation.literal(
            List.of(R_DL_6, R_AP_2),
            "Søknaden kom "
                + at
                + ", etter "
                + nb
                + ", og skal avvises (R-DL-6). Avvisning er et"
                + " enkeltvedtak som kommunen kan klage på (R-AP-2: forvaltningsloven § 2 tredje"
                + " ledd og § 28).",
            "The application arrived on "
                + at
                + ", after "
                + en
                + ", and is to be dismissed"
                + " (avvist) (R-DL-6). A dismissal is an individual decision the municipality can"
                + " appeal (R-AP-2: Public Administration Act § 2 third paragraph and § 28).");
    return new Reasoned<>(
        Timeliness.TO_BE_DISMISSED, late.and(DeadlineNotes.weekendNotMoved(last)));
  }
}

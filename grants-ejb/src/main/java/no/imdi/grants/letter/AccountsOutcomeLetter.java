package no.imdi.grants.letter;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.imdi.grants.complaint.DecisionKind;
import no.imdi.grants.shared.Nok;

/**
 * The letter of an approved accounts-report outcome for T2 (R-REP-3, R-REP-4, R-REP-5): the
 * measures with granted and actual costs, the grant, the costs reported and found eligible, the
 * amount recovered from the next instalment (R-PAY-4) or the overrun IMDi will decide as an
 * additional decision, and the reasons the pages show. A repayment claim is not an individual
 * decision (R-AP-1): the letter says there is no complaint right and why.
 *
 * @param instalmentBasis the basis date of the instalment the recovery is normally deducted from
 * @param instalmentPayout that instalment's payout ("primo april 2026"); empty without a recovery
 */
public record AccountsOutcomeLetter(
    GrantSubject subject,
    List<ReportedMeasure> measures,
    Nok granted,
    Nok reported,
    Nok eligible,
    Nok recovery,
    Nok claimedOverrun,
    boolean fullRecovery,
    List<Reason> reasons,
    LocalDate instalmentBasis,
    String instalmentPayout)
    implements LetterContent {

  /** A measure of the report: the costs granted for it and the actual costs, counted or not. */
  public record ReportedMeasure(String measure, Nok granted, Nok actual, boolean counted) {
    public ReportedMeasure {
      Letterhead.requireText(measure, "measure");
      Objects.requireNonNull(granted, "granted");
      Objects.requireNonNull(actual, "actual");
    }
  }

  public AccountsOutcomeLetter {
    Objects.requireNonNull(subject, "subject");
    measures = List.copyOf(measures);
    reasons = List.copyOf(reasons);
    Objects.requireNonNull(granted, "granted");
    Objects.requireNonNull(reported, "reported");
    Objects.requireNonNull(eligible, "eligible");
    Objects.requireNonNull(recovery, "recovery");
    Objects.requireNonNull(claimedOverrun, "claimedOverrun");
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("An outcome letter gives its reasons");
    }
    if (recovery.compareTo(Nok.ZERO) < 0 || recovery.compareTo(granted) > 0) {
      throw new IllegalArgumentException("A recovery is between 0 and the grant, not " + recovery);
    }
    if (recovery.compareTo(Nok.ZERO) > 0 && (instalmentBasis == null || instalmentPayout == null)) {
      throw new IllegalArgumentException("A recovery names the instalment it is deducted from");
    }
  }

  public boolean recovers() {
    return recovery.compareTo(Nok.ZERO) > 0;
  }

  @Override
  public LetterKind kind() {
    return LetterKind.ACCOUNTS_OUTCOME;
  }

  /** A repayment claim, or a grant left as it is: neither is an individual decision (R-AP-1). */
  @Override
  public Optional<DecisionKind> decision() {
    return Optional.of(recovers() ? DecisionKind.REPAYMENT_CLAIM : DecisionKind.GRANTED);
  }
}

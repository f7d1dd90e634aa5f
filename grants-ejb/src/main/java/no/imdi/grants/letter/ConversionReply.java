package no.imdi.grants.letter;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.imdi.grants.complaint.DecisionKind;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.integrationgrant.Instalment;
import no.imdi.grants.shared.Nok;
import no.imdi.grants.shared.Reasoned;

/**
 * IMDi's answer to a request to convert a granted T1 into T2 (*omgjøring*, R-T2-5). When granted:
 * the T2 measures and amount, the T1 amount already paid that is deducted, the instalment(s) that
 * pay the rest and the accounts report (R-REP-1). When refused: the reasons. The subject is the T2
 * request.
 *
 * @param t2Granted the T2 amount, {@code null} when the request is refused
 */
public record ConversionReply(
    GrantSubject subject,
    Nok t1Paid,
    List<MeasureAmount> measures,
    Nok t2Granted,
    List<Reason> reasons,
    Reasoned<List<Instalment>> payout,
    Reasoned<LocalDate> accountsReport)
    implements LetterContent {

  public ConversionReply {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(t1Paid, "t1Paid");
    measures = List.copyOf(measures);
    reasons = List.copyOf(reasons);
    if (subject.grantKind() != GrantKind.T2) {
      throw new IllegalArgumentException("A conversion is into T2 (R-T2-5)");
    }
    if (t2Granted == null) {
      if (reasons.isEmpty() || payout != null || accountsReport != null) {
        throw new IllegalArgumentException("A refused conversion gives reasons and pays nothing");
      }
    } else {
      Objects.requireNonNull(payout, "payout");
      Objects.requireNonNull(accountsReport, "accountsReport");
      if (measures.isEmpty()
          || t2Granted.compareTo(GrantLetter.total(measures, MeasureAmount::approved)) > 0) {
        throw new IllegalArgumentException(
            "T2 grants at most the approved costs of its measures (R-T2-1), not " + t2Granted);
      }
      if (t2Granted.compareTo(t1Paid) < 0) {
        throw new IllegalArgumentException("T2 " + t2Granted + " is less than T1 paid " + t1Paid);
      }
      GrantLetter.requirePaidInFull(payout.value(), t2Granted.minus(t1Paid));
    }
  }

  public static ConversionReply granted(
      GrantSubject subject,
      Nok t1Paid,
      List<MeasureAmount> measures,
      Nok t2Granted,
      List<Reason> reasons,
      Reasoned<List<Instalment>> payout,
      Reasoned<LocalDate> accountsReport) {
    return new ConversionReply(
        subject,
        t1Paid,
        measures,
        Objects.requireNonNull(t2Granted, "t2Granted"),
        reasons,
        payout,
        accountsReport);
  }

  public static ConversionReply refused(GrantSubject subject, Nok t1Paid, List<Reason> reasons) {
    return new ConversionReply(subject, t1Paid, List.of(), null, reasons, null, null);
  }

  public boolean isGranted() {
    return t2Granted != null;
  }

  /** What is paid: T2 less the T1 already paid (R-T2-5). */
  public Nok toPay() {
    return isGranted() ? t2Granted.minus(t1Paid) : Nok.ZERO;
  }

  @Override
  public LetterKind kind() {
    return LetterKind.CONVERSION_REPLY;
  }

  @Override
  public Optional<DecisionKind> decision() {
    return Optional.of(isGranted() ? DecisionKind.GRANTED : DecisionKind.REFUSED);
  }
}

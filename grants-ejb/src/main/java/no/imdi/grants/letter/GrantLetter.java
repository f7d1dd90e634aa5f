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
 * The grant letter (*tilskuddsbrev*, R-DEC-1): the measures with the costs applied for and
 * approved, the amount granted (the T1 rate, or for T2 the eligible costs up to the cap, R-T2-1;
 * never more), whether the application was granted only in part, the reasons, the instalment(s) the
 * grant is paid in (R-PAY-1, R-PAY-2) and, for T2, when the accounts report is due (R-REP-1).
 */
public record GrantLetter(
    GrantSubject subject,
    List<MeasureAmount> measures,
    Nok granted,
    boolean partly,
    List<Reason> reasons,
    Reasoned<List<Instalment>> payout,
    Reasoned<LocalDate> accountsReport)
    implements LetterContent {

  public GrantLetter {
    Objects.requireNonNull(subject, "subject");
    measures = List.copyOf(measures);
    reasons = List.copyOf(reasons);
    Objects.requireNonNull(granted, "granted");
    Objects.requireNonNull(payout, "payout");
    Objects.requireNonNull(accountsReport, "accountsReport");
    if (measures.isEmpty()) {
      throw new IllegalArgumentException("A grant letter lists at least one measure");
    }
    if (granted.compareTo(Nok.ZERO) <= 0) {
      throw new IllegalArgumentException("A grant letter grants an amount, not " + granted);
    }
    boolean t2 = subject.grantKind() == GrantKind.T2;
    if (t2 && granted.compareTo(total(measures, MeasureAmount::approved)) > 0) {
      throw new IllegalArgumentException(
          "T2 grants at most the approved costs (R-T2-1), not " + granted);
    }
    if (!t2 && accountsReport.value() != null) {
      throw new IllegalArgumentException("T1 has no accounts report (R-REP-1)");
    }
    requirePaidInFull(payout.value(), granted);
  }

  @Override
  public LetterKind kind() {
    return LetterKind.GRANT;
  }

  @Override
  public Optional<DecisionKind> decision() {
    return Optional.of(partly ? DecisionKind.PARTLY_GRANTED : DecisionKind.GRANTED);
  }

  public Nok applied() {
    return total(measures, MeasureAmount::applied);
  }

  public Nok approved() {
    return total(measures, MeasureAmount::approved);
  }

  static Nok total(
      List<MeasureAmount> measures, java.util.function.Function<MeasureAmount, Nok> f) {
    return measures.stream().map(f).reduce(Nok.ZERO, Nok::plus);
  }

  static void requirePaidInFull(List<Instalment> instalments, Nok amount) {
    Nok paid =
        instalments.stream()
            .map(line -> Objects.requireNonNull(line.amount(), "instalment amount"))
            .reduce(Nok.ZERO, Nok::plus);
    if (!paid.equals(amount)) {
      throw new IllegalArgumentException(
          "The instalments pay " + paid + ", not the " + amount + " of the letter");
    }
  }
}

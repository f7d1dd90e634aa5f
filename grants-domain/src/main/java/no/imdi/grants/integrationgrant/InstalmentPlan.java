package no.imdi.grants.integrationgrant;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Nok;
import no.imdi.grants.shared.Reason;
import no.imdi.grants.shared.ReasonArgs;
import no.imdi.grants.shared.Reasoned;

/**
 * When the integration grant is paid (R-IG-5): year 1 and the one-off supplements in full in the
 * first quarterly instalment whose basis date is on or after the day the person was registered as
 * settled; years 2-5 a quarter of the year's rate in each of the four instalments of that calendar
 * year. An instalment whose basis date falls before the registration is paid in the first
 * instalment after it. Quarters are exact to the øre: three quarters rounded down to the øre and
 * the last one the rest, so the four always add up to the rate (for whole-krone rates all four are
 * equal and nothing is rounded).
 */
final class InstalmentPlan {

  static final String RULE = "R-IG-5";
  private static final InstalmentTerm[] TERMS = InstalmentTerm.values();
  private static final int QUARTERS = TERMS.length;

  private InstalmentPlan() {}

  static Reasoned<List<Instalment>> whole(List<CodeAmount> codes, SettledPerson person) {
    LocalDate registered = person.effectiveRegistrationDate();
    LocalDate basis = firstBasisOnOrAfter(registered);
    Instalment[] lines = new Instalment[codes.size()];
    for (int i = 0; i < lines.length; i++) {
      CodeAmount code = codes.get(i);
      lines[i] = Instalment.of(basis, code.code(), Share.WHOLE, code.amount());
    }
    Instalment first = lines[0];
    return new Reasoned<>(
        List.of(lines),
        Explanation.of(
            RULE,
            registrationKey(person),
            basis,
            first.term().payout(basis.getYear()),
            registered));
  }

  static Reasoned<List<Instalment>> quarterly(
      CodeAmount code, int calendarYear, SettledPerson person) {
    LocalDate registeredBasis = firstBasisOnOrAfter(person.effectiveRegistrationDate());
    List<Nok> amounts = code.known() ? quarters(code.amount()) : null;
    Instalment[] lines = new Instalment[QUARTERS];
    boolean caughtUp = false;
    for (InstalmentTerm term : TERMS) {
      LocalDate basis = term.basisDate(calendarYear);
      if (basis.isBefore(registeredBasis)) {
        basis = registeredBasis;
        caughtUp = true;
      }
      Nok amount = amounts == null ? null : amounts.get(term.ordinal());
      lines[term.ordinal()] = Instalment.of(basis, code.code(), Share.QUARTER, amount);
    }
    Explanation explanation =
        Explanation.of(
            RULE, "R-IG-5.quarterly", ReasonArgs.year(calendarYear), quarterText(code, amounts));
    if (caughtUp) {
      explanation =
          explanation.and(
              Explanation.of(
                  RULE, "R-IG-5.caughtUp", person.effectiveRegistrationDate(), registeredBasis));
    }
    return new Reasoned<>(List.of(lines), explanation);
  }

  /**
   * The rate in four parts that add up exactly: three rounded down to the øre, the last the rest.
   */
  static List<Nok> quarters(Nok rate) {
    BigDecimal amount = rate.amount();
    if (amount.signum() >= 0 && amount.precision() < 18) {
      long ore = amount.movePointRight(2).longValue();
      Nok quarter = Nok.of(BigDecimal.valueOf(ore / 4, 2));
      Nok last = ore % 4 == 0 ? quarter : Nok.of(BigDecimal.valueOf(ore - 3 * (ore / 4), 2));
      return List.of(quarter, quarter, quarter, last);
    }
    Nok quarter = Nok.of(amount.divide(BigDecimal.valueOf(4), 2, RoundingMode.DOWN));
    Nok last = rate.minus(quarter).minus(quarter).minus(quarter);
    return List.of(quarter, quarter, quarter, last);
  }

  /**
   * Whether the person was registered after the first basis date of the calendar year, so that the
   * year's earlier quarters are caught up in a later instalment.
   */
  static boolean catchesUp(SettledPerson person, int calendarYear) {
    return firstBasisOnOrAfter(person.effectiveRegistrationDate())
        .isAfter(TERMS[0].basisDate(calendarYear));
  }

  static LocalDate firstBasisOnOrAfter(LocalDate day) {
    return InstalmentTerm.firstOnOrAfter(day).basisDate(day.getYear());
  }

  private static Reason quarterText(CodeAmount code, List<Nok> amounts) {
    if (amounts == null) {
      return Reason.phrase("R-IG-5.quarters.unknown");
    }
    Nok quarter = amounts.get(0);
    Nok last = amounts.get(3);
    if (quarter.equals(last)) {
      return Reason.phrase("R-IG-5.quarters.equal", code.amount(), quarter);
    }
    return Reason.phrase("R-IG-5.quarters.unequal", quarter, last, code.amount());
  }

  /** Where the registration date comes from: given, the date of birth or the settlement date. */
  private static String registrationKey(SettledPerson person) {
    if (person.registrationDate() != null) {
      return "R-IG-5.whole";
    }
    return person.birthDate().isAfter(person.settlementDate())
        ? "R-IG-5.whole.birth"
        : "R-IG-5.whole.settlement";
  }
}

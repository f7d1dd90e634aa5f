package no.imdi.grants.integrationgrant;

import static no.imdi.grants.shared.Formats.date;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Nok;
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

  private InstalmentPlan() {}

  static Reasoned<List<Instalment>> whole(List<CodeAmount> codes, SettledPerson person) {
    LocalDate registered = person.effectiveRegistrationDate();
    LocalDate basis = firstBasisOnOrAfter(registered);
    List<Instalment> lines = new ArrayList<>();
    for (CodeAmount code : codes) {
      lines.add(Instalment.of(basis, code.code(), Share.WHOLE, code.amount()));
    }
    Instalment first = lines.get(0);
    return new Reasoned<>(
        List.copyOf(lines),
        Explanation.literal(
            RULE,
            "Utbetales med hel sats i terminen per "
                + date(basis)
                + " (utbetaling "
                + first.payout()
                + "), første termin etter at personen ble registrert bosatt "
                + registrationAndRule(person, true)
                + ".",
            "Paid at the whole rate in the instalment of "
                + date(basis)
                + " (payout "
                + first.payoutEnglish()
                + "), the first instalment after the person was "
                + "registered as settled on "
                + registrationAndRule(person, false)
                + "."));
  }

  static Reasoned<List<Instalment>> quarterly(
      CodeAmount code, int calendarYear, SettledPerson person) {
    LocalDate registeredBasis = firstBasisOnOrAfter(person.effectiveRegistrationDate());
    List<Nok> amounts = code.known() ? quarters(code.amount()) : null;
    List<Instalment> lines = new ArrayList<>();
    boolean caughtUp = false;
    for (InstalmentTerm term : InstalmentTerm.values()) {
      LocalDate basis = term.basisDate(calendarYear);
      if (basis.isBefore(registeredBasis)) {
        basis = registeredBasis;
        caughtUp = true;
      }
      Nok amount = amounts == null ? null : amounts.get(term.ordinal());
      lines.add(Instalment.of(basis, code.code(), Share.QUARTER, amount));
    }
    Explanation explanation =
        Explanation.literal(
            RULE,
            "Utbetales med en fjerdedel av satsen i hver av de fire terminene i "
                + calendarYear
                + " (per 31.03, 30.06, 30.09 og 31.12)"
                + quarterText(code, amounts, true)
                + " ("
                + RULE
                + ").",
            "Paid a quarter of the rate in each of the four instalments of "
                + calendarYear
                + " (31.03, 30.06, 30.09 and 31.12)"
                + quarterText(code, amounts, false)
                + " ("
                + RULE
                + ").");
    if (caughtUp) {
      explanation =
          explanation.and(
              Explanation.literal(
                  RULE,
                  "Terminer før registrert bosatt "
                      + date(person.effectiveRegistrationDate())
                      + " utbetales i terminen per "
                      + date(registeredBasis)
                      + ".",
                  "Instalments before the registration as settled on "
                      + date(person.effectiveRegistrationDate())
                      + " are paid in the instalment of "
                      + date(registeredBasis)
                      + "."));
    }
    return new Reasoned<>(List.copyOf(lines), explanation);
  }

  /**
   * The rate in four parts that add up exactly: three rounded down to the øre, the last the rest.
   */
  static List<Nok> quarters(Nok rate) {
    Nok quarter = Nok.of(rate.amount().divide(BigDecimal.valueOf(4), 2, RoundingMode.DOWN));
    Nok last = rate.minus(quarter).minus(quarter).minus(quarter);
    return List.of(quarter, quarter, quarter, last);
  }

  static LocalDate firstBasisOnOrAfter(LocalDate day) {
    return InstalmentTerm.firstOnOrAfter(day).basisDate(day.getYear());
  }

  private static String quarterText(CodeAmount code, List<Nok> amounts, boolean norwegian) {
    if (amounts == null) {
      return norwegian ? "; beløpet er ukjent uten sats" : "; the amount is unknown without a rate";
    }
    Nok quarter = amounts.get(0);
    Nok last = amounts.get(3);
    if (quarter.equals(last)) {
      return (norwegian ? ": en fjerdedel av " : ": a quarter of ")
          + code.amount()
          + " = "
          + quarter
          + (norwegian ? " per termin" : " per instalment");
    }
    return norwegian
        ? ": "
            + quarter
            + " i de tre første terminene og "
            + last
            + " i den siste, til sammen "
            + code.amount()
        : ": "
            + quarter
            + " in the first three instalments and "
            + last
            + " in the last, "
            + code.amount()
            + " in all";
  }

  /** The registration date and the rule, with where a defaulted date comes from. */
  private static String registrationAndRule(SettledPerson person, boolean norwegian) {
    String day = date(person.effectiveRegistrationDate());
    if (person.registrationDate() != null) {
      return day + " (" + RULE + ")";
    }
    if (person.birthDate().isAfter(person.settlementDate())) {
      return day + (norwegian ? " (fødselsdatoen; " : " (the date of birth; ") + RULE + ")";
    }
    return day + (norwegian ? " (bosettingsdatoen; " : " (the settlement date; ") + RULE + ")";
  }
}

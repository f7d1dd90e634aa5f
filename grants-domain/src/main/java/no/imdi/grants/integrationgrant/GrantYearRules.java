package no.imdi.grants.integrationgrant;

import java.util.ArrayList;
import java.util.List;
import no.imdi.grants.rate.RateCode;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Nok;
import no.imdi.grants.shared.ReasonArgs;
import no.imdi.grants.shared.Reasoned;

/**
 * Builds one grant year of the integration grant: its calendar year (R-IG-2), its codes (R-IG-4:
 * {@code AR-1-EV}, {@code AR-1} or {@code AR-1-B} by household in year 1, {@code AR-2}..{@code
 * AR-5} after, and the one-off supplements {@code ELDR} and {@code BHT} with year 1), the rates of
 * that calendar year from the rate table, and the instalments (R-IG-5).
 */
final class GrantYearRules {

  /** Each code's name as the one-element list of a later year's codes, built once. */
  private static final List<List<String>> CODE_LISTS = codeLists();

  private static final int FIRST_CACHED_YEAR = 1900;
  private static final int CACHED_YEARS = 300;
  private static final int LATER_YEARS = 4;

  private final RateLookup rates;

  /**
   * Grant years 2-5 of everyone registered in time for the year's first instalment are the same
   * entry for the same grant year and calendar year: the code, the rate, the four quarters and
   * their reasons depend on nothing else (R-IG-4, R-IG-5). They are built once per calculator (a
   * calculator has one rate table) and shared; a late registration, whose instalments are caught
   * up, is built for the person. Entries are immutable, so a race only builds one twice.
   */
  private final GrantYearEntry[][] sharedLaterYears = new GrantYearEntry[LATER_YEARS][];

  GrantYearRules(RateLookup rates) {
    this.rates = rates;
  }

  GrantYearEntry year(SettledPerson person, GrantPeriod period, int grantYear) {
    if (grantYear > 1) {
      return laterYear(person, period, grantYear);
    }
    int calendarYear = period.calendarYear(grantYear);
    Explanation why = calendarYearReason(grantYear, calendarYear, period);
    List<RateCode> codes = new ArrayList<>(3);
    codes.add(yearCode(person.household(), grantYear));
    why = why.and(codeReason(person.household(), grantYear, codes.get(0)));
    if (grantYear == 1) {
      why = why.and(oneOff(OneOffSupplements.elderly(person), RateCode.ELDR, codes, false));
      boolean child = person.household() == Household.CHILD;
      why = why.and(oneOff(OneOffSupplements.childcare(person), RateCode.BHT, codes, child));
    }
    CodeAmount[] amounts = new CodeAmount[codes.size()];
    String[] names = new String[codes.size()];
    for (int i = 0; i < amounts.length; i++) {
      RateCode code = codes.get(i);
      amounts[i] = rates.amount(code, calendarYear, RateLookup.RULE);
      names[i] = code.code();
      why = why.and(amounts[i].explanation());
    }
    // immutable lists from the start: the entry keeps them without copying them again
    List<CodeAmount> amountList = List.of(amounts);
    Reasoned<List<Instalment>> instalments = InstalmentPlan.whole(amountList, person);
    return new GrantYearEntry(
        grantYear,
        calendarYear,
        List.of(names),
        amountList,
        total(amountList),
        instalments.value(),
        why.and(instalments.explanation()));
  }

  /** Years 2-5: the year's one code, paid in quarters (R-IG-4, R-IG-5). */
  private GrantYearEntry laterYear(SettledPerson person, GrantPeriod period, int grantYear) {
    int calendarYear = period.calendarYear(grantYear);
    int index = calendarYear - FIRST_CACHED_YEAR;
    if (index < 0 || index >= CACHED_YEARS || InstalmentPlan.catchesUp(person, calendarYear)) {
      return buildLaterYear(person, period, grantYear, calendarYear);
    }
    GrantYearEntry[] byYear = sharedLaterYears[grantYear - 2];
    if (byYear == null) {
      byYear = new GrantYearEntry[CACHED_YEARS];
      sharedLaterYears[grantYear - 2] = byYear;
    }
    GrantYearEntry entry = byYear[index];
    if (entry == null) {
      entry = buildLaterYear(person, period, grantYear, calendarYear);
      byYear[index] = entry;
    }
    return entry;
  }

  private GrantYearEntry buildLaterYear(
      SettledPerson person, GrantPeriod period, int grantYear, int calendarYear) {
    RateCode code = yearCode(person.household(), grantYear);
    CodeAmount amount = rates.amount(code, calendarYear, RateLookup.RULE);
    Reasoned<List<Instalment>> instalments = InstalmentPlan.quarterly(amount, calendarYear, person);
    Explanation why =
        calendarYearReason(grantYear, calendarYear, period)
            .and(
                codeReason(person.household(), grantYear, code),
                amount.explanation(),
                instalments.explanation());
    return new GrantYearEntry(
        grantYear,
        calendarYear,
        CODE_LISTS.get(code.ordinal()),
        List.of(amount),
        amount.amount(),
        instalments.value(),
        why);
  }

  private static List<List<String>> codeLists() {
    List<List<String>> lists = new ArrayList<>();
    for (RateCode code : RateCode.values()) {
      lists.add(List.of(code.code()));
    }
    return List.copyOf(lists);
  }

  static RateCode yearCode(Household household, int grantYear) {
    return switch (grantYear) {
      case 1 -> household.yearOneCode();
      case 2 -> RateCode.AR_2;
      case 3 -> RateCode.AR_3;
      case 4 -> RateCode.AR_4;
      case 5 -> RateCode.AR_5;
      default -> throw new IllegalArgumentException("grantYear must be 1 to 5, was " + grantYear);
    };
  }

  private static Explanation oneOff(
      Reasoned<Boolean> rule, RateCode code, List<RateCode> codes, boolean explainRefusal) {
    if (rule.value()) {
      codes.add(code);
      return rule.explanation();
    }
    return explainRefusal ? rule.explanation() : Explanation.NONE;
  }

  private static Explanation calendarYearReason(int grantYear, int calendarYear, GrantPeriod p) {
    if (grantYear == 1) {
      return Explanation.of(GrantPeriod.RULE, "R-IG-2.year.first", ReasonArgs.year(calendarYear));
    }
    return Explanation.of(
        GrantPeriod.RULE,
        "R-IG-2.year",
        grantYear,
        ReasonArgs.year(calendarYear),
        ReasonArgs.year(p.firstCalendarYear()),
        grantYear - 1);
  }

  private static Explanation codeReason(Household household, int grantYear, RateCode code) {
    if (grantYear == 1) {
      return Explanation.of(RateLookup.RULE, "R-IG-4.code.first", code.code(), household);
    }
    return Explanation.of(RateLookup.RULE, "R-IG-4.code", code.code(), grantYear);
  }

  private static Nok total(List<CodeAmount> amounts) {
    Nok total = Nok.ZERO;
    for (CodeAmount amount : amounts) {
      if (!amount.known()) {
        return null;
      }
      total = total.plus(amount.amount());
    }
    return total;
  }
}

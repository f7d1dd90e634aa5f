package no.imdi.grants.integrationgrant;

import java.util.ArrayList;
import java.util.List;
import no.imdi.grants.rate.RateCode;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.ReasonArgs;
import no.imdi.grants.shared.Reasoned;

/**
 * The special grant for unaccompanied minors (*enslige mindreårige*, R-EM), paid on top of the
 * integration grant (R-IG-8) for every calendar year from the settlement year up to and including
 * the calendar year the person turns 20: {@code EMINB} up to and including the year they turn 16,
 * {@code EMINU} from the year they turn 17. Ages count by calendar year (birth year + age).
 */
final class UnaccompaniedMinorGrant {

  static final String RULE = "R-EM";
  static final String COMBINATION_RULE = "R-IG-8";
  static final int YOUNGER_BAND_UP_TO_AGE = 16;
  static final int LAST_AGE = 20;
  private static final List<String> BAND_RULES = List.of(RULE, COMBINATION_RULE);

  private static final int FIRST_CACHED_YEAR = 1900;
  private static final int CACHED_YEARS = 300;

  private final RateLookup rates;

  /**
   * A calendar year's entry depends only on the year and the age reached in it (band and rate), so
   * each is built once per calculator (one rate table) and shared; entries are immutable, so a race
   * only builds one twice.
   */
  private final SpecialGrantEntry[][] shared = new SpecialGrantEntry[CACHED_YEARS][];

  UnaccompaniedMinorGrant(RateLookup rates) {
    this.rates = rates;
  }

  Reasoned<List<SpecialGrantEntry>> entries(SettledPerson person) {
    if (!person.unaccompaniedMinor()) {
      return new Reasoned<>(List.of(), Explanation.NONE);
    }
    int birthYear = person.birthDate().getYear();
    int first = person.settlementDate().getYear();
    int last = birthYear + LAST_AGE;
    List<SpecialGrantEntry> entries = new ArrayList<>(Math.max(0, last - first + 1));
    for (int year = first; year <= last; year++) {
      entries.add(sharedEntry(year, year - birthYear));
    }
    Explanation summary =
        entries.isEmpty()
            ? Explanation.of(RULE, "R-EM.none", LAST_AGE, last, first)
            : Explanation.of(RULE, "R-EM.period", ReasonArgs.years(first, last), LAST_AGE, last);
    return new Reasoned<>(List.copyOf(entries), summary);
  }

  private SpecialGrantEntry sharedEntry(int year, int age) {
    int index = year - FIRST_CACHED_YEAR;
    if (index < 0 || index >= CACHED_YEARS || age < 0 || age > LAST_AGE) {
      return entry(year, age, rates);
    }
    SpecialGrantEntry[] byAge = shared[index];
    if (byAge == null) {
      byAge = new SpecialGrantEntry[LAST_AGE + 1];
      shared[index] = byAge;
    }
    SpecialGrantEntry entry = byAge[age];
    if (entry == null) {
      entry = entry(year, age, rates);
      byAge[age] = entry;
    }
    return entry;
  }

  private static SpecialGrantEntry entry(int year, int age, RateLookup rates) {
    boolean younger = age <= YOUNGER_BAND_UP_TO_AGE;
    RateCode code = younger ? RateCode.EMINB : RateCode.EMINU;
    Explanation band =
        younger
            ? Explanation.of(
                BAND_RULES,
                "R-EM.band.younger",
                code.code(),
                ReasonArgs.year(year),
                age,
                YOUNGER_BAND_UP_TO_AGE)
            : Explanation.of(
                BAND_RULES,
                "R-EM.band.older",
                code.code(),
                ReasonArgs.year(year),
                age,
                YOUNGER_BAND_UP_TO_AGE + 1);
    CodeAmount rate = rates.amount(code, year, RULE);
    return new SpecialGrantEntry(
        year, code.code(), rate.amount(), rate.verified(), band.and(rate.explanation()));
  }
}

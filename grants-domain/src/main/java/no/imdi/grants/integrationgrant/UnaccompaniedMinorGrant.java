package no.imdi.grants.integrationgrant;

import java.util.ArrayList;
import java.util.List;
import no.imdi.grants.rate.RateCode;
import no.imdi.grants.shared.Explanation;
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

  private UnaccompaniedMinorGrant() {}

  static Reasoned<List<SpecialGrantEntry>> entries(SettledPerson person, RateLookup rates) {
    if (!person.unaccompaniedMinor()) {
      return new Reasoned<>(List.of(), Explanation.NONE);
    }
    int birthYear = person.birthDate().getYear();
    int first = person.settlementDate().getYear();
    int last = birthYear + LAST_AGE;
    List<SpecialGrantEntry> entries = new ArrayList<>();
    for (int year = first; year <= last; year++) {
      entries.add(entry(year, year - birthYear, rates));
    }
    String range = first == last ? Integer.toString(first) : first + "–" + last;
    Explanation summary =
        entries.isEmpty()
            ? Explanation.literal(
                RULE,
                "Ikke særskilt tilskudd for enslig mindreårig: personen fylte "
                    + LAST_AGE
                    + " år i "
                    + last
                    + ", før bosettingsåret "
                    + first
                    + " ("
                    + RULE
                    + ").",
                "No special grant for an unaccompanied minor: the person turned "
                    + LAST_AGE
                    + " in "
                    + last
                    + ", before the settlement year "
                    + first
                    + " ("
                    + RULE
                    + ").")
            : Explanation.literal(
                RULE,
                "Særskilt tilskudd for enslig mindreårig "
                    + range
                    + " ("
                    + RULE
                    + ": fra bosettingsåret til og med året personen fyller "
                    + LAST_AGE
                    + ", "
                    + last
                    + ").",
                "Special grant for an unaccompanied minor "
                    + range
                    + " ("
                    + RULE
                    + ": from the settlement year up to and including the year the person turns "
                    + LAST_AGE
                    + ", "
                    + last
                    + ").");
    return new Reasoned<>(List.copyOf(entries), summary);
  }

  private static SpecialGrantEntry entry(int year, int age, RateLookup rates) {
    boolean younger = age <= YOUNGER_BAND_UP_TO_AGE;
    RateCode code = younger ? RateCode.EMINB : RateCode.EMINU;
    Explanation band =
        Explanation.literal(
            List.of(RULE, COMBINATION_RULE),
            code.code()
                + " for "
                + year
                + ": personen fyller "
                + age
                + " år i "
                + year
                + " ("
                + RULE
                + ": "
                + code.code()
                + (younger
                    ? " til og med året personen fyller " + YOUNGER_BAND_UP_TO_AGE
                    : " fra året personen fyller " + (YOUNGER_BAND_UP_TO_AGE + 1))
                + "; i tillegg til integreringstilskuddet, "
                + COMBINATION_RULE
                + ").",
            code.code()
                + " for "
                + year
                + ": the person turns "
                + age
                + " in "
                + year
                + " ("
                + RULE
                + ": "
                + code.code()
                + (younger
                    ? " up to and including the year the person turns " + YOUNGER_BAND_UP_TO_AGE
                    : " from the year the person turns " + (YOUNGER_BAND_UP_TO_AGE + 1))
                + "; on top of the integration grant, "
                + COMBINATION_RULE
                + ").");
    CodeAmount rate = rates.amount(code, year, RULE);
    return new SpecialGrantEntry(
        year, code.code(), rate.amount(), rate.verified(), band.and(rate.explanation()));
  }
}

package no.imdi.grants.disability;

import static no.imdi.grants.disability.RuleIds.R_T2_1;
import static no.imdi.grants.disability.RuleIds.R_T2_2;
import static no.imdi.grants.disability.RuleIds.R_T2_3;
import static no.imdi.grants.disability.RuleIds.R_T2_4;

import java.time.LocalDate;
import java.util.Optional;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Reasoned;

/**
 * For how many grant years T2 can be granted: the 5 years of the integration grant period (R-T2-1);
 * an unaccompanied minor (<i>enslig mindreårig</i>) up to and including the grant year in which
 * they turn 20, never fewer than 5 (R-T2-2); up to 10 for a person settled from UDI's special
 * housing (R-T2-3) and for a child under 18 settled from 1 January 2024 whose health and care
 * needs, confirmed by UDI, warrant such housing (R-T2-4). The largest number that applies holds.
 */
public final class T2Duration {

  static final int INTEGRATION_GRANT_YEARS = 5; // R-T2-1
  static final int UNACCOMPANIED_MINOR_AGE = 20; // R-T2-2
  static final int SPECIAL_HOUSING_YEARS = 10; // R-T2-3, R-T2-4
  static final int CHILD_AGE = 18; // R-T2-4
  static final LocalDate CHILD_NEEDS_SETTLED_FROM = LocalDate.of(2024, 1, 1); // R-T2-4

  private static final Explanation INTEGRATION_GRANT_PERIOD =
      Explanation.of(R_T2_1, "R-T2-1.years");

  private T2Duration() {}

  /** The largest number of grant years T2 can be granted for, with each rule that applied. */
  public static Reasoned<Integer> maxYears(SettlementFacts facts) {
    int max = INTEGRATION_GRANT_YEARS;
    Explanation why = INTEGRATION_GRANT_PERIOD;
    ReferenceDate from = facts.referenceDate();
    if (facts.unaccompaniedMinor()) {
      Reasoned<Integer> minor = unaccompaniedMinor(from, facts.birthDate());
      max = Math.max(max, minor.value());
      why = why.and(minor.explanation());
    }
    if (facts.udiHousing().isSpecialHousing()) {
      max = Math.max(max, SPECIAL_HOUSING_YEARS);
      why = why.and(Explanation.of(R_T2_3, "R-T2-3.specialHousing", facts.udiHousing()));
    }
    if (facts.childNeedsConfirmedByUdi()) {
      Reasoned<Integer> child = childNeeds(from, facts.birthDate());
      max = Math.max(max, child.value());
      why = why.and(child.explanation());
    }
    return new Reasoned<>(max, why.and(Explanation.note("R-T2.max", max)));
  }

  /** R-T2-2: up to and including the grant year of the 20th birthday, never fewer than 5. */
  static Reasoned<Integer> unaccompaniedMinor(ReferenceDate from, LocalDate birthDate) {
    LocalDate twentieth = birthDate.plusYears(UNACCOMPANIED_MINOR_AGE);
    Optional<GrantYear> year = GrantYear.containing(from.date(), twentieth);
    if (year.isEmpty()) {
      return Reasoned.of(
          INTEGRATION_GRANT_YEARS, R_T2_2, "R-T2-2.turnedBefore", birthDate, twentieth, from);
    }
    GrantYear turning = year.get();
    int years = Math.max(INTEGRATION_GRANT_YEARS, turning.number());
    return Reasoned.of(
        years,
        R_T2_2,
        turning.number() >= INTEGRATION_GRANT_YEARS ? "R-T2-2.turns" : "R-T2-2.turns.fewer",
        birthDate,
        twentieth,
        turning.number(),
        turning.period());
  }

  /** R-T2-4: a child under 18, settled from 1 January 2024, needs confirmed by UDI. */
  static Reasoned<Integer> childNeeds(ReferenceDate from, LocalDate birthDate) {
    LocalDate settled = from.date();
    if (settled.isBefore(CHILD_NEEDS_SETTLED_FROM)) {
      return Reasoned.of(INTEGRATION_GRANT_YEARS, R_T2_4, "R-T2-4.before", from);
    }
    if (!settled.isBefore(birthDate.plusYears(CHILD_AGE))) {
      return Reasoned.of(INTEGRATION_GRANT_YEARS, R_T2_4, "R-T2-4.adult", birthDate, from);
    }
    return Reasoned.of(SPECIAL_HOUSING_YEARS, R_T2_4, "R-T2-4.applies", from);
  }
}

package no.imdi.grants.disability;

import static no.imdi.grants.disability.RuleIds.R_T2_1;
import static no.imdi.grants.disability.RuleIds.R_T2_2;
import static no.imdi.grants.disability.RuleIds.R_T2_3;
import static no.imdi.grants.disability.RuleIds.R_T2_4;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Formats;
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

  private T2Duration() {}

  /** The largest number of grant years T2 can be granted for, with each rule that applied. */
  public static Reasoned<Integer> maxYears(SettlementFacts facts) {
    int max = INTEGRATION_GRANT_YEARS;
    Explanation why =
        Explanation.literal(
            R_T2_1,
            "T2 kan gis for hvert tilskuddsår i integreringstilskuddsperioden, inntil 5 år"
                + " (R-T2-1).",
            "T2 can be granted for each grant year within the integration grant period, up to 5"
                + " years (R-T2-1).");
    ReferenceDate from = facts.referenceDate();
    if (facts.unaccompaniedMinor()) {
      Reasoned<Integer> minor = unaccompaniedMinor(from, facts.birthDate());
      max = Math.max(max, minor.value());
      why = why.and(minor.explanation());
    }
    if (facts.udiHousing().isSpecialHousing()) {
      max = Math.max(max, SPECIAL_HOUSING_YEARS);
      why =
          why.and(
              Explanation.literal(
                  R_T2_3,
                  "Bosatt fra UDIs særskilte botilbud ("
                      + facts.udiHousing().norwegian()
                      + "): inntil 10 tilskuddsår (R-T2-3).",
                  "Settled from UDI's special housing ("
                      + facts.udiHousing().english()
                      + "): up to 10 grant years (R-T2-3)."));
    }
    if (facts.childNeedsConfirmedByUdi()) {
      Reasoned<Integer> child = childNeeds(from, facts.birthDate());
      max = Math.max(max, child.value());
      why = why.and(child.explanation());
    }
    Explanation total =
        Explanation.literal(
            List.of(),
            "Høyeste antall tilskuddsår med T2 som gjelder: " + max + ".",
            "The largest number of T2 grant years that applies: " + max + ".");
    return new Reasoned<>(max, why.and(total));
  }

  /** R-T2-2: up to and including the grant year of the 20th birthday, never fewer than 5. */
  static Reasoned<Integer> unaccompaniedMinor(ReferenceDate from, LocalDate birthDate) {
    LocalDate twentieth = birthDate.plusYears(UNACCOMPANIED_MINOR_AGE);
    Optional<GrantYear> year = GrantYear.containing(from.date(), twentieth);
    String head = "Enslig mindreårig født " + Formats.date(birthDate);
    String headEn = "Unaccompanied minor born " + Formats.date(birthDate);
    if (year.isEmpty()) {
      return Reasoned.literal(
          INTEGRATION_GRANT_YEARS,
          R_T2_2,
          head
              + " fylte 20 år "
              + Formats.date(twentieth)
              + ", før "
              + from.norwegian()
              + "; aldri færre enn 5 år (R-T2-2).",
          headEn
              + " turned 20 on "
              + Formats.date(twentieth)
              + ", before "
              + from.english()
              + "; never fewer than 5 years (R-T2-2).");
    }
    GrantYear turning = year.get();
    int years = Math.max(INTEGRATION_GRANT_YEARS, turning.number());
    String limit =
        turning.number() >= INTEGRATION_GRANT_YEARS
            ? ": T2 til og med tilskuddsår " + turning.number()
            : "; aldri færre enn 5 år";
    String limitEn =
        turning.number() >= INTEGRATION_GRANT_YEARS
            ? ": T2 up to and including grant year " + turning.number()
            : "; never fewer than 5 years";
    return Reasoned.literal(
        years,
        R_T2_2,
        head
            + " fyller 20 år "
            + Formats.date(twentieth)
            + ", i tilskuddsår "
            + turning.number()
            + " ("
            + turning.period()
            + ")"
            + limit
            + " (R-T2-2).",
        headEn
            + " turns 20 on "
            + Formats.date(twentieth)
            + ", in grant year "
            + turning.number()
            + " ("
            + turning.period()
            + ")"
            + limitEn
            + " (R-T2-2).");
  }

  /** R-T2-4: a child under 18, settled from 1 January 2024, needs confirmed by UDI. */
  static Reasoned<Integer> childNeeds(ReferenceDate from, LocalDate birthDate) {
    LocalDate settled = from.date();
    if (settled.isBefore(CHILD_NEEDS_SETTLED_FROM)) {
      return Reasoned.literal(
          INTEGRATION_GRANT_YEARS,
          R_T2_4,
          "UDI har bekreftet barnets behov, men "
              + from.norwegian()
              + " er før 01.01.2024, så"
              + " R-T2-4 gjelder ikke.",
          "UDI has confirmed the child's needs, but "
              + from.english()
              + " is before"
              + " 01.01.2024, so R-T2-4 does not apply.");
    }
    if (!settled.isBefore(birthDate.plusYears(CHILD_AGE))) {
      return Reasoned.literal(
          INTEGRATION_GRANT_YEARS,
          R_T2_4,
          "UDI har bekreftet behovet, men personen født "
              + Formats.date(birthDate)
              + " var 18 år eller eldre på "
              + from.norwegian()
              + ", så R-T2-4 gjelder ikke.",
          "UDI has confirmed the needs, but the person born "
              + Formats.date(birthDate)
              + " was 18 or older on "
              + from.english()
              + ", so R-T2-4 does not apply.");
    }
    return Reasoned.literal(
        SPECIAL_HOUSING_YEARS,
        R_T2_4,
        "Barn under 18 år på "
            + from.norwegian()
            + ", bosatt fra 01.01.2024, med helse- og"
            + " omsorgsbehov som tilsier UDIs særskilte botilbud, bekreftet av UDI: inntil 10"
            + " tilskuddsår (R-T2-4).",
        "Child under 18 on "
            + from.english()
            + ", settled from 01.01.2024, whose health and"
            + " care needs warrant UDI's special housing, confirmed by UDI: up to 10 grant years"
            + " (R-T2-4).");
  }
}

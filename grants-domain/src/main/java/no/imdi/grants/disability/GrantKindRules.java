package no.imdi.grants.disability;

import static no.imdi.grants.disability.RuleIds.R_DL_3;
import static no.imdi.grants.disability.RuleIds.R_T1_1;
import static no.imdi.grants.disability.RuleIds.R_T1_2;
import static no.imdi.grants.disability.RuleIds.R_T2_1;
import static no.imdi.grants.disability.RuleIds.R_T2_5;
import static no.imdi.grants.disability.RuleIds.R_T_1;

import java.util.List;
import java.util.Objects;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Reasoned;

/**
 * Which grant can be applied for in which grant year. T1 is a one-off grant for grant year 1 or 2
 * (R-T1-1) and cannot be applied for once T2 has been granted (R-T1-2). T2 can be granted for each
 * grant year up to the person's maximum (R-T2-1, with R-T2-2..4 in {@link T2Duration}). For grant
 * year 1 or 2 the first application is for either T1 or T2, and a year has one or the other, never
 * both; turning a granted T1 into T2 is a conversion (R-T2-5), not a new application (R-T-1). A
 * year after year 2 needs an earlier first application that was granted (R-DL-3).
 */
public final class GrantKindRules {

  static final int LAST_T1_YEAR = 2; // R-T1-1, R-T-1

  private GrantKindRules() {}

  /** Whether the grant can be had for the grant year at all, whatever was granted before. */
  public static Reasoned<Boolean> possibleInYear(GrantKind kind, int grantYear, int maxT2Years) {
    Objects.requireNonNull(kind, "kind");
    ApplicationDeadlines.requireGrantYear(grantYear);
    if (kind == GrantKind.T1) {
      return grantYear <= LAST_T1_YEAR
          ? Reasoned.literal(
              true,
              R_T1_1,
              "T1 kan søkes for tilskuddsår 1 eller 2 som et engangstilskudd (R-T1-1).",
              "T1 can be applied for as a one-off grant for grant year 1 or 2 (R-T1-1).")
          : Reasoned.literal(
              false,
              R_T1_1,
              "T1 gis bare for tilskuddsår 1 eller 2, ikke for tilskuddsår "
                  + grantYear
                  + " (R-T1-1).",
              "T1 is granted only for grant year 1 or 2, not for grant year "
                  + grantYear
                  + " (R-T1-1).");
    }
    if (grantYear > maxT2Years) {
      return Reasoned.literal(
          false,
          R_T2_1,
          "T2 kan ikke gis for tilskuddsår "
              + grantYear
              + ": personen kan utløse T2 i inntil "
              + maxT2Years
              + " tilskuddsår (R-T2-1).",
          "T2 cannot be granted for grant year "
              + grantYear
              + ": the person can trigger T2 for"
              + " up to "
              + maxT2Years
              + " grant years (R-T2-1).");
    }
    return Reasoned.literal(
        true,
        R_T2_1,
        "T2 kan søkes for tilskuddsår " + grantYear + " av inntil " + maxT2Years + " (R-T2-1).",
        "T2 can be applied for in grant year "
            + grantYear
            + " of up to "
            + maxT2Years
            + " (R-T2-1).");
  }

  /** R-T-1: the sentence for grant years 1 and 2, where the first application is T1 or T2. */
  public static Explanation eitherT1OrT2() {
    return Explanation.literal(
        R_T_1,
        "Førstegangssøknaden for tilskuddsår 1 eller 2 gjelder enten T1 eller T2 (R-T-1).",
        "The first application for grant year 1 or 2 is for either T1 or T2 (R-T-1).");
  }

  /** Whether an application for the grant and grant year may be made, given what was granted. */
  public static Reasoned<Boolean> mayApply(
      GrantKind kind, int grantYear, int maxT2Years, PriorGrants prior) {
    Reasoned<Boolean> possible = possibleInYear(kind, grantYear, maxT2Years);
    if (!possible.value()) {
      return possible;
    }
    if (kind == GrantKind.T1 && prior.t2Granted()) {
      return Reasoned.literal(
          false,
          R_T1_2,
          "T1 kan ikke søkes etter at T2 er innvilget (R-T1-2).",
          "T1 cannot be applied for once T2 has been granted (R-T1-2).");
    }
    if (kind == GrantKind.T1 && prior.t1Granted()) {
      return Reasoned.literal(
          false,
          R_T1_1,
          "T1 er et engangstilskudd og er allerede innvilget for tilskuddsår "
              + prior.t1GrantYear()
              + " (R-T1-1).",
          "T1 is a one-off grant and has already been granted for grant year "
              + prior.t1GrantYear()
              + " (R-T1-1).");
    }
    if (kind == GrantKind.T2 && prior.t2GrantedFor(grantYear)) {
      return Reasoned.literal(
          false,
          R_T2_1,
          "T2 er allerede innvilget for tilskuddsår " + grantYear + " (R-T2-1).",
          "T2 has already been granted for grant year " + grantYear + " (R-T2-1).");
    }
    if (kind == GrantKind.T2 && prior.t1Granted() && prior.t1GrantYear() == grantYear) {
      return new Reasoned<>(
          false,
          Explanation.literal(
              List.of(R_T_1, R_T2_5),
              "T1 er innvilget for tilskuddsår "
                  + grantYear
                  + ", og et tilskuddsår har enten T1"
                  + " eller T2 (R-T-1); å gjøre T1 om til T2 er en egen omgjøring (R-T2-5).",
              "T1 has been granted for grant year "
                  + grantYear
                  + ", and a grant year has either"
                  + " T1 or T2 (R-T-1); turning T1 into T2 is a separate conversion (R-T2-5)."));
    }
    if (grantYear > LAST_T1_YEAR && !prior.grantedBefore(grantYear)) {
      return Reasoned.literal(
          false,
          R_DL_3,
          "Tilskuddsår "
              + grantYear
              + " krever at en tidligere førstegangssøknad er innvilget"
              + " (R-DL-3).",
          "Grant year "
              + grantYear
              + " needs an earlier first application that was granted"
              + " (R-DL-3).");
    }
    if (!prior.grantedBefore(grantYear)) {
      return new Reasoned<>(true, possible.explanation().and(eitherT1OrT2()));
    }
    return possible;
  }
}

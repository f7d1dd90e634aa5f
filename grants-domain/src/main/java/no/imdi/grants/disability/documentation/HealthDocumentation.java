package no.imdi.grants.disability.documentation;

import static no.imdi.grants.disability.documentation.HealthEvidence.CHILD_WELFARE_REPORT_OR_DECISION;
import static no.imdi.grants.disability.documentation.HealthEvidence.CHILD_WELFARE_TRIBUNAL_DECISION;
import static no.imdi.grants.disability.documentation.HealthEvidence.INTERDISCIPLINARY_SPECIALIST_STATEMENT;
import static no.imdi.grants.disability.documentation.HealthEvidence.MUNICIPAL_DOCTOR_OR_PSYCHOLOGIST;
import static no.imdi.grants.disability.documentation.HealthEvidence.MUNICIPAL_HEALTH_SERVICE;
import static no.imdi.grants.disability.documentation.HealthEvidence.MUNICIPAL_PSYCHOLOGIST_SPECIALIST;
import static no.imdi.grants.disability.documentation.HealthEvidence.OTHER_MUNICIPAL_SERVICE;
import static no.imdi.grants.disability.documentation.HealthEvidence.POLICE_OR_COURT_INFORMATION;
import static no.imdi.grants.disability.documentation.HealthEvidence.SPECIALIST_HEALTH_SERVICE;
import static no.imdi.grants.disability.documentation.HealthEvidence.SPECIALIST_REFERRAL;

import java.util.ArrayList;
import java.util.List;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Reason;
import no.imdi.grants.shared.ReasonArgs;

/**
 * The health documentation (*helsefaglig dokumentasjon*) accepted for a grant type and year
 * (R-DOC-2): what the main rule (*hovedregel*) asks for, and the alternatives that may be approved
 * when they document the impairment and the need for help. T1: the municipal health service; T2
 * years 1-3: the municipal doctor or a psychologist; T2 from year 4: the specialist health service.
 */
public record HealthDocumentation(
    List<HealthEvidence> mainRule, List<HealthEvidence> alternatives, Explanation reason) {

  /** R-DOC-2: from this T2 grant year on, the specialist health service is the main rule. */
  public static final int R_DOC_2_SPECIALIST_FROM_T2_YEAR = 4;

  public HealthDocumentation {
    mainRule = List.copyOf(mainRule);
    alternatives = List.copyOf(alternatives);
  }

  /** The accepted documentation for {@code type} in grant year {@code year} (R-DOC-2). */
  public static HealthDocumentation forGrant(GrantType type, int year) {
    if (type == GrantType.T1) {
      return of(
          Reason.phrase("R-DOC-2.t1"),
          List.of(MUNICIPAL_HEALTH_SERVICE),
          List.of(SPECIALIST_REFERRAL, OTHER_MUNICIPAL_SERVICE, SPECIALIST_HEALTH_SERVICE));
    }
    if (year < R_DOC_2_SPECIALIST_FROM_T2_YEAR) {
      return of(
          Reason.phrase("R-DOC-2.t2", year),
          List.of(MUNICIPAL_DOCTOR_OR_PSYCHOLOGIST, SPECIALIST_HEALTH_SERVICE),
          List.of(SPECIALIST_REFERRAL));
    }
    return of(
        Reason.phrase("R-DOC-2.t2", year),
        List.of(SPECIALIST_HEALTH_SERVICE),
        List.of(
            MUNICIPAL_PSYCHOLOGIST_SPECIALIST,
            POLICE_OR_COURT_INFORMATION,
            CHILD_WELFARE_REPORT_OR_DECISION,
            CHILD_WELFARE_TRIBUNAL_DECISION,
            INTERDISCIPLINARY_SPECIALIST_STATEMENT));
  }

  /** Every accepted kind: the main rule first, then the alternatives. */
  public List<HealthEvidence> all() {
    List<HealthEvidence> all = new ArrayList<>(mainRule);
    all.addAll(alternatives);
    return List.copyOf(all);
  }

  private static HealthDocumentation of(
      Reason grant, List<HealthEvidence> main, List<HealthEvidence> alternatives) {
    Explanation reason =
        Explanation.of(
            "R-DOC-2",
            "R-DOC-2.accepted",
            grant,
            ReasonArgs.joined("join.or", main),
            ReasonArgs.joined("join.semicolon", alternatives));
    return new HealthDocumentation(main, alternatives, reason);
  }
}

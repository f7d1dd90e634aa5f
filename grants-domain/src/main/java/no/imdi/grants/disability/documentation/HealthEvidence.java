package no.imdi.grants.disability.documentation;

import java.util.Locale;
import no.imdi.grants.shared.ReasonTexts;

/**
 * A kind of health documentation (*helsefaglig dokumentasjon*) that can document the impairment and
 * the need for help (R-DOC-2). Which kinds are accepted depends on the grant type and year; see
 * {@link HealthDocumentation}.
 */
public enum HealthEvidence {
  MUNICIPAL_HEALTH_SERVICE,
  OTHER_MUNICIPAL_SERVICE,
  MUNICIPAL_DOCTOR_OR_PSYCHOLOGIST,
  SPECIALIST_REFERRAL,
  SPECIALIST_HEALTH_SERVICE,
  MUNICIPAL_PSYCHOLOGIST_SPECIALIST,
  POLICE_OR_COURT_INFORMATION,
  CHILD_WELFARE_REPORT_OR_DECISION,
  CHILD_WELFARE_TRIBUNAL_DECISION,
  INTERDISCIPLINARY_SPECIALIST_STATEMENT;

  public String norwegian() {
    return ReasonTexts.label(this, ReasonTexts.BOKMAL);
  }

  public String english() {
    return ReasonTexts.label(this, Locale.ENGLISH);
  }
}

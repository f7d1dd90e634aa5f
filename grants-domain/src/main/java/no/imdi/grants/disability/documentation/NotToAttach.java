package no.imdi.grants.disability.documentation;

import java.util.Locale;
import no.imdi.grants.shared.ReasonTexts;

/**
 * What a municipality must not attach to an application (R-DOC-8): medical records or discharge
 * summaries (*journal, epikrise*) unless they are what documents the impairment, individual plans
 * or education plans, and timesheets.
 */
public enum NotToAttach {
  MEDICAL_RECORDS_OR_DISCHARGE_SUMMARIES,
  INDIVIDUAL_OR_EDUCATION_PLANS,
  TIMESHEETS;

  public String norwegian() {
    return ReasonTexts.label(this, ReasonTexts.BOKMAL);
  }

  public String english() {
    return ReasonTexts.label(this, Locale.ENGLISH);
  }
}

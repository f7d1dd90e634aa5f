package no.imdi.grants.disability.documentation;

/**
 * What a municipality must not attach to an application (R-DOC-8): medical records or discharge
 * summaries (*journal, epikrise*) unless they are what documents the impairment, individual plans
 * or education plans, and timesheets.
 */
public enum NotToAttach {
  MEDICAL_RECORDS_OR_DISCHARGE_SUMMARIES(
      "journal eller epikrise, med mindre den dokumenterer funksjonsnedsettelsen",
      "medical records or discharge summaries, unless they document the impairment"),
  INDIVIDUAL_OR_EDUCATION_PLANS(
      "individuelle planer eller opplæringsplaner", "individual plans or education plans"),
  TIMESHEETS("timelister", "timesheets");

  private final String norwegian;
  private final String english;

  NotToAttach(String norwegian, String english) {
    this.norwegian = norwegian;
    this.english = english;
  }

  public String norwegian() {
    return norwegian;
  }

  public String english() {
    return english;
  }
}

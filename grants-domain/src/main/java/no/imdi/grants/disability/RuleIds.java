package no.imdi.grants.disability;

/** The ids of the rules of the rule book that the disability grant's schedule rules implement. */
final class RuleIds {

  static final String R_GY_1 = "R-GY-1";
  static final String R_DL_1 = "R-DL-1";
  static final String R_DL_2 = "R-DL-2";
  static final String R_DL_3 = "R-DL-3";
  static final String R_DL_4 = "R-DL-4";
  static final String R_DL_5 = "R-DL-5";
  static final String R_DL_6 = "R-DL-6";
  static final String R_AP_2 = "R-AP-2";
  static final String R_T_TG_1 = "R-T-TG-1";
  static final String R_T_TG_2 = "R-T-TG-2";
  static final String R_T_TG_3 = "R-T-TG-3";
  static final String R_T_1 = "R-T-1";
  static final String R_T1_1 = "R-T1-1";
  static final String R_T1_2 = "R-T1-2";
  static final String R_T2_1 = "R-T2-1";
  static final String R_T2_2 = "R-T2-2";
  static final String R_T2_3 = "R-T2-3";
  static final String R_T2_4 = "R-T2-4";
  static final String R_T2_5 = "R-T2-5";
  static final String R_RATE_1 = "R-RATE-1";
  static final String R_RATE_2 = "R-RATE-2";

  private RuleIds() {}
}

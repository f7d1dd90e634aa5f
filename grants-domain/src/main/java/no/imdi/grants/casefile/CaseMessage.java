package no.imdi.grants.casefile;

/**
 * Every message a case's verbs and checks can give: its key in the web layer's bokmål and English
 * bundles and the rule id of the rule book it rests on ({@code null} for a rule of the case
 * handling itself). Arguments are dates, amounts ({@code Nok}), numbers, names and enum values,
 * which the web layer formats.
 */
public enum CaseMessage {
  REQUIRED("case.required", null),
  TOO_LONG("case.tooLong", null),
  TOO_MANY("case.tooMany", null),
  INVALID_CHARACTER("case.invalidCharacter", null),
  ROLE_NOT_ALLOWED("case.roleNotAllowed", null),
  CASE_TAKEN_BY_OTHER("case.takenByOther", null),
  CASE_ALREADY_YOURS("case.alreadyYours", null),
  CASE_NOT_TAKEN("case.notTaken", null),
  JOURNAL_PARTY_REQUIRED("case.journal.partyRequired", null),
  PROPOSAL_NOT_PENDING("case.proposal.notPending", null),
  PROPOSAL_APPROVER_ROLE("case.proposal.approverRole", null),
  PROPOSAL_OWN("case.proposal.own", null),
  PAYMENT_RUN_STATE("payment.run.state", null),
  PAYMENT_RUN_STARTER_ROLE("payment.run.starterRole", null),
  PAYMENT_RUN_NOT_INSTALMENT("payment.run.notInstalment", "R-PAY-3"),
  PAYMENT_RUN_OTHER_OPEN("payment.run.otherOpen", "R-PAY-4"),
  PAYMENT_RUN_EARLIER_INSTALMENT("payment.run.earlierInstalment", "R-PAY-4"),

  APPLICATION_STATE("case.application.state", null),
  APPLICATION_BASIS_REQUIRED("case.application.basisRequired", "R-REP-2"),
  APPLICATION_BASIS_T1("case.application.basisT1", "R-REP-1"),
  APPLICATION_YEAR_TAKEN("case.application.yearTaken", null),
  GRANT_YEAR_INVALID("case.application.grantYearInvalid", "R-GY-1"),
  ELIGIBILITY_T1_YEAR("case.application.t1Year", "R-T1-1"),
  ELIGIBILITY_T2_YEARS("case.application.t2Years", "R-T2-1"),
  ELIGIBILITY_T1_AFTER_T2("case.application.t1AfterT2", "R-T1-2"),
  ELIGIBILITY_T1_ONCE("case.application.t1Once", "R-T1-1"),
  ELIGIBILITY_T2_GRANTED("case.application.t2Granted", "R-T2-1"),
  ELIGIBILITY_USE_CONVERSION("case.application.useConversion", "R-T2-5"),
  ELIGIBILITY_NEEDS_EARLIER_GRANT("case.application.needsEarlierGrant", "R-DL-3"),
  CONVERSION_NOT_GRANTED_T1("case.conversion.notGrantedT1", "R-T2-5"),
  CONVERSION_PERIOD_ENDED("case.conversion.periodEnded", "R-T2-5"),
  CONVERSION_OPEN("case.conversion.open", "R-T2-5"),
  MEASURE_LINE_INVALID("case.measure.lineInvalid", "R-COST-7"),
  MEASURE_LINE_OUT_OF_RANGE("case.measure.lineOutOfRange", "R-COST-7"),
  ATTACHMENT_UNKNOWN("case.attachment.unknown", null),

  SUBMIT_OVERRIDE_COMMENT_REQUIRED("case.submit.overrideCommentRequired", null),
  SUBMIT_HEALTH_MISSING("case.submit.healthMissing", "R-T-TG-2"),
  SUBMIT_AROSE_BEFORE_SETTLEMENT("case.submit.aroseBeforeSettlement", "R-T-TG-2"),
  SUBMIT_MEASURES_MISSING("case.submit.measuresMissing", "R-DOC-3"),
  SUBMIT_ZONE_MISSING("case.submit.zoneMissing", "R-COST-3"),
  SUBMIT_COSTS_INVALID("case.submit.costsInvalid", "R-COST-7"),
  SUBMIT_OTHER_FUNDING("case.submit.otherFunding", "R-COST-6"),
  SUBMIT_BEYOND_EM_GRANT("case.submit.beyondEmGrant", "R-COST-5"),
  SUBMIT_T1_THRESHOLD("case.submit.t1Threshold", "R-T1-1"),
  SUBMIT_T2_THRESHOLD("case.submit.t2Threshold", "R-T2-1"),
  SUBMIT_CONSENT_MISSING("case.submit.consentMissing", "R-DOC-1"),
  SUBMIT_CONSENT_NAMES_MISSING("case.submit.consentNamesMissing", "R-DOC-1"),
  SUBMIT_NEW_CONSENT_MISSING("case.submit.newConsentMissing", "R-DOC-9"),
  SUBMIT_HEALTH_DOCUMENTATION("case.submit.healthDocumentationMissing", "R-DOC-2"),
  SUBMIT_BUDGET_MISSING("case.submit.budgetMissing", "R-DOC-4"),
  SUBMIT_ACCOUNTS_MISSING("case.submit.accountsMissing", "R-REP-2"),
  SUBMIT_INDIVIDUAL_DECISIONS("case.submit.individualDecisionsMissing", "R-DOC-5"),
  SUBMIT_INDIVIDUAL_DECISIONS_UNANSWERED("case.submit.individualDecisionsUnanswered", "R-DOC-5"),
  SUBMIT_PPT_MISSING("case.submit.pptMissing", "R-DOC-6"),
  SUBMIT_PEDAGOGICAL_UNANSWERED("case.submit.pedagogicalUnanswered", "R-DOC-6"),
  SUBMIT_NEW_HEALTH_UNANSWERED("case.submit.newHealthInformationUnanswered", "R-DOC-9"),
  SUBMIT_NO_DEADLINE("case.submit.noDeadline", "R-DL-3"),
  SUBMIT_LATE("case.submit.late", "R-DL-6"),
  SUBMIT_LATE_AFTER_EXTENSION("case.submit.lateAfterExtension", "R-DL-6"),

  DECISION_T1_NOT_PARTLY("case.decision.t1NotPartly", "R-T1-1"),
  DECISION_T1_FIXED("case.decision.t1Fixed", "R-T1-1"),
  DECISION_T1_THRESHOLD("case.decision.t1Threshold", "R-T1-1"),
  DECISION_T2_THRESHOLD("case.decision.t2Threshold", "R-T2-1"),
  DECISION_RATE_UNKNOWN("case.decision.rateUnknown", "R-RATE-2"),
  DECISION_ABOVE_MAXIMUM("case.decision.aboveMaximum", "R-T2-1"),
  DECISION_AMOUNT_WHOLE_KRONER("case.decision.amountWholeKroner", null),
  DECISION_REASON_REQUIRED("case.decision.reasonRequired", "R-DEC-1"),
  DECISION_MEASURES_REQUIRED("case.decision.measuresRequired", "R-DEC-1"),
  DECISION_MEASURE_UNKNOWN("case.decision.measureUnknown", null),
  DECISION_NO_AMOUNT("case.decision.noAmount", "R-DEC-1"),
  DECISION_RULE_INVALID("case.decision.ruleInvalid", null),
  DECISION_NOT_APPROVED("case.decision.notApproved", null),
  DECISION_LETTER_RECORDED("case.decision.letterRecorded", null),

  EXTENSION_NO_DEADLINE("case.extension.noDeadline", "R-DL-3"),
  EXTENSION_LATE("case.extension.late", "R-DL-5"),
  EXTENSION_OPEN("case.extension.open", "R-DL-5"),
  EXTENSION_GRANTED_BEFORE("case.extension.grantedBefore", "R-DL-5"),
  EXTENSION_DATE_NOT_LATER("case.extension.dateNotLater", "R-DL-5"),
  EXTENSION_STATE("case.extension.state", null),

  COMPLAINT_NOT_APPEALABLE("complaint.refusal.notAppealable", "R-AP-1"),
  COMPLAINT_TOO_LATE("complaint.refusal.tooLate", "R-AP-5"),
  COMPLAINT_DELAY_REASON_REQUIRED("complaint.refusal.lateNeedsWhy", "R-AP-5"),
  COMPLAINT_OPEN("complaint.refusal.open", null),
  COMPLAINT_STATE("complaint.refusal.state", null),
  COMPLAINT_EXPECTED_DATE("complaint.refusal.expectedDate", "R-AP-8"),

  ENQUIRY_CLOSED("case.enquiry.closed", null),
  ENQUIRY_REPLY_DATE("case.enquiry.replyDate", null),

  REPORT_STATE("accounts.message.state", null),
  REPORT_NOT_NEEDED("accounts.message.notNeeded", "R-REP-2"),
  REPORT_ACCOUNTS_MISSING("accounts.message.accountsMissing", "R-REP-1"),
  REPORT_MEASURES_MISSING("accounts.message.measuresMissing", "R-REP-1"),
  REPORT_SIGNER_ROLE("accounts.message.signerRole", "R-REP-1"),
  REPORT_COSIGNER_ROLE("accounts.message.cosignerRole", "R-REP-1"),
  REPORT_COSIGNER_SAME("accounts.message.cosignerSame", "R-REP-1"),
  REPORT_OTHER_MUNICIPALITY("accounts.message.otherMunicipality", null),
  REPORT_CLAIM_NOT_OPEN("accounts.message.claimNotOpen", "R-REP-3"),
  REPORT_MEASURE_NOT_GRANTED("accounts.message.measureNotGranted", "R-REP-4"),
  SUPPLEMENT_EXISTS("rep3.message.supplementExists", "R-REP-3"),
  SUPPLEMENT_NO_ROOM("rep3.message.noRoom", "R-T2-1"),
  SUPPLEMENT_PARTLY_LESS("rep3.message.partlyLess", "R-REP-3");

  private final String key;
  private final String rule;

  CaseMessage(String key, String rule) {
    this.key = key;
    this.rule = rule;
  }

  /** The key of the texts in the web layer's bundles. */
  public String key() {
    return key;
  }

  /** The rule id of the rule book, or {@code null}. */
  public String rule() {
    return rule;
  }
}

package no.imdi.grants.disability.application;

import java.time.LocalDate;
import java.util.Objects;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.shared.Period;

/**
 * The facts outside the application that the submit check needs: the day it is received, its
 * deadline (R-DL-1..4; {@code null} when the year cannot be applied for, R-DL-3) and a granted
 * later deadline (R-DL-5), whether the person is an unaccompanied minor (R-COST-5), what an earlier
 * T2 grant says about health documentation (R-DOC-7), whether a missing consent refuses the
 * submission (a setting), what the eligibility rules say now, and for a conversion the T1 grant
 * year it must arrive within (R-T2-5).
 */
public record SubmissionContext(
    LocalDate receivedOn,
    LocalDate deadline,
    LocalDate grantedExtension,
    boolean unaccompaniedMinor,
    boolean t2GrantedOnSpecialistAssessment,
    boolean impairmentNotLastingOrTentative,
    boolean missingConsentRefuses,
    Refusal eligibility,
    Period conversionPeriod) {

  public SubmissionContext {
    Objects.requireNonNull(receivedOn, "receivedOn");
  }
}

package no.imdi.grants.disability.report;

import static no.imdi.grants.disability.report.AccountsReportState.DRAFT;
import static no.imdi.grants.disability.report.AccountsReportState.SIGNED;
import static no.imdi.grants.disability.report.AccountsReportState.SUBMITTED;

import java.util.Arrays;
import java.util.Set;
import no.imdi.grants.casefile.CaseMessage;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.disability.application.DocumentKind;
import no.imdi.grants.security.Actor;
import no.imdi.grants.security.Role;

/**
 * Who may use each verb of an accounts report, in which of its states, and with what in it
 * (R-REP-1, R-DOC-4): the municipality's side acts only on its own municipality's report, the
 * caseworker edits and signs the draft once it has measures and the accounts, the finance officer
 * co-signs, and an IMDi caseworker who has the case prepares the outcome. Holds nothing: each check
 * reads the report it is given and refuses as the report's verbs always have.
 */
final class ReportAccess {

  private ReportAccess() {}

  /** The municipality's caseworker edits its own draft. */
  static void requireDraftEditor(AccountsReport report, Actor by, String byMunicipality) {
    requireOwn(report, by, byMunicipality, Role.MUNICIPALITY_CASEWORKER);
    requireState(report, DRAFT);
  }

  /** R-REP-1: the caseworker signs a draft that has measures and the accounts attached. */
  static void requireSigner(AccountsReport report, Actor by, String byMunicipality) {
    requireRole(by, Role.MUNICIPALITY_CASEWORKER, CaseMessage.REPORT_SIGNER_ROLE);
    requireDraftEditor(report, by, byMunicipality);
    if (report.getMeasures().isEmpty()) {
      throw Refusal.of(CaseMessage.REPORT_MEASURES_MISSING);
    }
    if (report.getAttachments().stream()
        .noneMatch(a -> a.getKind() == DocumentKind.ACCOUNTS_REPORT)) {
      throw Refusal.of(CaseMessage.REPORT_ACCOUNTS_MISSING);
    }
  }

  /** R-REP-1, R-DOC-4: a finance officer of the same municipality co-signs a signed report. */
  static void requireCoSigner(AccountsReport report, Actor by, String byMunicipality) {
    requireRole(by, Role.MUNICIPALITY_FINANCE, CaseMessage.REPORT_COSIGNER_ROLE);
    requireOwn(report, by, byMunicipality, Role.MUNICIPALITY_FINANCE);
    requireState(report, SIGNED);
  }

  /** The caseworker or the finance officer takes a signed report back to draft. */
  static void requireReturner(AccountsReport report, Actor by, String byMunicipality) {
    Role role =
        by.is(Role.MUNICIPALITY_FINANCE) ? Role.MUNICIPALITY_FINANCE : Role.MUNICIPALITY_CASEWORKER;
    requireOwn(report, by, byMunicipality, role);
    requireState(report, SIGNED);
  }

  /**
   * An IMDi caseworker who has the case prepares the outcome of a submitted report, leaving out
   * only measures the report has.
   */
  static void requireOutcomePreparer(
      AccountsReport report, Actor by, Set<Integer> excludedPositions) {
    requireRole(by, Role.IMDI_CASEWORKER, CaseMessage.ROLE_NOT_ALLOWED);
    report.getCaseFile().requireTakenBy(by);
    requireState(report, SUBMITTED);
    int measureCount = report.getMeasures().size();
    for (Integer position : excludedPositions) {
      if (position == null || position < 0 || position >= measureCount) {
        throw Refusal.onField("excluded", CaseMessage.DECISION_MEASURE_UNKNOWN, position);
      }
    }
  }

  static void requireState(AccountsReport report, AccountsReportState... allowed) {
    if (!Arrays.asList(allowed).contains(report.getState())) {
      throw Refusal.of(CaseMessage.REPORT_STATE, report.getState());
    }
  }

  private static void requireRole(Actor by, Role role, CaseMessage refusal) {
    if (!by.is(role)) {
      throw Refusal.of(refusal, by.role());
    }
  }

  private static void requireOwn(
      AccountsReport report, Actor by, String byMunicipality, Role role) {
    requireRole(by, role, CaseMessage.ROLE_NOT_ALLOWED);
    if (!report.getMunicipality().getNumber().equals(byMunicipality)) {
      throw Refusal.of(CaseMessage.REPORT_OTHER_MUNICIPALITY, byMunicipality);
    }
  }
}

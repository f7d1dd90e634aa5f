package no.imdi.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import no.imdi.grants.shared.ClockProducer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * R-REP-3 in real Chromium: a budget T2 of 348 005 kr approved on the approvals page opens its
 * report; the report's approved outcome routed a claim of 50 000 kr to IMDi (set in the database,
 * the report's own pages are covered by {@link AccountsReportJourneyIT}). imdi.saksbehandler opens
 * the report and creates the additional decision, which opens on the assessment page as a
 * supplement with its claim; a grant of the claim is prepared there and imdi.godkjenner approves
 * it; the claim is closed and the grant letter is in Oslo's inbox. The pages are axe-clean.
 */
class ClaimSupplementJourneyIT {

  private static Browser browser;

  @BeforeAll
  static void startBrowser() {
    browser = new Browser();
  }

  @AfterAll
  static void stopBrowser() {
    browser.close();
  }

  @Test
  void R_REP_3_theClaimBecomesAnAdditionalDecisionOnTheAssessmentPage() throws Exception {
    LocalDate today = LocalDate.now(ClockProducer.OSLO);
    String family = "Tillegg" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    CaseTestData.Submitted s = CaseTestData.submitted(today.minusMonths(10), family);
    CaseTestData.preparedBy(s, "imdi.saksbehandler");
    long decision = s.application() + 5;
    sql(
        "insert into decision_measure (decision_id, position, measure_position, name,"
            + " eligible_costs) values (?, 0, 0, 'Personlig assistanse', 348005)",
        decision);
    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, "imdi.godkjenner");
      approve(page, s.caseNumber());
    }
    long report =
        CaseTestData.count(
            "select id from accounts_report where application_id = ?", s.application());
    sql(
        "update accounts_report set state = 'DECIDED', claimed_overrun = 50000,"
            + " claim_reason = 'Økt behov', claim_open = true, signed_by = 'kommune.oslo',"
            + " signed_role = 'MUNICIPALITY_CASEWORKER', signed_at = now(),"
            + " cosigned_by = 'okonomi.oslo', cosigned_role = 'MUNICIPALITY_FINANCE',"
            + " cosigned_at = now() where id = ?",
        report);
    sql(
        "insert into accounts_report_outcome (id, report_id, kind, granted, reported, eligible,"
            + " recovery, claimed_overrun, excluded_measures, rule_ids, prepared_by, prepared_at,"
            + " proposal_status, reviewed_by, reviewed_at) values"
            + " (nextval('accounts_report_outcome_seq'), ?, 'OVERRUN_CLAIM', 348005, 417606,"
            + " 417606, 0, 50000, '', 'R-REP-3', 'imdi.saksbehandler', now(), 'APPROVED',"
            + " 'imdi.godkjenner', now())",
        report);

    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, "imdi.saksbehandler");
      page.navigate(TestEnvironment.baseUrl() + "app/accounts-report.xhtml?id=" + report);
      assertThat(Axe.violations(page)).isEmpty();
      page.click("[id='claimForm:openSupplement']");
      page.waitForURL("**/app/assessment.xhtml?application=*");
      assertThat(page.textContent("#supplementLabel")).contains("Tilleggsvedtak", "R-REP-3");
      assertThat(page.textContent("#supplementClaim")).isEqualTo("50 000 kr");
      assertThat(Axe.violations(page)).isEmpty();
      page.click("[id='decisionForm:outcome'] label:text-is('innvilget')");
      page.click("[id='decisionForm:prepare']");
      page.waitForLoadState();
      assertThat(page.textContent("#globalMessages")).contains("sendt til godkjenning");

      page.navigate(TestEnvironment.baseUrl() + "app/accounts-report.xhtml?id=" + report);
      page.click("[id='claimForm:openSupplement']");
      page.waitForURL("**/app/assessment.xhtml?application=*");
      assertThat(page.textContent("#supplementClaim")).isEqualTo("50 000 kr");
    }
    long supplement =
        CaseTestData.count(
            "select id from grant_application where supplement_report_id = ?", report);
    assertThat(
            CaseTestData.count(
                "select count(*) from grant_application where supplement_report_id = ?", report))
        .isEqualTo(1);

    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, "imdi.godkjenner");
      approve(page, s.caseNumber());
    }
    assertThat(
            CaseTestData.count(
                "select count(*) from accounts_report where id = ? and not claim_open", report))
        .isEqualTo(1);
    assertThat(
            CaseTestData.count(
                "select count(*) from decision d join inbox_item i"
                    + " on i.journal_entry_id = d.letter_entry_id"
                    + " where d.application_id = ? and d.amount = 50000 and i.municipality = '0301'",
                supplement))
        .isEqualTo(1);
  }

  private static void approve(Page page, String caseNumber) {
    page.navigate(TestEnvironment.baseUrl() + "app/approvals.xhtml");
    page.locator("[id='approvalsForm:pending_data'] tr", ImdiCasePagesIT.hasText(caseNumber))
        .locator("button:has-text('Åpne')")
        .click();
    page.waitForLoadState();
    page.click("[id='reviewForm:approve']");
    page.waitForLoadState();
    assertThat(page.textContent("#globalMessages")).contains("er godkjent");
  }

  private static void sql(String statement, long id) throws Exception {
    try (Connection c = TestEnvironment.connection();
        PreparedStatement ps = c.prepareStatement(statement)) {
      ps.setLong(1, id);
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }
  }
}

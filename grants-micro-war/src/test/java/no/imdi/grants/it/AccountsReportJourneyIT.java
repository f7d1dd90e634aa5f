package no.imdi.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import no.imdi.grants.shared.ClockProducer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A T2 accounts report through every page, in real Chromium (issue "Money", R-REP): a budget-based
 * T2 grant of 348 005 kr approved on the approvals page opens the report; kommune.oslo enters 800
 * of the 1 000 hours, attaches the accounts and signs, and the report is not submitted;
 * okonomi.oslo co-signs from the municipality's list, and it is; imdi.saksbehandler opens it from
 * the work queue, sees the underspend recovery of 69 601 kr computed with its rule (R-REP-4) and
 * prepares it, and cannot approve it; imdi.godkjenner approves it; the letter is in Oslo's inbox
 * and says there is no complaint right (R-AP-1); the recovery row is written once; kommune.bergen
 * gets 404 on the report. The pages are axe-clean, in bokmål and English.
 */
class AccountsReportJourneyIT {

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
  void aReportSignedTwiceReviewedApprovedAndRecoveredWithALetterInTheInbox() throws Exception {
    LocalDate today = LocalDate.now(ClockProducer.OSLO);
    String family = "Regnskap" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    CaseTestData.Submitted s = CaseTestData.submitted(today.minusMonths(10), family);
    CaseTestData.preparedBy(s, "imdi.saksbehandler");
    long decision = s.application() + 5;
    try (Connection c = TestEnvironment.connection();
        PreparedStatement ps =
            c.prepareStatement(
                "insert into decision_measure (decision_id, position, measure_position, name,"
                    + " eligible_costs) values (?, 0, 0, 'Personlig assistanse', 348005)")) {
      ps.setLong(1, decision);
      ps.executeUpdate();
    }

    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, "imdi.godkjenner");
      page.navigate(TestEnvironment.baseUrl() + "app/approvals.xhtml");
      page.locator("[id='approvalsForm:pending_data'] tr", ImdiCasePagesIT.hasText(s.caseNumber()))
          .locator("button:has-text('Åpne')")
          .click();
      page.waitForLoadState();
      page.click("[id='reviewForm:approve']");
      page.waitForLoadState();
      assertThat(page.textContent("#globalMessages")).contains("er godkjent");
    }
    long report =
        CaseTestData.count(
            "select id from accounts_report where application_id = ?", s.application());
    String reportUrl = TestEnvironment.baseUrl() + "app/accounts-report.xhtml?id=" + report;

    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, "kommune.oslo");
      page.navigate(TestEnvironment.baseUrl() + "app/case.xhtml?id=" + s.caseId());
      page.locator("a:has-text('Regnskapsrapport T2, tilskuddsår 1')").click();
      page.waitForURL("**/app/accounts-report.xhtml?id=" + report);
      assertThat(page.textContent("#state")).isEqualTo("utkast");
      assertThat(page.textContent("#granted")).isEqualTo("348 005 kr");
      page.fill("[id='reportForm:measures:0:lines:0:hours']", "800");
      page.locator("[id='reportForm:measures:0:lines:0:hours']").blur();
      page.locator("#difference:has-text('69 601')").waitFor();
      assertThat(Axe.violations(page)).isEmpty();
      page.locator("input[type=file][id^='reportForm:file']")
          .setInputFiles(UploadFiles.validPdf("regnskap-2024.pdf"));
      page.click("[id='reportForm:upload']");
      page.waitForLoadState();
      assertThat(page.textContent("#globalMessages")).contains("er lagt ved");
      assertThat(page.inputValue("[id='reportForm:measures:0:lines:0:hours']")).isEqualTo("800");
      page.click("[id='reportForm:sign']");
      page.waitForLoadState();
      assertThat(page.textContent("#globalMessages")).contains("ikke sendt inn ennå");
      assertThat(page.textContent("#state")).isEqualTo("signert av saksbehandler");
    }
    assertThat(state(report)).isEqualTo("SIGNED");

    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, "okonomi.oslo");
      page.click("#navAccountsReports");
      page.waitForURL("**/app/accounts-reports.xhtml");
      assertThat(Axe.violations(page)).isEmpty();
      page.locator("[id='reportsForm:reports_data'] tr", ImdiCasePagesIT.hasText(s.caseNumber()))
          .locator("a")
          .first()
          .click();
      page.waitForURL("**/app/accounts-report.xhtml?id=" + report);
      assertThat(page.locator("[id='reportForm:sign']").count()).isZero();
      assertThat(Axe.violations(page)).isEmpty();
      page.click("[id='coSignForm:coSign']");
      page.waitForLoadState();
      assertThat(page.textContent("#state")).isEqualTo("sendt inn");
      assertThat(page.textContent("#coSignature")).contains("okonomi.oslo");
    }
    assertThat(state(report)).isEqualTo("SUBMITTED");

    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, "imdi.saksbehandler");
      page.navigate(TestEnvironment.baseUrl() + "app/queue.xhtml");
      page.locator("[id='queueForm:queue_data'] tr", ImdiCasePagesIT.hasText(s.caseNumber()))
          .locator("a:has-text('Åpne rapport')")
          .click();
      page.waitForURL("**/app/accounts-report.xhtml?id=" + report);
      assertThat(page.textContent("#recovery")).isEqualTo("69 601 kr");
      assertThat(page.textContent("#computationReasons")).contains("R-REP-4", "278 404 kr");
      assertThat(Axe.violations(page)).isEmpty();
      page.fill("[id='reviewForm:comment']", "Færre timer enn budsjettert");
      page.click("[id='reviewForm:prepare']");
      page.waitForLoadState();
      assertThat(page.textContent("#globalMessages")).contains("sendt til godkjenning");
      Response own = page.navigate(TestEnvironment.baseUrl() + "app/accounts-approvals.xhtml");
      assertThat(own.status()).as("a caseworker does not approve").isEqualTo(403);
    }

    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, "imdi.godkjenner");
      page.navigate(TestEnvironment.baseUrl() + "app/accounts-approvals.xhtml");
      page.locator("[id='approvalsForm:pending_data'] tr", ImdiCasePagesIT.hasText(s.caseNumber()))
          .locator("button:has-text('Åpne')")
          .click();
      page.waitForLoadState();
      assertThat(page.textContent("#openedRecovery")).isEqualTo("69 601 kr");
      assertThat(Axe.violations(page)).isEmpty();
      page.click("[id='reviewForm:approve']");
      page.waitForLoadState();
      assertThat(page.textContent("#globalMessages")).contains("er godkjent");
    }
    assertThat(state(report)).isEqualTo("DECIDED");
    assertThat(
            CaseTestData.count(
                "select count(*) from recovery where source_key = ? and amount = 69601",
                "REP-" + report))
        .isEqualTo(1);

    long item =
        CaseTestData.count(
            "select id from inbox_item where case_id = ? and letter_kind = 'ACCOUNTS_OUTCOME'",
            s.caseId());
    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, "kommune.oslo");
      InboxPage.open(page, s.caseNumber());
      Locator row =
          page.locator("[id='inboxForm:items_data'] tr", ImdiCasePagesIT.hasText(s.caseNumber()));
      assertThat(row.allTextContents()).anySatisfy(t -> assertThat(t).contains("regnskapsrapport"));
      APIResponse pdf =
          context.request().get(TestEnvironment.baseUrl() + "app/inbox.xhtml?letter=" + item);
      assertThat(pdf.status()).isEqualTo(200);
      assertThat(ImdiCasePagesIT.text(pdf.body()))
          .contains(s.caseNumber(), "69 601 kr", "R-REP-4", "Ingen klagerett", "R-AP-1")
          .doesNotContain(family);
    }

    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, "kommune.bergen");
      Response bergen = page.navigate(reportUrl);
      assertThat(bergen.status()).isEqualTo(404);
      assertThat(
              page.navigate(TestEnvironment.baseUrl() + "app/accounts-report.xhtml?id=x%27%3C")
                  .status())
          .isEqualTo(404);
      assertThat(page.navigate(TestEnvironment.baseUrl() + "app/accounts-approvals.xhtml").status())
          .isEqualTo(403);
    }
    try (BrowserContext context = browser.context("en-GB")) {
      Page page = Browser.loggedIn(context, "okonomi.oslo");
      page.navigate(reportUrl);
      assertThat(page.textContent("h1")).contains("T2 accounts report, grant year 1");
      assertThat(page.textContent("#state")).isEqualTo("decided");
      assertThat(Axe.violations(page)).isEmpty();
    }
  }

  private static String state(long report) throws Exception {
    try (Connection c = TestEnvironment.connection();
        PreparedStatement ps =
            c.prepareStatement("select state from accounts_report where id = ?")) {
      ps.setLong(1, report);
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }
}

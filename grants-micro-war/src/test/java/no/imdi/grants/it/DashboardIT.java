package no.imdi.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The start page (*oversikt*) of every role in real Chromium: each demo user lands on it after the
 * login, sees a live figure equal to the same count taken by SQL during the test, follows the
 * figure's link to the page it counts; axe-core finds no WCAG 2.1 A or AA violation; the page
 * reflows at 390 px and speaks English to an English browser.
 */
class DashboardIT {

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
  void municipalityCaseworkerSeesItsOwnUnreadLettersAndFollowsTheLink() throws Exception {
    try (BrowserContext context = browser.context("nb-NO", 390, 844, 1)) {
      Page page = landed(context, "kommune.oslo");
      long unread =
          CaseTestData.count(
              "select count(*) from inbox_item where municipality = '0301'"
                  + " and first_opened_at is null and item_kind = 'LETTER'");
      assertThat(figure(page, "#unreadLetters")).isEqualTo(unread);
      assertThat(page.textContent("#dashDeadlines")).isEqualTo("Frister de neste 30 dagene");
      assertThat(PageChecks.reflowProblems(page)).as("390 px").isEmpty();
      assertThat(PageChecks.axeViolations(page)).isEmpty();
      page.click("#unreadLetters");
      page.waitForURL("**/app/inbox.xhtml");
    }
  }

  @Test
  void financeOfficerSeesTheReportsWaitingForTheSignature() throws Exception {
    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = landed(context, "okonomi.oslo");
      long waiting =
          CaseTestData.count(
              "select count(*) from accounts_report where municipality = '0301'"
                  + " and state = 'SIGNED'");
      assertThat(figure(page, "#awaitingSignature")).isEqualTo(waiting);
      assertThat(PageChecks.axeViolations(page)).isEmpty();
      page.click("#awaitingSignature");
      page.waitForURL("**/app/accounts-reports.xhtml");
    }
  }

  @Test
  void imdiCaseworkerSeesTheQueueWithItsChartAndOpensAState() throws Exception {
    try (BrowserContext context = browser.context("en-GB")) {
      Page page = landed(context, "imdi.saksbehandler");
      assertThat(page.textContent("h1")).isEqualTo("Overview");
      long queue = CaseTestData.count("select count(*) from work_queue");
      assertThat(figure(page, "#queueTotal")).isEqualTo(queue);
      assertThat(page.getAttribute("#queueChart canvas", "aria-label")).contains("Bar chart");
      assertThat(PageChecks.axeViolations(page)).isEmpty();
      Locator byState = page.locator("#queueByAge tbody th a[href*='status=']").first();
      String state = byState.textContent().strip();
      byState.click();
      page.waitForURL("**/app/queue.xhtml?status=*");
      assertThat(page.textContent("[id='queueForm:status_label']")).isEqualTo(state);
    }
  }

  @Test
  void approverSeesTheDecisionsWaitingForApproval() throws Exception {
    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = landed(context, "imdi.godkjenner");
      long pending =
          CaseTestData.count("select count(*) from decision where proposal_status = 'PENDING'");
      assertThat(figure(page, "#countDECISION")).isEqualTo(pending);
      assertThat(PageChecks.axeViolations(page)).isEmpty();
      page.click("#countDECISION");
      page.waitForURL("**/app/approvals.xhtml");
    }
  }

  @Test
  void ministrySeesTheComplaintsForwardedToIt() throws Exception {
    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = landed(context, "departementet");
      long forwarded =
          CaseTestData.count("select count(*) from complaint where state = 'WITH_MINISTRY'");
      assertThat(figure(page, "#ministryTotal")).isEqualTo(forwarded);
      assertThat(PageChecks.axeViolations(page)).isEmpty();
      page.click("#ministryTotal");
      page.waitForURL("**/app/ministry.xhtml");
    }
  }

  @Test
  void administratorSeesTheUnverifiedRates() throws Exception {
    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = landed(context, "admin");
      long unverified =
          CaseTestData.count(
              "select count(*) from rate where superseded_at is null and not verified");
      assertThat(figure(page, "#unverifiedRates")).isEqualTo(unverified);
      assertThat(PageChecks.axeViolations(page)).isEmpty();
      page.click("#unverifiedRates");
      page.waitForURL("**/admin/rates.xhtml");
      // the dashboard's own setting (R-AP-8) shows as days, not as yes or no
      assertThat(
              page.locator("tr")
                  .filter(new Locator.FilterOptions().setHasText("nær grensen på én måned"))
                  .first()
                  .textContent())
          .contains(
              CaseTestData.count(
                      "select value::bigint from setting"
                          + " where key = 'dashboard.interimReplyWarningDays'")
                  + " dager");
    }
  }

  /** Logs in from the login page and checks that the login led to the overview. */
  private static Page landed(BrowserContext context, String user) {
    Page page = context.newPage();
    page.navigate(TestEnvironment.baseUrl() + "login.xhtml");
    page.fill("#loginForm\\:username", user);
    page.fill("#loginForm\\:password", "Tilskudd-demo-2026");
    page.click("#loginForm\\:submit");
    page.waitForURL("**/app/dashboard.xhtml");
    assertThat(page.locator("#navDashboard").count()).isEqualTo(1);
    return page;
  }

  /** The number a figure's element shows (its last run of digits, spaces as thousands). */
  private static long figure(Page page, String selector) {
    String text = page.textContent(selector).replace('\u00a0', ' ');
    String digits = text.replaceAll(".*?(\\d[\\d ]*)\\D*$", "$1").replace(" ", "");
    return Long.parseLong(digits);
  }
}

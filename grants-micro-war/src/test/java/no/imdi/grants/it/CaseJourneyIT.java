package no.imdi.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import no.imdi.grants.settlement.Sex;
import no.imdi.grants.shared.ClockProducer;
import no.imdi.grants.shared.Formats;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One disability-grant application through every page, in real Chromium, as the demo users do it
 * (issue "Applications and decisions", journey 1): kommune.oslo drafts a T2 application with a
 * measure and the consent, leaves, resumes and submits it; imdi.saksbehandler takes it from the
 * queue, opens the consent (a health document, which the access log records) and prepares a partial
 * grant; imdi.godkjenner approves it; kommune.oslo finds the grant letter in the inbox, and the PDF
 * holds the amount, the instalment it is paid in (R-PAY-1) and the report's due date (R-REP-1).
 */
class CaseJourneyIT {

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
  void aT2ApplicationFromTheMunicipalitysDraftToTheGrantLetterInItsInbox() throws Exception {
    LocalDate today = LocalDate.now(ClockProducer.OSLO);
    LocalDate settled = today.minusMonths(10);
    long person = 8_000_000_000_005L + ThreadLocalRandom.current().nextLong(1_000_000_000L) * 10;
    String family = "Reise" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    try (Connection c = TestEnvironment.connection()) {
      TestData.insertPerson(c, person, "Amina", family, LocalDate.of(1990, 4, 2), Sex.FEMALE);
      TestData.insertSettlement(c, person + 1, person, "0301", settled, null);
    }

    String applicationUrl;
    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, "kommune.oslo");
      page.navigate(TestEnvironment.baseUrl() + "app/person.xhtml?id=" + person);
      MunicipalityCasePagesIT.startT2(page);
      applicationUrl = page.url();
      MunicipalityCasePagesIT.fillHealthAndConsent(page);
      page.click("[id='appForm:addMeasure']");
      page.waitForLoadState();
      page.fill("[id='appForm:measures:0:name']", "Miljøarbeider i bolig");
      page.fill(
          "[id='appForm:measures:0:otherFunding']", "Ingen andre instanser finansierer tiltaket.");
      MunicipalityCasePagesIT.fillLine(page, "Miljøarbeider", "450", "800", "12", "2");
      page.locator("#total").waitFor();
      MunicipalityCasePagesIT.upload(
          page, "Informert samtykke (R-DOC-1)", UploadFiles.validPdf("samtykke.pdf"));
      assertThat(page.textContent("#globalMessages")).contains("er lastet opp");

      page.navigate(TestEnvironment.baseUrl() + "app/settlements.xhtml");
      page.navigate(TestEnvironment.baseUrl() + "app/person.xhtml?id=" + person);
      page.locator("#grantYearsSection").getByText("T2 – utkast").click();
      page.waitForURL("**/app/application.xhtml?id=*");
      assertThat(page.inputValue("[id='appForm:measures:0:lines:0:hours']")).isEqualTo("800");
      page.click("[id='appForm:check']");
      page.waitForLoadState();
      assertThat(page.locator("#notices").count()).as("sent in time").isZero();
      page.fill("[id='appForm:overrideComment']", "Helseattest ettersendes når den foreligger.");
      page.click("[id='appForm:confirmSubmit']");
      page.waitForURL("**/app/application.xhtml?id=*");
      assertThat(page.textContent("#state")).contains("sendt");
    }
    long application = Long.parseLong(applicationUrl.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    long caseId =
        CaseTestData.count("select case_id from grant_application where id = ?", application);
    String caseNumber =
        String.format(
            "%d/%05d",
            CaseTestData.count("select case_year from case_file where id = ?", caseId),
            CaseTestData.count("select case_sequence from case_file where id = ?", caseId));

    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, "imdi.saksbehandler");
      page.navigate(TestEnvironment.baseUrl() + "app/queue.xhtml");
      Locator row =
          page.locator("[id='queueForm:queue_data'] tr", ImdiCasePagesIT.hasText(caseNumber));
      row.locator("button:has-text('Ta saken')").click();
      page.waitForLoadState();
      page.locator("[id='queueForm:queue_data'] tr", ImdiCasePagesIT.hasText(caseNumber))
          .locator("a:has-text('Vurder')")
          .click();
      page.waitForURL("**/app/assessment.xhtml?application=" + application);
      page.click("[id='startForm:startAssessment']");
      page.waitForLoadState();
      assertThat(page.textContent("#state")).isEqualTo("under behandling");

      String reads =
          "select count(*) from person_access_log where person_id = ? and username = ?"
              + " and purpose like 'Helsedokument %'";
      long before = CaseTestData.count(reads, person, "imdi.saksbehandler");
      Response consent =
          page.waitForResponse(
              r -> r.url().contains("assessment.xhtml") && "POST".equals(r.request().method()),
              () -> page.locator("[id='documentsForm:attachments'] a").first().click());
      assertThat(consent.headerValue("content-type")).startsWith("application/pdf");
      assertThat(CaseTestData.count(reads, person, "imdi.saksbehandler"))
          .as("the consent is a health document: its opening is logged")
          .isEqualTo(before + 1);

      page.navigate(TestEnvironment.baseUrl() + "app/assessment.xhtml?application=" + application);
      page.click("[id='decisionForm:outcome'] label:has-text('delvis innvilget')");
      page.fill("[id='decisionForm:amount']", "100 000");
      page.fill("[id='decisionForm:reason']", "En del av timene dekkes av kommunens egne tiltak");
      page.click("[id='decisionForm:prepare']");
      page.waitForLoadState();
      assertThat(page.textContent("#globalMessages")).contains("sendt til godkjenning");
    }

    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, "imdi.godkjenner");
      page.navigate(TestEnvironment.baseUrl() + "app/approvals.xhtml");
      page.locator("[id='approvalsForm:pending_data'] tr", ImdiCasePagesIT.hasText(caseNumber))
          .locator("button:has-text('Åpne')")
          .click();
      page.waitForLoadState();
      assertThat(page.textContent("#openedAmount")).isEqualTo("100 000 kr");
      page.fill("[id='reviewForm:comment']", "Enig");
      page.click("[id='reviewForm:approve']");
      page.waitForLoadState();
      assertThat(page.textContent("#globalMessages")).contains("er godkjent");
    }

    long item =
        CaseTestData.count(
            "select id from inbox_item where case_id = ? and letter_kind = 'GRANT'", caseId);
    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, "kommune.oslo");
      InboxPage.open(page, caseNumber);
      Locator row =
          page.locator("[id='inboxForm:items_data'] tr", ImdiCasePagesIT.hasText(caseNumber));
      assertThat(row.textContent()).contains("Ny").contains("Tilskuddsbrev");
      APIResponse pdf =
          context.request().get(TestEnvironment.baseUrl() + "app/inbox.xhtml?letter=" + item);
      assertThat(pdf.status()).isEqualTo(200);
      String text = ImdiCasePagesIT.text(pdf.body());
      assertThat(text)
          .contains(caseNumber, "100 000 kr")
          .contains(Formats.date(ImdiCasePagesIT.firstBasisOnOrAfter(today)))
          .contains(Formats.date(settled.plusYears(1).plusMonths(2)))
          .doesNotContain(family);
    }
  }
}

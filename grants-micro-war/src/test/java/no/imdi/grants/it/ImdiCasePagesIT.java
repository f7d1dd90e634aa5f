package no.imdi.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.io.IOException;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import no.imdi.grants.shared.ClockProducer;
import no.imdi.grants.shared.Formats;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * IMDi's side of the disability grant in real Chromium, from an application the municipality has
 * submitted (written to the database): the caseworker takes it from the work queue, reads the
 * health information with a purpose (an access-log row), prepares a partial grant (R-DEC-1); the
 * caseworker cannot approve it (403), an approver does not get their own decision offered, and the
 * approver approves it; Oslo's caseworker finds the letter in the inbox, opening it records the
 * first opening, and the PDF holds the amount, the instalment date (R-PAY-1, R-PAY-2) and the
 * accounts report's due date (R-REP-1); Bergen's caseworker gets 404 for Oslo's letter. A late
 * application is dismissed (R-DL-6) and its letter states the complaint right, the three-week
 * deadline and the ministry as appeal body (R-AP-2, R-AP-3, R-AP-6). A request for a later deadline
 * is granted from the queue and its reply reaches the inbox (R-DL-5). axe-core finds no WCAG 2.1 A
 * or AA violation on the new pages.
 */
class ImdiCasePagesIT {

  private static final String CASEWORKER = "imdi.saksbehandler";
  private static final String APPROVER = "imdi.godkjenner";

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
  void aPartialGrantFromTheQueueToTheMunicipalitysInbox() throws Exception {
    LocalDate today = LocalDate.now(ClockProducer.OSLO);
    LocalDate settled = today.minusMonths(10);
    CaseTestData.Submitted s =
        CaseTestData.submitted(settled, "Queue" + ThreadLocalRandom.current().nextInt(1_000_000));

    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, CASEWORKER);
      page.navigate(TestEnvironment.baseUrl() + "app/queue.xhtml");
      assertThat(page.textContent("h1")).isEqualTo("Arbeidskø");
      Locator row = page.locator("[id='queueForm:queue_data'] tr", hasText(s.caseNumber()));
      assertThat(row.count()).isEqualTo(1);
      assertThat(Axe.violations(page)).isEmpty();
      row.locator("button:has-text('Ta saken')").click();
      page.waitForLoadState();
      assertThat(page.textContent("#globalMessages")).contains("Du har tatt sak " + s.caseNumber());
      row = page.locator("[id='queueForm:queue_data'] tr", hasText(s.caseNumber()));
      assertThat(row.textContent()).contains(CASEWORKER);
      row.locator("a:has-text('Vurder')").click();
      page.waitForURL("**/app/assessment.xhtml?application=" + s.application());

      page.click("[id='startForm:startAssessment']");
      page.waitForLoadState();
      assertThat(page.textContent("#state")).isEqualTo("under behandling");
      assertThat(page.content()).doesNotContain(CaseTestData.IMPAIRMENT);
      page.click("[id='healthForm:showHealth']");
      page.waitForLoadState();
      assertThat(page.textContent("[id='healthForm']")).contains("må fylles ut");
      page.fill("[id='healthForm:purpose']", "Vurdere målgruppen R-T-TG-2");
      page.click("[id='healthForm:showHealth']");
      page.waitForLoadState();
      assertThat(page.textContent("#healthFacts")).contains(CaseTestData.IMPAIRMENT);
      assertThat(
              CaseTestData.count(
                  "select count(*) from person_access_log where person_id = ? and username = ?"
                      + " and purpose like 'Helseopplysninger i søknad %: Vurdere målgruppen R-T-TG-2'",
                  s.person(), CASEWORKER))
          .isEqualTo(1);
      assertThat(page.textContent("[id='reads']")).contains("Vurdere målgruppen R-T-TG-2");
      assertThat(page.textContent("[id='checks']")).contains("Søknadsfrist").contains("Oppfylt");
      assertThat(page.textContent("#eligibleCosts")).isEqualTo("487 207 kr");
      assertThat(Axe.violations(page)).isEmpty();

      page.click("[id='decisionForm:outcome'] label:has-text('delvis innvilget')");
      assertThat(page.isChecked("input[value='PARTLY_GRANTED']")).isTrue();
      page.click("[id='decisionForm:measures'] label:has-text('Ledsager til aktiviteter')");
      assertThat(page.isChecked("[id='decisionForm:measures'] input[value='1']")).isFalse();
      page.fill("[id='decisionForm:amount']", "400 000");
      page.fill("[id='decisionForm:reason']", "Bare personlig assistanse dekkes");
      page.click("[id='decisionForm:prepare']");
      page.waitForLoadState();
      assertThat(page.textContent("[id='decisionForm']")).contains("348 005 kr");
      assertThat(page.inputValue("[id='decisionForm:reason']"))
          .isEqualTo("Bare personlig assistanse dekkes");
      page.fill("[id='decisionForm:amount']", "300 000");
      page.click("[id='decisionForm:prepare']");
      page.waitForLoadState();
      assertThat(page.textContent("#globalMessages")).contains("sendt til godkjenning");

      Response refused = page.navigate(TestEnvironment.baseUrl() + "app/approvals.xhtml");
      assertThat(refused.status()).isEqualTo(403);
    }

    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, APPROVER);
      page.navigate(TestEnvironment.baseUrl() + "app/approvals.xhtml");
      Locator row = page.locator("[id='approvalsForm:pending_data'] tr", hasText(s.caseNumber()));
      assertThat(row.textContent()).contains("300 000 kr").contains(CASEWORKER);
      assertThat(Axe.violations(page)).isEmpty();
      row.locator("button:has-text('Åpne')").click();
      page.waitForLoadState();
      assertThat(page.textContent("#openedAmount")).isEqualTo("300 000 kr");
      assertThat(Axe.violations(page)).isEmpty();
      page.fill("[id='reviewForm:comment']", "Enig");
      page.click("[id='reviewForm:approve']");
      page.waitForLoadState();
      assertThat(page.textContent("#globalMessages")).contains("er godkjent");
    }

    long item =
        CaseTestData.count(
            "select id from inbox_item where case_id = ? and letter_kind = 'GRANT'", s.caseId());
    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, "kommune.oslo");
      InboxPage.open(page, s.caseNumber());
      Locator row = page.locator("[id='inboxForm:items_data'] tr", hasText(s.caseNumber()));
      assertThat(row.textContent()).contains("Ny").contains("Tilskuddsbrev");
      assertThat(Axe.violations(page)).isEmpty();
      String href = row.locator("a").first().getAttribute("href");
      assertThat(href).contains("letter=" + item);
      APIResponse pdf =
          context.request().get(TestEnvironment.baseUrl() + "app/inbox.xhtml?letter=" + item);
      assertThat(pdf.status()).isEqualTo(200);
      assertThat(pdf.headers().get("content-type")).startsWith("application/pdf");
      String text = text(pdf.body());
      LocalDate instalment = firstBasisOnOrAfter(today);
      LocalDate reportDue = settled.plusYears(1).plusMonths(2);
      assertThat(text)
          .contains(s.caseNumber(), "300 000 kr")
          .contains(Formats.date(instalment))
          .contains(Formats.date(reportDue))
          .doesNotContain("Amina");
      assertThat(
              CaseTestData.timestamp("select first_opened_at from inbox_item where id = ?", item))
          .isNotNull();
      InboxPage.open(page, s.caseNumber());
      assertThat(
              page.locator("[id='inboxForm:items_data'] tr", hasText(s.caseNumber())).textContent())
          .contains("Lest");
      page.fill("[id='inboxForm:caseNumber']", "123");
      page.click("[id='inboxForm:filter']");
      page.waitForLoadState();
      assertThat(page.textContent("[id='inboxForm']")).contains("Skriv saksnummeret som år/");
      // the search in the address, as a link to one case's letters
      page.navigate(TestEnvironment.baseUrl() + "app/inbox.xhtml?case=" + s.caseNumber());
      assertThat(page.inputValue("[id='inboxForm:caseNumber']")).isEqualTo(s.caseNumber());
      assertThat(page.locator("[id='inboxForm:items_data'] tr").allTextContents())
          .isNotEmpty()
          .allSatisfy(r -> assertThat(r).contains(s.caseNumber()));
    }

    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, "kommune.bergen");
      Response other = page.navigate(TestEnvironment.baseUrl() + "app/inbox.xhtml?letter=" + item);
      assertThat(other.status()).isEqualTo(404);
      String refusedText = page.textContent("main");
      Response missing = page.navigate(TestEnvironment.baseUrl() + "app/inbox.xhtml?letter=1");
      assertThat(missing.status()).isEqualTo(404);
      assertThat(page.textContent("main")).isEqualTo(refusedText);
      assertThat(page.navigate(TestEnvironment.baseUrl() + "app/queue.xhtml").status())
          .isEqualTo(403);
    }
  }

  @Test
  void aLateApplicationIsDismissedWithTheComplaintRightInItsLetter() throws Exception {
    LocalDate today = LocalDate.now(ClockProducer.OSLO);
    CaseTestData.Submitted s =
        CaseTestData.submitted(
            today.minusMonths(16), "Late" + ThreadLocalRandom.current().nextInt(1_000_000));
    CaseTestData.underAssessment(s, CASEWORKER);

    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, CASEWORKER);
      page.navigate(
          TestEnvironment.baseUrl() + "app/assessment.xhtml?application=" + s.application());
      assertThat(page.textContent("main")).contains("merket for avvisning (R-DL-6)");
      assertThat(page.isChecked("input[value='DISMISSED']")).isTrue();
      page.fill("[id='decisionForm:reason']", "Søknaden kom etter fristen");
      page.click("[id='decisionForm:prepare']");
      page.waitForLoadState();
      assertThat(page.textContent("#globalMessages")).contains("sendt til godkjenning");
      assertThat(
              page.navigate(TestEnvironment.baseUrl() + "app/assessment.xhtml?application=x")
                  .status())
          .isEqualTo(404);
    }
    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, APPROVER);
      page.navigate(TestEnvironment.baseUrl() + "app/approvals.xhtml");
      page.locator("[id='approvalsForm:pending_data'] tr", hasText(s.caseNumber()))
          .locator("button:has-text('Åpne')")
          .click();
      page.waitForLoadState();
      page.click("[id='reviewForm:approve']");
      page.waitForLoadState();
      assertThat(page.textContent("#globalMessages")).contains("er godkjent");
    }
    long item =
        CaseTestData.count(
            "select id from inbox_item where case_id = ? and letter_kind = 'DISMISSAL'",
            s.caseId());
    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, "kommune.oslo");
      InboxPage.open(page, s.caseNumber());
      assertThat(
              page.locator("[id='inboxForm:items_data'] tr", hasText(s.caseNumber())).textContent())
          .contains("Avvisning")
          .contains("(R-AP-3)");
      APIResponse pdf =
          context.request().get(TestEnvironment.baseUrl() + "app/inbox.xhtml?letter=" + item);
      assertThat(pdf.status()).isEqualTo(200);
      assertThat(text(pdf.body()))
          .contains("R-DL-6", "Kommunen kan klage", "tre uker")
          .contains("Arbeids- og inkluderingsdepartementet");
    }
  }

  @Test
  void R_DL_5_aRequestForALaterDeadlineIsGrantedFromTheQueueAndAnswered() throws Exception {
    LocalDate settled = LocalDate.now(ClockProducer.OSLO).minusMonths(10);
    CaseTestData.Submitted s =
        CaseTestData.submitted(
            settled, "Extension" + ThreadLocalRandom.current().nextInt(1_000_000));
    CaseTestData.underAssessment(s, CASEWORKER);
    LocalDate original = settled.plusMonths(14);
    LocalDate later = original.plusMonths(2);
    long request = CaseTestData.extensionRequested(s, original, later);

    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, CASEWORKER);
      page.navigate(TestEnvironment.baseUrl() + "app/queue.xhtml");
      page.locator("[id='queueForm:queue_data'] tr", hasText(s.caseNumber()))
          .filter(new Locator.FilterOptions().setHasText("Utsatt søknadsfrist"))
          .locator("button:has-text('Avgjør')")
          .click();
      page.waitForLoadState();
      assertThat(page.textContent("#extensionFacts")).contains(Formats.date(original));
      assertThat(page.inputValue("[id='extensionForm:newDeadline_input']"))
          .isEqualTo(Formats.date(later));
      assertThat(Axe.violations(page)).isEmpty();
      page.click("[id='extensionForm:grant']");
      page.waitForLoadState();
      assertThat(page.textContent("#globalMessages"))
          .contains("utsatt søknadsfrist til " + Formats.date(later));
    }
    assertThat(
            CaseTestData.count(
                "select count(*) from inbox_item where source = 'EXTENSION_REQUEST'"
                    + " and source_id = ? and letter_kind = 'EXTENSION_REPLY'",
                request))
        .isEqualTo(1);
    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, "kommune.oslo");
      InboxPage.open(page, s.caseNumber());
      assertThat(
              page.locator("[id='inboxForm:items_data'] tr", hasText(s.caseNumber())).textContent())
          .contains("Svar på søknad om utsatt søknadsfrist");
    }
  }

  @Test
  void anApproverIsNotOfferedADecisionTheyPreparedThemselves() throws Exception {
    CaseTestData.Submitted s =
        CaseTestData.submitted(
            LocalDate.now(ClockProducer.OSLO).minusMonths(9),
            "Own" + ThreadLocalRandom.current().nextInt(1_000_000));
    CaseTestData.preparedBy(s, APPROVER);
    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, APPROVER);
      page.navigate(TestEnvironment.baseUrl() + "app/approvals.xhtml");
      assertThat(
              page.locator("[id='approvalsForm:pending_data'] tr", hasText(s.caseNumber())).count())
          .isZero();
      Locator own = page.locator("[id='own_data'] tr", hasText(s.caseNumber()));
      assertThat(own.textContent()).contains("Forberedt av deg");
      assertThat(own.locator("button").count()).isZero();
      assertThat(page.textContent("#ownExplanation")).contains("ikke godkjenne");
      assertThat(Axe.violations(page)).isEmpty();
    }
  }

  static Page.LocatorOptions hasText(String text) {
    return new Page.LocatorOptions().setHasText(text);
  }

  static LocalDate firstBasisOnOrAfter(LocalDate day) {
    for (int month : new int[] {3, 6, 9, 12}) {
      LocalDate basis = LocalDate.of(day.getYear(), month, 1).plusMonths(1).minusDays(1);
      if (!basis.isBefore(day)) {
        return basis;
      }
    }
    return LocalDate.of(day.getYear() + 1, 3, 31);
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper()
          .getText(document)
          .replace('\u00A0', ' ')
          .replaceAll("\\s*\\R\\s*", " ");
    }
  }
}

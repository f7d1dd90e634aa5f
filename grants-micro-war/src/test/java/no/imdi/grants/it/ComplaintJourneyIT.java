package no.imdi.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import no.imdi.grants.shared.ClockProducer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Complaints in real Chromium through the three parties (R-AP): Oslo complains in time on a
 * dismissal from its inbox; IMDi's caseworker forwards it with a statement, the approver approves;
 * the ministry sees that complaint and its bundle, refused on every other page, case, person and
 * document it tries, and decides "changed"; Oslo sees the decision and the statement's copy. A late
 * complaint needs the delay's reason and is considered (R-AP-5) and reversed by IMDi (R-AP-6); a
 * "complaint" on a grant letter becomes an enquiry (R-AP-1). axe-core finds no WCAG 2.1 A or AA
 * violation on the complaint pages. The demo's complaints: {@link DemoComplaintsIT}.
 */
class ComplaintJourneyIT {

  private static final String OSLO = "kommune.oslo";
  private static final String CASEWORKER = "imdi.saksbehandler";
  private static final String APPROVER = "imdi.godkjenner";
  private static final String MINISTRY = "departementet";

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
  void R_AP_7_inTimeForwardedAndChangedByTheMinistry() throws Exception {
    CaseTestData.Submitted s = submitted("Klage");
    long item = decidedWithLetter(s, "DISMISSED", 2);

    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, OSLO);
      InboxPage.open(page, s.caseNumber());
      page.locator("[id='inboxForm:items_data'] tr", hasText(s.caseNumber()))
          .locator("a:has-text('Klag eller send merknad')")
          .click();
      page.waitForURL("**/app/complaint.xhtml?item=" + item);
      assertThat(page.textContent("#complaintRight")).contains("R-AP-2");
      assertThat(page.textContent("#deadline")).contains("R-AP-3");
      assertThat(page.textContent("#timeliness")).contains("R-AP-4");
      assertThat(Axe.violations(page)).isEmpty();
      page.click("[id='complaintForm:send']");
      page.waitForLoadState();
      assertThat(page.textContent("[id='complaintForm']")).contains("Fyll ut feltet");
      page.fill("[id='complaintForm:changeAsked']", "Behandle søknaden");
      assertThat(page.inputValue("[id='complaintForm:changeAsked']"))
          .isEqualTo("Behandle søknaden");
      page.fill("[id='complaintForm:grounds']", "Søknaden kom i tide; portalen var nede");
      // at most five files at once
      FilePayload[] six = new FilePayload[6];
      for (int i = 0; i < six.length; i++) {
        six[i] = UploadFiles.validPdf("vedlegg-" + i + ".pdf");
      }
      page.locator("[id='complaintForm:file']").setInputFiles(six);
      page.click("[id='complaintForm:send']");
      page.waitForLoadState();
      assertThat(page.locator("[id='complaintForm']").textContent()).contains("Velg høyst 5 filer");
      // several attachments, each through the application's upload rules: one renamed PNG
      // among two PDFs refuses the send, and nothing is journaled
      page.locator("[id='complaintForm:file']")
          .setInputFiles(
              new FilePayload[] {
                UploadFiles.validPdf("skjermbilde.pdf"), UploadFiles.renamedPng()
              });
      page.click("[id='complaintForm:send']");
      page.waitForLoadState();
      assertThat(page.locator("[id='complaintForm']").textContent()).contains("ikke en PDF");
      assertThat(page.inputValue("[id='complaintForm:grounds']"))
          .isEqualTo("Søknaden kom i tide; portalen var nede");
      assertThat(CaseTestData.count("select count(*) from complaint where case_id = ?", s.caseId()))
          .isZero();
      page.locator("[id='complaintForm:file']")
          .setInputFiles(
              new FilePayload[] {
                UploadFiles.validPdf("skjermbilde.pdf"), UploadFiles.validPdf("epost-fra-nav.pdf")
              });
      page.click("[id='complaintForm:send']");
      page.waitForLoadState();
      assertThat(page.textContent("#result")).contains("Klagen er registrert");
    }
    long complaint = CaseTestData.count("select id from complaint where case_id = ?", s.caseId());
    assertThat(
            CaseTestData.count(
                "select count(*) from journal_entry e join journal_document d on d.entry_id = e.id"
                    + " where e.matter = 'COMPLAINT' and e.matter_id = ? and e.entry_type = 'INCOMING'",
                complaint))
        .isEqualTo(2);

    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, CASEWORKER);
      page.navigate(TestEnvironment.baseUrl() + "app/queue.xhtml");
      Locator row = page.locator("[id='queueForm:queue_data'] tr", hasText(s.caseNumber()));
      assertThat(row.first().textContent()).contains("Klage");
      row.locator("a:has-text('Åpne klagen')").first().click();
      page.waitForURL("**/app/complaint-work.xhtml?id=" + complaint);
      assertThat(page.locator("#complaintAttachments" + complaint + " li").count()).isEqualTo(2);
      assertThat(Axe.violations(page)).isEmpty();
      page.fill("[id='workForm:statement']", "IMDi opprettholder avvisningen");
      page.click("[id='workForm:forward']");
      page.waitForLoadState();
      assertThat(page.textContent("#globalMessages")).contains("venter på godkjenning");
    }

    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, APPROVER);
      page.navigate(TestEnvironment.baseUrl() + "app/approvals.xhtml");
      page.locator("[id='statementsForm:statements_data'] tr", hasText(s.caseNumber()))
          .locator("a:has-text('Åpne')")
          .click();
      page.waitForURL("**/app/complaint-work.xhtml?id=" + complaint);
      page.click("[id='workForm:approve']");
      page.waitForLoadState();
      assertThat(page.textContent("#globalMessages")).contains("oversendt departementet");
    }

    long refusalsBefore = CaseTestData.count("select count(*) from security_event");
    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, MINISTRY);
      assertThat(page.url()).contains("/app/dashboard.xhtml");
      page.navigate(TestEnvironment.baseUrl() + "app/ministry.xhtml");
      Locator row = page.locator("[id='ministryForm:complaints_data'] tr", hasText(s.caseNumber()));
      assertThat(row.count()).isEqualTo(1);
      assertThat(Axe.violations(page)).isEmpty();
      row.locator("a").first().click();
      page.waitForURL("**/app/ministry-complaint.xhtml?id=" + complaint);
      assertThat(page.textContent("#contestedOutcome")).isEqualTo("avvisning");
      // both attachments listed on the complaint and in the bundle's documents
      assertThat(page.locator("#complaintAttachments" + complaint + " li").allTextContents())
          .containsExactly("skjermbilde.pdf", "epost-fra-nav.pdf");
      assertThat(page.locator("main a", hasText("epost-fra-nav.pdf")).count()).isEqualTo(1);
      assertThat(page.locator("main a", hasText("skjermbilde.pdf")).count()).isEqualTo(1);
      assertThat(page.textContent("main")).contains("IMDi opprettholder avvisningen");
      assertThat(Axe.violations(page)).isEmpty();

      List<String> refused =
          List.of(
              "app/case.xhtml?id=" + s.caseId(),
              "app/person.xhtml?id=" + s.person(),
              "app/document?case=" + s.caseId() + "&id=" + s.document(),
              "app/settlements.xhtml",
              "app/queue.xhtml",
              "app/approvals.xhtml",
              "app/inbox.xhtml",
              "app/calculator.xhtml",
              "app/assessment.xhtml?application=" + s.application(),
              "app/complaint-work.xhtml?id=" + complaint,
              "app/access-log.xhtml",
              "admin/users.xhtml");
      for (String url : refused) {
        assertThat(page.navigate(TestEnvironment.baseUrl() + url).status()).as(url).isEqualTo(403);
      }
      assertThat(
              page.navigate(TestEnvironment.baseUrl() + "app/ministry-complaint.xhtml?id=999999999")
                  .status())
          .isEqualTo(404);
      assertThat(CaseTestData.count("select count(*) from security_event") - refusalsBefore)
          .isGreaterThanOrEqualTo(refused.size() + 1);

      page.navigate(TestEnvironment.baseUrl() + "app/ministry-complaint.xhtml?id=" + complaint);
      page.click("[id='decisionForm:outcome'] label:has-text('vedtaket endret')");
      page.fill("[id='decisionForm:reason']", "Søknaden kom i tide");
      page.click("[id='decisionForm:decide']");
      page.waitForLoadState();
      assertThat(page.textContent("#globalMessages")).contains("er fattet");
    }
    assertThat(
            CaseTestData.count(
                "select count(*) from complaint where id = ? and ministry_outcome = 'CHANGED'"
                    + " and ministry_decided_by = ?",
                complaint,
                MINISTRY))
        .isEqualTo(1);

    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, OSLO);
      page.navigate(TestEnvironment.baseUrl() + "app/case.xhtml?id=" + s.caseId());
      assertThat(page.textContent("#ministryOutcome" + complaint)).contains("vedtaket endret");
      assertThat(page.textContent("#statement" + complaint))
          .contains("IMDi opprettholder avvisningen");
      InboxPage.open(page, s.caseNumber());
      assertThat(
              page.locator("[id='inboxForm:items_data'] tr", hasText(s.caseNumber()))
                  .allTextContents())
          .anyMatch(t -> t.contains("Vedtak i klagesak"))
          .anyMatch(t -> t.contains("Oversendelse av klage"));
    }
  }

  @Test
  void R_AP_5_aLateComplaintIsConsideredAndReversedByImdi() throws Exception {
    CaseTestData.Submitted s = submitted("Sen");
    long item = decidedWithLetter(s, "DISMISSED", 40);

    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, OSLO);
      page.navigate(TestEnvironment.baseUrl() + "app/complaint.xhtml?item=" + item);
      assertThat(page.textContent("#timeliness")).contains("R-AP-5");
      page.fill("[id='complaintForm:grounds']", "Vi klager");
      page.click("[id='complaintForm:send']");
      page.waitForLoadState();
      assertThat(page.textContent("[id='complaintForm']")).contains("R-AP-5");
      assertThat(page.inputValue("[id='complaintForm:grounds']")).isEqualTo("Vi klager");
      page.fill("[id='complaintForm:delayReason']", "Brevet ble borte i ferien");
      page.click("[id='complaintForm:send']");
      page.waitForLoadState();
      assertThat(page.textContent("#result")).contains("Klagen er registrert");
    }
    long complaint = CaseTestData.count("select id from complaint where case_id = ?", s.caseId());
    assertThat(
            CaseTestData.count(
                "select count(*) from complaint where id = ? and state = 'LATE'", complaint))
        .isEqualTo(1);

    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, CASEWORKER);
      page.navigate(TestEnvironment.baseUrl() + "app/complaint-work.xhtml?id=" + complaint);
      page.fill("[id='workForm:reason']", "Kommunen kan ikke lastes");
      page.click("[id='workForm:considerLate']");
      page.waitForLoadState();
      assertThat(page.textContent("#globalMessages")).contains("behandles likevel");
      page.fill("[id='workForm:reason']", "Søknaden var komplett");
      page.click("[id='workForm:reverse']");
      page.waitForLoadState();
      assertThat(page.textContent("#globalMessages")).contains("er omgjort");
    }
    assertThat(
            CaseTestData.count(
                "select count(*) from grant_application where id = ? and state = 'UNDER_ASSESSMENT'",
                s.application()))
        .isEqualTo(1);
  }

  @Test
  void R_AP_1_aComplaintOnAGrantLetterBecomesAnEnquiry() throws Exception {
    CaseTestData.Submitted s = submitted("Tilskudd");
    long item = decidedWithLetter(s, "GRANTED", 3);

    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, OSLO);
      page.navigate(TestEnvironment.baseUrl() + "app/complaint.xhtml?item=" + item);
      assertThat(page.textContent("#complaintRight")).contains("R-AP-1");
      assertThat(page.textContent("#enquiryNote")).contains("henvendelse");
      assertThat(Axe.violations(page)).isEmpty();
      page.fill("[id='complaintForm:grounds']", "Beløpet er for lavt");
      page.click("[id='complaintForm:send']");
      page.waitForLoadState();
      assertThat(page.textContent("#result")).contains("henvendelse");
    }
    assertThat(CaseTestData.count("select count(*) from complaint where case_id = ?", s.caseId()))
        .isZero();
    assertThat(
            CaseTestData.count(
                "select count(*) from enquiry where case_id = ? and state = 'WAITING_FOR_IMDI'",
                s.caseId()))
        .isEqualTo(1);
  }

  private static CaseTestData.Submitted submitted(String family) throws Exception {
    LocalDate settled = LocalDate.now(ClockProducer.OSLO).minusMonths(10);
    return CaseTestData.submitted(settled, family + ThreadLocalRandom.current().nextInt(1_000_000));
  }

  /**
   * The application decided (approved by the approver {@code days} ago) and the decision's letter
   * delivered to Oslo's inbox that day; the case taken by the caseworker. Returns the inbox item.
   */
  private static long decidedWithLetter(CaseTestData.Submitted s, String outcome, int days)
      throws Exception {
    long decision = s.application() + 5;
    boolean granted = outcome.equals("GRANTED");
    try (Connection c = TestEnvironment.connection()) {
      update(
          c,
          "update case_file set assigned_to = ?, assigned_at = now() where id = ?",
          CASEWORKER,
          s.caseId());
      update(
          c,
          "update grant_application set state = 'DECIDED', outcome = ?,"
              + " decided_at = now() - make_interval(days => ?) where id = ?",
          outcome,
          days,
          s.application());
      update(
          c,
          "insert into decision (id, application_id, outcome, amount, maximum, eligible_costs,"
              + " rate_code, rate_year, rate_verified, reason, dismissal_rule, durable_specialist,"
              + " not_lasting, prepared_by, prepared_at, proposal_status, reviewed_by,"
              + " reviewed_at) values (?, ?, ?, ?, ?, 348005, 'T2', ?, false, ?, ?, false, false,"
              + " ?, now() - make_interval(days => ?), 'APPROVED', ?,"
              + " now() - make_interval(days => ?))",
          decision,
          s.application(),
          outcome,
          granted ? 348005 : null,
          granted ? 348005 : null,
          LocalDate.now().getYear(),
          granted ? null : "Søknaden kom etter fristen",
          granted ? null : "R-DL-6",
          CASEWORKER,
          days + 1,
          APPROVER,
          days);
      update(
          c,
          "insert into inbox_item (municipality, case_id, item_kind, source, source_id,"
              + " letter_kind, title, document_id, delivered_at) values ('0301', ?, 'LETTER',"
              + " 'DECISION', ?, ?, ?, ?, now() - make_interval(days => ?))",
          s.caseId(),
          decision,
          granted ? "GRANT" : "DISMISSAL",
          (granted ? "Tilskuddsbrev" : "Avvisning av søknad om tilskudd")
              + " – sak "
              + s.caseNumber(),
          s.document(),
          days);
    }
    return CaseTestData.count(
        "select id from inbox_item where source = 'DECISION' and source_id = ?", decision);
  }

  private static void update(Connection c, String sql, Object... args) throws Exception {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      ps.executeUpdate();
    }
  }

  private static Page.LocatorOptions hasText(String text) {
    return new Page.LocatorOptions().setHasText(text);
  }
}

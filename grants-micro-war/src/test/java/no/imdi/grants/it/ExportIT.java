package no.imdi.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Exports and the accessibility statement in real Chromium: Oslo's caseworker downloads the
 * settlements list, filtered by a name, as CSV (with the keyboard) and as XLSX, and gets exactly
 * Oslo's persons of that name, in bokmål; IMDi gets Bergen's too, in English when it asks; each
 * export is in the export log. IMDi's work queue and the rate table download through the same
 * mechanism (the queue's rows, the rates' amounts as numbers with a kroner format), as do a payment
 * run's lines of a municipality (R-PAY-3), Oslo's accounts reports (R-REP-1), Oslo's inbox and the
 * ministry's forwarded complaints (R-AP-7), each with as many rows as the database holds and in the
 * export log. The statement is public, reachable from the login page and from the footer of every
 * page, in bokmål and English. axe-core finds no WCAG 2.1 A or AA violation on the list with its
 * export buttons, the payment run's lines, the accounts reports, the inbox and the ministry's list
 * with theirs, the access-log review, the login page and the statement.
 */
class ExportIT {

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
  void theSettlementsListDownloadsAsCsvAndXlsxWithItsFilterAndOnlyWithinTheScope()
      throws Exception {
    String family = "Eksportesen" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    TestData.person(TestData.OSLO, family);
    TestData.person(TestData.OSLO, family);
    TestData.person(TestData.BERGEN, family);
    String list = "app/settlements.xhtml?name=" + family;

    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, "kommune.oslo");
      page.navigate(TestEnvironment.baseUrl() + list);
      page.waitForSelector("#listForm\\:settlements_data tr");
      assertThat(page.locator("#listForm\\:settlements_data tr").count()).isEqualTo(2);
      assertThat(PageChecks.axeViolations(page)).as("settlements with export").isEmpty();

      Download csv =
          page.waitForDownload(
              () -> Keys.tabToAndPress(page, "[id='listForm:exportCsv']", "Enter"));
      assertThat(csv.suggestedFilename()).matches("settlements-\\d{4}-\\d{2}-\\d{2}\\.csv");
      byte[] bytes = Files.readAllBytes(csv.path());
      assertThat(new byte[] {bytes[0], bytes[1], bytes[2]})
          .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
      List<String> lines =
          List.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n"));
      assertThat(lines.get(0)).startsWith("\"Etternavn\";\"Fornavn\";\"Fødselsnummer (maskert)\"");
      assertThat(lines.subList(1, lines.size()))
          .hasSize(2)
          .allSatisfy(
              l ->
                  assertThat(l)
                      .startsWith("\"" + family + "\";\"Flytter\";")
                      .contains(";\"0301\";\"Oslo\";02.05.2022;\"Flyktning\";nei"));

      Download xlsx = page.waitForDownload(() -> page.click("[id='listForm:exportXlsx']"));
      assertThat(xlsx.suggestedFilename()).endsWith(".xlsx");
      try (InputStream in = Files.newInputStream(xlsx.path());
          XSSFWorkbook book = new XSSFWorkbook(in)) {
        Sheet sheet = book.getSheetAt(0);
        assertThat(sheet.getLastRowNum()).isEqualTo(2);
        for (Row row : sheet) {
          if (row.getRowNum() == 0) {
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Etternavn");
            continue;
          }
          assertThat(row.getCell(0).getStringCellValue()).isEqualTo(family);
          assertThat(row.getCell(3).getStringCellValue()).isEqualTo("0301");
          Cell date = row.getCell(5);
          assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
          assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
        }
      }
      // the page is still there after the downloads
      assertThat(page.locator("#listForm\\:settlements_data tr").count()).isEqualTo(2);
    }

    try (BrowserContext context = browser.context("en-GB")) {
      Page page = Browser.loggedIn(context, "imdi.saksbehandler");
      page.navigate(TestEnvironment.baseUrl() + list);
      page.waitForSelector("#listForm\\:settlements_data tr");
      Download csv = page.waitForDownload(() -> page.click("[id='listForm:exportCsv']"));
      String text = Files.readString(csv.path(), StandardCharsets.UTF_8);
      assertThat(text).startsWith("\uFEFF\"Family name\";\"Given name\"");
      assertThat(text.lines().skip(1)).hasSize(3).anySatisfy(l -> assertThat(l).contains("Bergen"));
    }

    assertThat(
            CaseTestData.count(
                "select count(*) from export_log where username = 'kommune.oslo'"
                    + " and list_name = 'settlements' and completed and row_count = 2"
                    + " and filter = 'name="
                    + family
                    + "'"))
        .isEqualTo(2);
    assertThat(
            CaseTestData.count(
                "select count(*) from export_log where username = 'imdi.saksbehandler'"
                    + " and filter = 'name="
                    + family
                    + "' and row_count = 3 and format = 'CSV'"))
        .isEqualTo(1);
  }

  @Test
  void theWorkQueueAndTheRateTableDownloadWithTheSameMechanism() throws Exception {
    try (BrowserContext context = browser.context("nb-NO")) {
      Page imdi = Browser.loggedIn(context, "imdi.saksbehandler");
      imdi.navigate(TestEnvironment.baseUrl() + "app/queue.xhtml");
      long waiting = CaseTestData.count("select count(*) from work_queue");
      Download queue = imdi.waitForDownload(() -> imdi.click("[id='queueForm:export']"));
      assertThat(queue.suggestedFilename()).startsWith("queue-").endsWith(".csv");
      List<String> lines = Files.readAllLines(queue.path(), StandardCharsets.UTF_8);
      assertThat(lines.get(0)).startsWith("\uFEFF\"Type\";\"Saksnummer\";\"Person\"");
      assertThat(lines).hasSize((int) waiting + 1);

      Page admin = Browser.loggedIn(context, "admin");
      admin.navigate(TestEnvironment.baseUrl() + "admin/rates.xhtml");
      long current = CaseTestData.count("select count(*) from rate where superseded_at is null");
      Download rates = admin.waitForDownload(() -> admin.click("[id='ratesForm:exportXlsx']"));
      try (InputStream in = Files.newInputStream(rates.path());
          XSSFWorkbook book = new XSSFWorkbook(in)) {
        Sheet sheet = book.getSheetAt(0);
        assertThat(sheet.getLastRowNum()).isEqualTo((int) current);
        Row first = sheet.getRow(1);
        String code = first.getCell(0).getStringCellValue();
        int year = (int) first.getCell(1).getNumericCellValue();
        Cell amount = first.getCell(2);
        assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(amount.getCellStyle().getDataFormatString()).contains("kr");
        assertThat(java.math.BigDecimal.valueOf(amount.getNumericCellValue()))
            .isEqualByComparingTo(
                CaseTestData.amount(
                    "select amount from rate where superseded_at is null and code = '"
                        + code
                        + "' and calendar_year = "
                        + year));
      }
    }
  }

  @Test
  void theRunsLinesAndTheAccountsReportsDownloadWithTheirScope() throws Exception {
    try (BrowserContext context = browser.context("nb-NO")) {
      // R-PAY-3: IMDi's drill-down to a municipality's lines of a computed run
      long run =
          CaseTestData.count(
              "select max(r.id) from payment_run r join payment_line l on l.run_id = r.id"
                  + " where r.state in ('PROPOSED', 'APPROVED', 'PAID') and l.municipality = '0301'");
      assertThat(run).isPositive();
      Page imdi = Browser.loggedIn(context, "imdi.saksbehandler");
      imdi.navigate(
          TestEnvironment.baseUrl() + "app/payment-run.xhtml?id=" + run + "&municipality=0301");
      imdi.waitForSelector("[id='linesForm:lines_data'] tr");
      assertThat(PageChecks.axeViolations(imdi)).as("payment run's lines with export").isEmpty();
      long lines =
          CaseTestData.count(
              "select count(*) from payment_line where run_id = "
                  + run
                  + " and municipality = '0301'");
      Download csv = imdi.waitForDownload(() -> imdi.click("[id='linesForm:exportCsv']"));
      assertThat(csv.suggestedFilename()).startsWith("run-lines-").endsWith(".csv");
      String text = Files.readString(csv.path(), StandardCharsets.UTF_8);
      assertThat(text).startsWith("\uFEFF\"kjøring\";\"termin\";\"status\";\"kommune\"");
      assertThat(text.split("\r\n")).hasSize((int) lines + 1);
      assertThat(
              CaseTestData.count(
                  "select count(*) from export_log where username = 'imdi.saksbehandler'"
                      + " and list_name = 'run-lines' and filter = 'run="
                      + run
                      + " municipality=0301' and row_count = "
                      + lines))
          .isPositive();

      // R-REP-1: the municipality's accounts reports, its own only
      Page oslo = Browser.loggedIn(context, "kommune.oslo");
      oslo.navigate(TestEnvironment.baseUrl() + "app/accounts-reports.xhtml");
      oslo.waitForSelector("[id='reportsForm:reports_data'] tr");
      assertThat(PageChecks.axeViolations(oslo)).as("accounts reports with export").isEmpty();
      long reports =
          CaseTestData.count("select count(*) from accounts_report where municipality = '0301'");
      Download xlsx = oslo.waitForDownload(() -> oslo.click("[id='reportsForm:exportXlsx']"));
      assertThat(xlsx.suggestedFilename()).startsWith("accounts-reports-").endsWith(".xlsx");
      try (InputStream in = Files.newInputStream(xlsx.path());
          XSSFWorkbook book = new XSSFWorkbook(in)) {
        assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo((int) reports);
      }
      assertThat(
              CaseTestData.count(
                  "select count(*) from export_log where username = 'kommune.oslo'"
                      + " and list_name = 'accounts-reports' and filter = 'municipality=0301'"
                      + " and row_count = "
                      + reports))
          .isPositive();
    }
  }

  @Test
  void theInboxAndTheMinistrysComplaintsDownloadWithinTheirScope() throws Exception {
    try (BrowserContext context = browser.context("nb-NO")) {
      Page oslo = Browser.loggedIn(context, "kommune.oslo");
      oslo.navigate(TestEnvironment.baseUrl() + "app/inbox.xhtml");
      oslo.waitForSelector("[id='inboxForm:exportCsv']");
      assertThat(PageChecks.axeViolations(oslo)).as("inbox with export").isEmpty();
      long items =
          CaseTestData.count("select count(*) from inbox_item where municipality = '0301'");
      Download inbox = oslo.waitForDownload(() -> oslo.click("[id='inboxForm:exportCsv']"));
      assertThat(inbox.suggestedFilename()).startsWith("inbox-").endsWith(".csv");
      String text = Files.readString(inbox.path(), StandardCharsets.UTF_8);
      assertThat(text).startsWith("\uFEFF\"Status\";\"Type\";\"Emne\";\"Saksnummer\"");
      assertThat(text.split("\r\n")).hasSize((int) items + 1);

      Page ministry = Browser.loggedIn(context, "departementet");
      ministry.navigate(TestEnvironment.baseUrl() + "app/ministry.xhtml");
      ministry.waitForSelector("[id='ministryForm:exportXlsx']");
      assertThat(PageChecks.axeViolations(ministry)).as("ministry with export").isEmpty();
      long forwarded =
          CaseTestData.count(
              "select count(*) from complaint"
                  + " where state in ('WITH_MINISTRY', 'DECIDED_BY_MINISTRY')");
      Download xlsx =
          ministry.waitForDownload(() -> ministry.click("[id='ministryForm:exportXlsx']"));
      try (InputStream in = Files.newInputStream(xlsx.path());
          XSSFWorkbook book = new XSSFWorkbook(in)) {
        assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo((int) forwarded);
      }
      assertThat(
              CaseTestData.count(
                  "select count(*) from export_log where username = 'departementet'"
                      + " and list_name = 'ministry-complaints' and row_count = "
                      + forwarded))
          .isPositive();
    }
  }

  @Test
  void theApproversListsDownloadWithAsManyRowsAsAreWaiting() throws Exception {
    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, "imdi.godkjenner");
      page.navigate(TestEnvironment.baseUrl() + "app/approvals.xhtml");
      page.waitForSelector("[id='approvalsForm:exportCsv']");
      assertThat(PageChecks.axeViolations(page)).as("decisions to approve with export").isEmpty();
      // maker/checker: those waiting that the approver did not prepare
      long decisions =
          CaseTestData.count(
              "select count(*) from decision where proposal_status = 'PENDING'"
                  + " and lower(prepared_by) <> 'imdi.godkjenner'");
      Download csv = page.waitForDownload(() -> page.click("[id='approvalsForm:exportCsv']"));
      assertThat(csv.suggestedFilename()).startsWith("approval-decisions-").endsWith(".csv");
      String text = Files.readString(csv.path(), StandardCharsets.UTF_8);
      assertThat(text).startsWith("\uFEFF\"Saksnummer\";\"Søknad\";\"Tilskuddsår\";\"Utfall\"");
      assertThat(text.split("\r\n")).hasSize((int) decisions + 1);
      assertThat(
              CaseTestData.count(
                  "select count(*) from export_log where username = 'imdi.godkjenner'"
                      + " and list_name = 'approval-decisions' and format = 'CSV'"
                      + " and sort_order = 'PREPARED asc' and row_count = "
                      + decisions))
          .isPositive();

      // filtered by one case number in the database: the table and the export hold its rows only
      String waiting =
          "from decision d join grant_application a on a.id = d.application_id"
              + " join case_file c on c.id = a.case_id where d.proposal_status = 'PENDING'"
              + " and lower(d.prepared_by) <> 'imdi.godkjenner'";
      String caseNumber =
          CaseTestData.text(
              "select c.case_year || '/' || lpad(c.case_sequence::text, 5, '0') "
                  + waiting
                  + " order by d.prepared_at, d.id limit 1");
      long ofCase =
          CaseTestData.count(
              "select count(*) "
                  + waiting
                  + " and c.case_year || '/' || lpad(c.case_sequence::text, 5, '0') = '"
                  + caseNumber
                  + "'");
      page.fill("[id='approvalsForm:caseNumber']", caseNumber);
      page.click("[id='approvalsForm:filter']");
      page.waitForLoadState();
      assertThat(page.locator("[id='approvalsForm:pending_data'] tr").allTextContents())
          .hasSize((int) ofCase)
          .allSatisfy(row -> assertThat(row).contains(caseNumber));
      Download filtered = page.waitForDownload(() -> page.click("[id='approvalsForm:exportCsv']"));
      assertThat(Files.readString(filtered.path(), StandardCharsets.UTF_8).split("\r\n"))
          .hasSize((int) ofCase + 1);
      assertThat(
              CaseTestData.count(
                  "select count(*) from export_log where list_name = 'approval-decisions'"
                      + " and filter = 'pending case="
                      + caseNumber
                      + "' and row_count = "
                      + ofCase))
          .isPositive();
      page.fill("[id='approvalsForm:caseNumber']", "x'<");
      page.click("[id='approvalsForm:filter']");
      page.waitForLoadState();
      assertThat(page.textContent("main")).contains("2026/00123");

      page.navigate(TestEnvironment.baseUrl() + "app/accounts-approvals.xhtml");
      page.waitForSelector("[id='approvalsForm:exportXlsx']");
      assertThat(PageChecks.axeViolations(page)).as("outcomes to approve with export").isEmpty();
      long outcomes =
          CaseTestData.count(
              "select count(*) from accounts_report_outcome where proposal_status = 'PENDING'"
                  + " and lower(prepared_by) <> 'imdi.godkjenner'");
      Download xlsx = page.waitForDownload(() -> page.click("[id='approvalsForm:exportXlsx']"));
      assertThat(xlsx.suggestedFilename()).startsWith("approval-outcomes-").endsWith(".xlsx");
      try (InputStream in = Files.newInputStream(xlsx.path());
          XSSFWorkbook book = new XSSFWorkbook(in)) {
        assertThat(book.getSheetName(0)).isEqualTo("Regnskapsutfall til godkjenning");
        assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo((int) outcomes);
      }
      assertThat(
              CaseTestData.count(
                  "select count(*) from export_log where username = 'imdi.godkjenner'"
                      + " and list_name = 'approval-outcomes' and format = 'XLSX' and row_count = "
                      + outcomes))
          .isPositive();
    }
  }

  @Test
  void theAccessibilityStatementIsPublicInBothLanguagesAndLinkedFromLoginAndEveryFooter()
      throws Exception {
    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = context.newPage();
      page.navigate(TestEnvironment.baseUrl() + "login.xhtml");
      assertThat(PageChecks.axeViolations(page)).as("login").isEmpty();
      Keys.tabToAndPress(page, "#a11yStatement", "Enter");
      page.waitForURL("**/accessibility.xhtml");
      assertThat(page.locator("html").getAttribute("lang")).isEqualTo("nb");
      assertThat(page.textContent("h1")).isEqualTo("Tilgjengelighetserklæring for Tilskudd");
      assertThat(page.textContent("#statement"))
          .contains("WCAG 2.1", "axe-core", "ExportIT", "post@imdi.no", "1. desember 2026");
      assertThat(page.locator("#gapList li").count()).isGreaterThanOrEqualTo(5);
      assertThat(PageChecks.axeViolations(page)).as("statement, bokmål").isEmpty();

      Page user = Browser.loggedIn(context, "admin");
      user.navigate(TestEnvironment.baseUrl() + "app/access-log.xhtml");
      assertThat(PageChecks.axeViolations(user)).as("access log with export").isEmpty();
      user.click("#a11yStatement");
      user.waitForURL("**/accessibility.xhtml");
      assertThat(user.textContent("h1")).isEqualTo("Tilgjengelighetserklæring for Tilskudd");
    }
    try (BrowserContext context = browser.context("en-GB")) {
      Page page = context.newPage();
      page.navigate(TestEnvironment.baseUrl() + "accessibility.xhtml");
      assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
      assertThat(page.textContent("h1")).isEqualTo("Accessibility statement for Tilskudd");
      assertThat(page.textContent("#statement")).contains("partially conforms", "uutilsynet.no");
      assertThat(PageChecks.axeViolations(page)).as("statement, English").isEmpty();
    }
  }
}

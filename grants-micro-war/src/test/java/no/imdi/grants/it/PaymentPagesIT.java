package no.imdi.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import no.imdi.grants.shared.Formats;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.w3c.dom.Document;

/**
 * The payment run in real Chromium on the demo data (R-PAY-3): IMDi's caseworker starts the current
 * instalment's run and watches its progress (polled) until it is proposed; the starter is told why
 * they cannot approve it; the approver approves it, which makes the bank file; the file downloads,
 * validates against the official pain.001.001.03 schema, and its control sums equal the run's
 * total; Oslo's finance officer sees Oslo's instalment basis (and its CSV) and not Bergen's;
 * Bergen's caseworker gets 404 on Oslo's line and person and on every run page, each refusal
 * logged. axe-core finds no WCAG 2.1 A or AA violation on the pages.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PaymentPagesIT {

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
  @Order(1)
  void R_PAY_3_startWatchApproveDownloadAndTheMunicipalitiesBasis() throws Exception {
    long run;
    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, CASEWORKER);
      page.navigate(TestEnvironment.baseUrl() + "app/payment-runs.xhtml");
      assertThat(page.textContent("h1")).isEqualTo("Betalingskjøringer");
      assertThat(page.textContent("[id='runsForm:runs']")).contains("utbetalt");
      assertThat(Axe.violations(page)).isEmpty();
      assertThat(PageChecks.weakFocusIndicators(page, 12)).isEmpty();
      page.click("[id='startForm:instalment']");
      page.locator("[id='startForm:instalment_items'] li").nth(1).click();
      page.click("[id='startForm:start']");
      page.waitForURL("**/app/payment-run.xhtml?id=*");
      run = Long.parseLong(page.url().replaceAll(".*id=(\\d+).*", "$1"));
      try {
        // R-PAY-3: the page, left open, follows the run to its end by itself (no reload)
        waitUntilProposed(page);
      } catch (RuntimeException | AssertionError e) {
        Browser.screenshot(page, "payment-run-progress");
        Files.writeString(
            java.nio.file.Path.of(
                System.getProperty("grants.it.workDir", "target/it"), "payment-run.html"),
            page.content());
        throw e;
      }
      assertThat(page.textContent("#progressLive")).contains("Beregningen er ferdig");
      assertThat(page.getAttribute("[id='progressForm:progress']", "aria-valuenow"))
          .isEqualTo("100");
      assertThat(page.textContent("#whyNot")).contains("Du startet denne kjøringen");
      assertThat(page.isDisabled("[id='reviewForm:approve']")).isTrue();
      assertThat(Axe.violations(page)).isEmpty();
      // leave and come back: the page reads the run again
      page.navigate(TestEnvironment.baseUrl() + "app/payment-runs.xhtml");
      page.locator("[id='runsForm:runs_data'] tr", hasText("foreslått")).locator("a").click();
      page.waitForURL("**/app/payment-run.xhtml?id=" + run);
      assertThat(page.textContent("[id='totalsForm:groups']")).contains("Integreringstilskudd");
    }
    long total =
        CaseTestData.count("select sum(amount_ore) from payment_line where run_id = ?", run);
    assertThat(total).isPositive();

    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, APPROVER);
      page.navigate(TestEnvironment.baseUrl() + "app/payment-run.xhtml?id=" + run);
      assertThat(page.textContent("#totalAmount")).isEqualTo(Formats.amount(kroner(total)));
      page.fill("[id='reviewForm:comment']", "Kontrollert mot forrige termin");
      page.click("[id='reviewForm:approve']");
      page.waitForLoadState();
      assertThat(page.textContent("#globalMessages")).contains("er godkjent");
      assertThat(page.textContent("#state")).contains("godkjent");
      assertThat(page.textContent("#controlSum")).isEqualTo(Formats.amount(kroner(total)));
      assertThat(Axe.violations(page)).isEmpty();
      Download download = page.waitForDownload(() -> page.click("#download"));
      byte[] xml = Files.readAllBytes(download.path());
      validate(xml);
      Document doc = parse(xml);
      BigDecimal sum = BigDecimal.valueOf(total, 2);
      assertThat(new BigDecimal(text(doc, "GrpHdr", "CtrlSum"))).isEqualTo(sum);
      assertThat(new BigDecimal(text(doc, "PmtInf", "CtrlSum"))).isEqualTo(sum);
      long municipalities =
          CaseTestData.count(
              "select count(distinct municipality) from payment_line where run_id = ?", run);
      assertThat(text(doc, "GrpHdr", "NbOfTxs")).isEqualTo(Long.toString(municipalities));
      assertThat(
              CaseTestData.count(
                  "select count(*) from payment_file f join payment_file_download d"
                      + " on d.file_id = f.id where f.run_id = ? and d.username = ?",
                  run,
                  APPROVER))
          .isEqualTo(1);
      page.navigate(
          TestEnvironment.baseUrl() + "app/payment-run.xhtml?id=" + run + "&municipality=0301");
      assertThat(page.locator("[id='linesForm:lines_data'] tr").count()).isPositive();
      assertThat(page.textContent("[id='linesForm:lines']")).contains("(R-");
      assertThat(Axe.violations(page)).isEmpty();
      assertThat(
              page.navigate(
                      TestEnvironment.baseUrl() + "app/payment-run.xhtml?id=" + run + "&person=x")
                  .status())
          .isEqualTo(404);
      // the list of runs downloads with its figures (R-PAY-3), and the download is logged
      page.navigate(TestEnvironment.baseUrl() + "app/payment-runs.xhtml");
      assertThat(Axe.violations(page)).isEmpty();
      Download runs = page.waitForDownload(() -> page.click("[id='runsForm:exportCsv']"));
      String csv = Files.readString(runs.path(), StandardCharsets.UTF_8);
      assertThat(csv.lines().count() - 1)
          .isEqualTo(CaseTestData.count("select count(*) from payment_run"));
      assertThat(csv).contains("\n" + run + ";", "\"godkjent\"");
      assertThat(
              CaseTestData.count(
                  "select count(*) from export_log where list_name = 'payment-runs'"
                      + " and username = ? and completed",
                  APPROVER))
          .isPositive();
    }

    long osloPerson =
        CaseTestData.count(
            "select min(person_id) from payment_line where run_id = ? and municipality = '0301'"
                + " and person_id not in (select person_id from payment_line"
                + " where municipality <> '0301' and person_id is not null)",
            run);
    long bergenPerson =
        CaseTestData.count(
            "select min(person_id) from payment_line where run_id = ? and municipality = '4601'"
                + " and person_id not in (select person_id from payment_line"
                + " where municipality = '0301' and person_id is not null)",
            run);
    long osloLine =
        CaseTestData.count(
            "select min(id) from payment_line where run_id = ? and municipality = '0301'", run);
    long osloLines =
        CaseTestData.count("select count(*) from payment_line where municipality = '0301'");
    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, "okonomi.oslo");
      page.navigate(TestEnvironment.baseUrl() + "app/instalment-basis.xhtml");
      assertThat(page.textContent("h1")).isEqualTo("Termingrunnlag");
      assertThat(page.textContent("[id='basisForm:lines']")).contains("sendt");
      assertThat(Axe.violations(page)).isEmpty();
      Download csv = page.waitForDownload(() -> page.click("[id='basisForm:export']"));
      String text = Files.readString(csv.path(), StandardCharsets.UTF_8);
      // the export mechanism quotes the header as every text; the names are the former CSV's
      assertThat(text).startsWith("\uFEFF\"termin\";\"status\";");
      assertThat(text.split("\r\n")).hasSize((int) osloLines + 1);
      assertThat(text).doesNotContain(";" + bergenPerson + ";");
      assertThat(
              page.navigate(
                      TestEnvironment.baseUrl() + "app/instalment-basis.xhtml?person=" + osloPerson)
                  .status())
          .isEqualTo(200);
      assertThat(page.locator("[id='basisForm:lines_data'] tr").count()).isPositive();
      assertThat(
              page.navigate(
                      TestEnvironment.baseUrl()
                          + "app/instalment-basis.xhtml?person="
                          + bergenPerson)
                  .status())
          .isEqualTo(404);
      assertThat(
              page.navigate(TestEnvironment.baseUrl() + "app/instalment-basis.xhtml?person=x%27")
                  .status())
          .isEqualTo(404);
      assertThat(page.navigate(TestEnvironment.baseUrl() + "app/payment-runs.xhtml").status())
          .isEqualTo(404);
    }

    long refusals =
        CaseTestData.count(
            "select count(*) from security_event where username = ? and kind = 'REFUSED'",
            "kommune.bergen");
    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, "kommune.bergen");
      String base = TestEnvironment.baseUrl();
      assertThat(page.navigate(base + "app/instalment-basis.xhtml?line=" + osloLine).status())
          .isEqualTo(404);
      assertThat(page.navigate(base + "app/instalment-basis.xhtml?person=" + osloPerson).status())
          .isEqualTo(404);
      assertThat(page.navigate(base + "app/payment-runs.xhtml").status()).isEqualTo(404);
      assertThat(page.navigate(base + "app/payment-run.xhtml?id=" + run).status()).isEqualTo(404);
      assertThat(
              page.navigate(base + "app/payment-run.xhtml?id=" + run + "&municipality=0301")
                  .status())
          .isEqualTo(404);
      APIResponse file = context.request().get(base + "app/payment-file?run=" + run);
      assertThat(file.status()).isEqualTo(404);
      assertThat(page.navigate(base + "app/instalment-basis.xhtml").status()).isEqualTo(200);
      assertThat(page.locator("a[href$='person=" + osloPerson + "']").count()).isZero();
    }
    assertThat(
            CaseTestData.count(
                "select count(*) from security_event where username = ? and kind = 'REFUSED'",
                "kommune.bergen"))
        .isGreaterThanOrEqualTo(refusals + 6);
  }

  /**
   * R-PAY-3: a run of many small chunks (chunk size 1, thousands of polls' worth of commits) and a
   * run that ends within its first chunk (a chunk larger than the register) each end on the page
   * left open, without a reload; each is then rejected by the approver so that the instalment is
   * left as it was.
   */
  @Test
  @Order(2)
  void R_PAY_3_theOpenPageFollowsRunsOfManyChunksAndOfOneChunkToTheirEnd() throws Exception {
    String before = CaseTestData.text("select value from setting where key = 'payment.chunkSize'");
    try {
      for (String chunk : new String[] {"1", "100000000"}) {
        execute("update setting set value = ? where key = 'payment.chunkSize'", chunk);
        // R-PAY-4: a setting the rules read, touched, makes the run walk the whole register
        // (otherwise a rerun walks only the change log's persons: none)
        execute(
            "update setting set value = value where key = ?", "payment.emSettlementYearCatchUp");
        long run;
        try (BrowserContext context = browser.context("nb-NO")) {
          Page page = Browser.loggedIn(context, CASEWORKER);
          page.navigate(TestEnvironment.baseUrl() + "app/payment-runs.xhtml");
          page.click("[id='startForm:instalment']");
          page.locator("[id='startForm:instalment_items'] li").nth(1).click();
          page.click("[id='startForm:start']");
          page.waitForURL("**/app/payment-run.xhtml?id=*");
          run = Long.parseLong(page.url().replaceAll(".*id=(\\d+).*", "$1"));
          waitUntilProposed(page);
          assertThat(page.textContent("#whyNot")).contains("Du startet denne kjøringen");
          assertThat(page.textContent("[id='totalsForm:groups']")).isNotBlank();
        }
        long chunks = CaseTestData.count("select chunks_done from payment_run where id = ?", run);
        if (chunk.equals("1")) {
          assertThat(chunks).isGreaterThan(100);
        } else {
          assertThat(chunks).isLessThanOrEqualTo(1);
        }
        try (BrowserContext context = browser.context("nb-NO")) {
          Page page = Browser.loggedIn(context, APPROVER);
          page.navigate(TestEnvironment.baseUrl() + "app/payment-run.xhtml?id=" + run);
          page.fill("[id='reviewForm:comment']", "Prøvekjøring av fremdriften");
          page.click("[id='reviewForm:reject']");
          page.waitForLoadState();
          assertThat(page.textContent("#state")).contains("avvist");
        }
      }
    } finally {
      execute("update setting set value = ? where key = 'payment.chunkSize'", before);
    }
  }

  private static void waitUntilProposed(Page page) {
    page.waitForSelector(
        "#state:has-text('foreslått')", new Page.WaitForSelectorOptions().setTimeout(180_000));
    page.waitForSelector(
        "[id='reviewForm:comment']", new Page.WaitForSelectorOptions().setTimeout(10_000));
  }

  private static void execute(String sql, String value) throws Exception {
    try (java.sql.Connection c = TestEnvironment.connection();
        java.sql.PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, value);
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }
  }

  private static Page.LocatorOptions hasText(String text) {
    return new Page.LocatorOptions().setHasText(text);
  }

  private static no.imdi.grants.shared.Nok kroner(long ore) {
    return no.imdi.grants.shared.Nok.of(BigDecimal.valueOf(ore, 2));
  }

  static void validate(byte[] xml) throws Exception {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    factory
        .newSchema(PaymentPagesIT.class.getResource("/iso20022/pain.001.001.03.xsd"))
        .newValidator()
        .validate(new StreamSource(new ByteArrayInputStream(xml)));
  }

  static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  static String text(Document doc, String parent, String child) {
    var element = (org.w3c.dom.Element) doc.getElementsByTagNameNS("*", parent).item(0);
    return element.getElementsByTagNameNS("*", child).item(0).getTextContent();
  }
}

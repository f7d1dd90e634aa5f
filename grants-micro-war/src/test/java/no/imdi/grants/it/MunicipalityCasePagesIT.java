package no.imdi.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The municipality's side of the disability grant in real Chromium: kommune.oslo opens a person,
 * sees the grant years with deadlines and reasons (R-GY-1, R-DL-1..4), starts a T2 application,
 * fills in the health fields (R-T-TG-2), a measure with a cost line whose totals come back by AJAX
 * against the T2 threshold (R-COST-7, R-T2-1), uploads the consent as a PDF made here (R-DOC-1),
 * leaves, comes back to the kept draft, submits with the checklist's warnings overridden by a
 * comment (R-DOC-2, R-DOC-4), and finds the application journaled on the case page, with its
 * document to download; kommune.bergen gets 404 for Oslo's case, application and document. The
 * upload attacks (a PNG named .pdf, an encrypted PDF, a PDF with JavaScript, a truncated PDF) are
 * refused with their messages and nothing is stored. axe-core finds no WCAG 2.1 A or AA violation
 * on the person page, the form and the case page.
 */
class MunicipalityCasePagesIT {

  private static final Pattern DOCUMENT =
      Pattern.compile("app/document\\?case=\\d+&id=[0-9a-f-]{36}");

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

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
  void osloDraftsLeavesResumesAndSubmitsAT2ApplicationThatBergenCannotReach() throws Exception {
    long person = personWithoutCase("0301", 0);
    String caseUrl;
    String applicationUrl;
    String documentUrl;
    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, "kommune.oslo");
      page.navigate(TestEnvironment.baseUrl() + "app/person.xhtml?id=" + person);
      assertThat(page.textContent("#grantYearsSection"))
          .contains("Tilskuddsår", "R-GY-1", "R-T1-1");
      assertThat(page.textContent("#grantYearsSection"))
          .containsPattern(
              "fristen gikk ut \\d\\d\\.\\d\\d\\.\\d{4}|fristen er i dag|dag(er)? igjen");
      assertThat(page.textContent("#caseNumber")).contains("ingen sak");
      assertThat(Axe.violations(page)).isEmpty();
      Browser.screenshot(page, "person-grant-years");

      startT2(page);
      applicationUrl = page.url();
      assertThat(page.textContent("#globalMessages")).contains("startet som utkast");
      assertThat(page.textContent("#state")).contains("utkast");
      fillHealthAndConsent(page);
      page.click("[id='appForm:addMeasure']");
      page.waitForLoadState();
      page.fill("[id='appForm:measures:0:name']", "Miljøarbeider i bolig");
      page.fill(
          "[id='appForm:measures:0:otherFunding']", "Ingen andre instanser finansierer tiltaket.");
      fillLine(page, "Miljøarbeider", "450", "800", "12", "2");
      page.locator("#total").waitFor();
      assertThat(page.textContent("[id='appForm:totals']")).contains("R-T2-1");
      assertThat(Axe.violations(page)).isEmpty();
      Browser.screenshot(page, "application-form");

      upload(page, "Informert samtykke (R-DOC-1)", UploadFiles.validPdf("samtykke.pdf"));
      assertThat(page.textContent("#globalMessages")).contains("er lastet opp");
      assertThat(page.url()).isEqualTo(applicationUrl);
      assertThat(page.textContent("[id='appForm:checklist']")).contains("samtykke.pdf");
      assertThat(page.textContent("#notToAttach")).contains("R-DOC-8");

      page.navigate(TestEnvironment.baseUrl() + "app/settlements.xhtml");
      page.navigate(TestEnvironment.baseUrl() + "app/person.xhtml?id=" + person);
      caseUrl = page.locator("#caseLink").getAttribute("href");
      page.locator("#grantYearsSection").getByText("T2 – utkast").click();
      page.waitForURL("**/app/application.xhtml?id=*");
      assertThat(page.inputValue("[id='appForm:impairment']")).isEqualTo("Utviklingshemming");
      assertThat(page.inputValue("[id='appForm:measures:0:name']"))
          .isEqualTo("Miljøarbeider i bolig");
      assertThat(page.inputValue("[id='appForm:measures:0:lines:0:hours']")).isEqualTo("800");
      documentUrl = documentLink(page);

      page.click("[id='appForm:check']");
      page.waitForLoadState();
      assertThat(page.textContent("#warnings")).contains("R-DOC-2");
      assertThat(page.locator("#refusals").count()).isZero();
      boolean late = page.locator("#notices").count() > 0;
      if (late) {
        assertThat(page.textContent("#notices")).contains("R-DL-6");
        assertThat(page.textContent("#confirmText")).contains("merkes for avvisning (R-DL-6)");
      }
      page.fill("[id='appForm:overrideComment']", "Helseattest ettersendes når den foreligger.");
      page.click("[id='appForm:confirmSubmit']");
      page.waitForURL("**/app/application.xhtml?id=*");
      assertThat(page.textContent("#globalMessages")).contains("sendt");
      assertThat(page.textContent("#state")).contains("sendt");
      assertThat(page.locator("[id='appForm:save']").count()).isZero();
      assertThat(page.locator("#flagged").count())
          .as("flagged as late (R-DL-6)")
          .isEqualTo(late ? 1 : 0);

      page.click("#caseLink");
      page.waitForURL("**/app/case.xhtml?id=*");
      assertThat(page.textContent("[id='journal']")).contains("Søknad om T2", "offl. § 13");
      assertThat(page.locator("[id='audit']").count()).isZero();
      assertThat(Axe.violations(page)).isEmpty();
      long reads = healthReads(person);
      APIResponse download = context.request().get(TestEnvironment.baseUrl() + documentUrl);
      assertThat(download.status()).isEqualTo(200);
      assertThat(download.headers().get("content-type")).startsWith("application/pdf");
      assertThat(new String(download.body(), 0, 5)).isEqualTo("%PDF-");
      assertThat(healthReads(person)).as("the consent is a health document").isEqualTo(reads + 1);

      page.fill("[id='enquiryForm:subject']", "Ettersending av helseattest");
      page.fill("[id='enquiryForm:text']", "Helseattesten fra fastlegen kommer neste uke.");
      page.locator("[id='enquiryForm:file']").setInputFiles(UploadFiles.validPdf("brev.pdf"));
      page.click("[id='enquiryForm:sendEnquiry']");
      page.waitForLoadState();
      assertThat(page.textContent("#globalMessages")).contains("Henvendelsen er sendt");
      assertThat(page.textContent("main"))
          .contains("Ettersending av helseattest", "venter på IMDi");
      assertThat(page.textContent("[id='journal']")).contains("brev.pdf");
      Browser.screenshot(page, "case-page-municipality");
    }
    try (BrowserContext imdi = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(imdi, "imdi.saksbehandler");
      page.navigate(TestEnvironment.baseUrl() + strip(caseUrl));
      assertThat(page.textContent("#person").strip()).matches("(\\p{Lu}\\.)+");
      assertThat(page.textContent("[id='audit']")).contains("submit", "DRAFT", "SUBMITTED");
      assertThat(Axe.violations(page)).isEmpty();
      Browser.screenshot(page, "case-page-imdi");
      page.navigate(applicationUrl);
      assertThat(page.inputValue("[id='appForm:impairment']")).isEqualTo("Utviklingshemming");
      assertThat(page.locator("[id='appForm:save']").count()).isZero();
      assertThat(page.locator("[id='appForm:upload']").count()).isZero();
    }
    try (BrowserContext bergen = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(bergen, "kommune.bergen");
      for (String url : new String[] {caseUrl, applicationUrl}) {
        String address = url.startsWith("http") ? url : TestEnvironment.baseUrl() + strip(url);
        assertThat(page.navigate(address).status()).as(address).isEqualTo(404);
      }
      assertThat(bergen.request().get(TestEnvironment.baseUrl() + documentUrl).status())
          .isEqualTo(404);
    }
    try (BrowserContext ministry = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(ministry, "departementet");
      assertThat(page.navigate(TestEnvironment.baseUrl() + strip(caseUrl)).status()).isEqualTo(403);
      assertThat(ministry.request().get(TestEnvironment.baseUrl() + documentUrl).status())
          .isEqualTo(403);
    }
  }

  @Test
  void uploadAttacksAreRefusedWithTheirMessagesAndNothingIsStored() throws Exception {
    long person = personWithoutCase("0301", 1);
    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, "kommune.oslo");
      page.navigate(TestEnvironment.baseUrl() + "app/person.xhtml?id=" + person);
      startT2(page);
      String draftUrl = page.url();
      long stored = storedDocuments();
      refused(page, UploadFiles.renamedPng(), "ikke en PDF");
      refused(page, UploadFiles.encryptedPdf(), "beskyttet med passord");
      refused(page, UploadFiles.javaScriptPdf(), "JavaScript");
      refused(page, UploadFiles.truncatedPdf(), "ufullstendig eller skadet");
      refused(page, UploadFiles.oversized(), "større enn 20 MB");
      assertThat(storedDocuments()).isEqualTo(stored);
      assertThat(page.textContent("[id='appForm:checklist']")).doesNotContain(".pdf");

      Page other = context.newPage();
      other.navigate(draftUrl);
      page.click("[id='appForm:save']");
      page.waitForLoadState();
      assertThat(page.textContent("#globalMessages")).contains("Utkastet er lagret");
      other.fill("[id='appForm:helpNeeded']", "Skrevet i en annen fane");
      other.click("[id='appForm:save']");
      other.waitForLoadState();
      assertThat(other.textContent("#globalMessages")).contains("Noen andre har lagret endringer");
      assertThat(other.inputValue("[id='appForm:helpNeeded']"))
          .isEqualTo("Skrevet i en annen fane");

      page.click("#caseLink");
      page.waitForURL("**/app/case.xhtml?id=*");
      page.click("[id='extensionForm:requestExtension']");
      page.waitForLoadState();
      assertThat(page.locator("[id='extensionForm'] .ui-message-error").count()).isEqualTo(2);
      String option =
          page.locator("[id='extensionForm:extensionYear_input'] option").nth(1).textContent();
      LocalDate deadline =
          LocalDate.parse(option.replaceAll(".*(\\d\\d\\.\\d\\d\\.\\d{4}).*", "$1"), DAY);
      page.locator("[id='extensionForm:extensionYear_input']")
          .selectOption(
              new SelectOption().setIndex(1), new Locator.SelectOptionOptions().setForce(true));
      page.fill("[id='extensionForm:extensionDate_input']", deadline.plusMonths(2).format(DAY));
      page.fill("[id='extensionForm:reason']", "Helseattesten kommer ikke før fristen.");
      page.click("[id='extensionForm:requestExtension']");
      page.waitForLoadState();
      if (deadline.isBefore(LocalDate.now(ZoneId.of("Europe/Oslo")))) {
        assertThat(page.textContent("main")).contains("etter den opprinnelige fristen");
      } else {
        assertThat(page.textContent("#globalMessages")).contains("utsatt søknadsfrist er sendt");
        assertThat(page.textContent("[id='extensions']")).contains("mottatt");
      }
    }
  }

  private static void refused(Page page, FilePayload file, String message) {
    upload(page, "Helsefaglig dokumentasjon (R-DOC-2)", file);
    assertThat(page.textContent("main")).as(file.name).contains(message);
  }

  static void startT2(Page page) {
    page.locator("[id^='grantYearsForm:years:'][id$=':startT2']").first().click();
    page.waitForURL("**/app/application.xhtml?id=*");
  }

  static void fillHealthAndConsent(Page page) {
    page.fill("[id='appForm:impairment']", "Utviklingshemming");
    page.fill("[id='appForm:impairmentArose']", "Medfødt, før bosettingen");
    page.click("label[for='appForm:aroseBefore:0']");
    page.fill("[id='appForm:helpNeeded']", "Tilsyn og hjelp i bolig hele døgnet");
    page.fill("[id='appForm:consentNames']", "Fastlegen; Bydel Grünerløkka helsestasjon");
    page.click("label[for='appForm:newHealth:1']");
    page.click("label[for='appForm:services:1']");
    page.click("label[for='appForm:pedagogical:1']");
    page.locator("[id='appForm:zone_input']")
        .selectOption(
            new SelectOption().setLabel("I"), new Locator.SelectOptionOptions().setForce(true));
  }

  static void fillLine(
      Page page, String role, String pay, String hours, String holiday, String pension) {
    String line = "[id='appForm:measures:0:lines:0:";
    page.fill(line + "role']", role);
    page.fill(line + "hourlyPay']", pay);
    page.fill(line + "hours']", hours);
    page.fill(line + "holidayPayRate']", holiday);
    page.fill(line + "pensionRate']", pension);
    page.locator(line + "pensionRate']").blur();
  }

  static void upload(Page page, String kind, FilePayload file) {
    page.locator("[id='appForm:kind_input']")
        .selectOption(
            new SelectOption().setLabel(kind), new Locator.SelectOptionOptions().setForce(true));
    page.locator("input[type=file][id^='appForm:file']").setInputFiles(file);
    page.click("[id='appForm:upload']");
    page.waitForLoadState();
  }

  private static String documentLink(Page page) {
    String html = page.content().replace("&amp;", "&");
    Matcher m = DOCUMENT.matcher(html);
    assertThat(m.find()).as("a document link").isTrue();
    return m.group();
  }

  private static String strip(String href) {
    int app = href.indexOf("app/");
    return href.substring(app);
  }

  private static long healthReads(long person) throws Exception {
    try (var c = TestEnvironment.connection();
        var ps =
            c.prepareStatement(
                "select count(*) from person_access_log where person_id = ?"
                    + " and purpose like '%Åpne dokument i saken'")) {
      ps.setLong(1, person);
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static long storedDocuments() throws Exception {
    try (var c = TestEnvironment.connection();
        var rs = c.createStatement().executeQuery("select count(*) from stored_document")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** An Oslo person (not a child registered with a mother) who has no case yet. */
  private static long personWithoutCase(String municipality, int skip) throws Exception {
    try (var c = TestEnvironment.connection();
        var ps =
            c.prepareStatement(
                "select s.person_id from settlement s where s.municipality = ?"
                    + " and s.mother_id is null and not exists"
                    + " (select 1 from case_file f where f.person_id = s.person_id)"
                    + " order by s.id desc offset ? limit 1")) {
      ps.setString(1, municipality);
      ps.setInt(2, skip);
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}

package no.imdi.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Media;
import com.microsoft.playwright.options.SelectOption;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;
import no.imdi.grants.settlement.NationalId;
import no.imdi.grants.settlement.Sex;
import no.imdi.grants.shared.ClockProducer;
import no.imdi.grants.shared.Formats;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A municipality caseworker's day in real Chromium against the running application: log in,
 * register a settlement with one wrong field and see the message and the kept values, fix it and
 * save, find it by filter, be refused another municipality's person by URL, and log out; open the
 * calculator from a person's page with the facts filled in, read the summary and the deadlines,
 * unfold a year's reasons from the keyboard, and be refused another municipality's person there
 * too.
 */
class SettlementPagesIT {

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
  void aMunicipalityCaseworkerRegistersFindsIsRefusedAndLogsOut() throws Exception {
    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = context.newPage();
      page.navigate(TestEnvironment.baseUrl() + "login.xhtml");
      assertThat(page.locator("html").getAttribute("lang")).isEqualTo("nb");
      page.fill("#loginForm\\:username", "kommune.oslo");
      page.fill("#loginForm\\:password", "Tilskudd-demo-2026");
      page.click("#loginForm\\:submit");
      page.waitForURL("**/app/settlements.xhtml");
      assertThat(page.textContent("h1")).isEqualTo("Bosettinger");

      page.click("#newSettlement");
      page.waitForURL("**/app/settlement.xhtml");
      String family = "Testesen" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
      LocalDate birth =
          LocalDate.of(1990, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
      String nationalId = NationalId.synthetic(birth, Sex.FEMALE, 7).value();
      String wrongId = nationalId.substring(0, 10) + ((nationalId.charAt(10) - '0' + 1) % 10);
      page.fill("#settlementForm\\:nationalId", wrongId);
      page.fill("#settlementForm\\:givenName", "Amina");
      page.fill("#settlementForm\\:familyName", family);
      typeDate(page, "birthDate", birth);
      choose(page, "sex", "Kvinne");
      typeDate(page, "settlementDate", LocalDate.of(2023, 10, 13));
      choose(page, "targetGroup", "Flyktning");
      page.click("#settlementForm\\:save");
      page.waitForLoadState();

      assertThat(page.textContent("[id='settlementForm:nationalIdMessage']"))
          .contains("kontrollsiffer stemmer ikke");
      assertThat(page.inputValue("#settlementForm\\:givenName")).isEqualTo("Amina");
      assertThat(page.inputValue("#settlementForm\\:familyName")).isEqualTo(family);
      assertThat(page.inputValue("#settlementForm\\:nationalId")).isEqualTo(wrongId);
      screenshot(page, "settlement-form-error");

      page.fill("#settlementForm\\:nationalId", nationalId);
      page.click("#settlementForm\\:save");
      page.waitForURL("**/app/settlements.xhtml");
      assertThat(page.textContent("#globalMessages")).contains("er registrert");

      page.locator("[id='listForm:settlements:nameColumn:filter']").pressSequentially(family);
      page.waitForSelector(
          "#listForm\\:settlements_data tr:has-text('" + family + "')",
          new Page.WaitForSelectorOptions().setState(WaitForSelectorState.VISIBLE));
      assertThat(page.locator("#listForm\\:settlements_data tr").count()).isEqualTo(1);
      screenshot(page, "settlements-filtered");

      long bergenPerson = personIn("4601");
      Response refused =
          page.navigate(TestEnvironment.baseUrl() + "app/person.xhtml?id=" + bergenPerson);
      assertThat(refused.status()).isEqualTo(403);
      assertThat(page.textContent("h1")).isEqualTo("Ingen tilgang");

      page.navigate(TestEnvironment.baseUrl() + "app/settlements.xhtml");
      page.click("#logoutForm\\:logout");
      page.waitForURL("**/login.xhtml?loggedOut=true");
      assertThat(page.content()).contains("Du er logget ut");
      Response afterLogout = page.navigate(TestEnvironment.baseUrl() + "app/settlements.xhtml");
      assertThat(page.url()).contains("login.xhtml");
      assertThat(afterLogout.status()).isEqualTo(200);
    }
  }

  @Test
  void aSaveAfterSomeoneElsesIsRefusedWithAMessageInsteadOfLost() throws Exception {
    long settlementId = settlementIn("0301");
    try (BrowserContext first = browser.context("nb-NO");
        BrowserContext second = browser.context("nb-NO")) {
      Page a = loggedIn(first);
      Page b = loggedIn(second);
      String edit = TestEnvironment.baseUrl() + "app/settlement.xhtml?id=" + settlementId;
      a.navigate(edit);
      b.navigate(edit);
      a.fill("#settlementForm\\:givenName", "Først");
      a.click("#settlementForm\\:save");
      a.waitForURL("**/app/settlements.xhtml");

      b.fill("#settlementForm\\:givenName", "Sist");
      b.click("#settlementForm\\:save");
      b.waitForLoadState();
      assertThat(b.url()).contains("settlement.xhtml");
      assertThat(b.textContent("#globalMessages")).contains("Noen andre har lagret endringer");
      assertThat(b.inputValue("#settlementForm\\:givenName")).isEqualTo("Sist");
    }
    try (var c = TestEnvironment.connection();
        var ps =
            c.prepareStatement(
                "select p.given_name from person p join settlement s on s.person_id = p.id"
                    + " where s.id = ?")) {
      ps.setLong(1, settlementId);
      try (var rs = ps.executeQuery()) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("Først");
      }
    }
  }

  private static Page loggedIn(BrowserContext context) {
    Page page = context.newPage();
    page.navigate(TestEnvironment.baseUrl() + "login.xhtml");
    page.fill("#loginForm\\:username", "kommune.oslo");
    page.fill("#loginForm\\:password", "Tilskudd-demo-2026");
    page.click("#loginForm\\:submit");
    page.waitForURL("**/app/settlements.xhtml");
    return page;
  }

  private static long settlementIn(String municipality) throws Exception {
    try (var c = TestEnvironment.connection();
        var ps =
            c.prepareStatement(
                "select id from settlement where municipality = ? and mother_id is null"
                    + " order by id desc limit 1")) {
      ps.setString(1, municipality);
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @Test
  void pagesSpeakEnglishWhenTheBrowserAsksForIt() {
    try (BrowserContext context = browser.context("en-GB")) {
      Page page = context.newPage();
      page.navigate(TestEnvironment.baseUrl() + "login.xhtml");
      assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
      assertThat(page.textContent("h1")).isEqualTo("Log in");
      page.fill("#loginForm\\:username", "kommune.oslo");
      page.fill("#loginForm\\:password", "wrong password");
      page.click("#loginForm\\:submit");
      page.waitForLoadState();
      assertThat(page.content()).contains("Wrong username or password.");
    }
  }

  @Test
  void theCalculatorOpensFromThePersonPageWithTheFactsAndStartsWithASummary() throws Exception {
    long[] child = childSettledIn("0301");
    long person = child[0];
    LocalDate settled = LocalDate.ofEpochDay(child[1]);
    LocalDate born = LocalDate.ofEpochDay(child[2]);
    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = loggedIn(context);
      page.navigate(TestEnvironment.baseUrl() + "app/person.xhtml?id=" + person);
      Locator link = page.locator("#calculate");
      assertThat(link.textContent()).isEqualTo("Beregn tilskudd for denne personen");
      assertThat(link.getAttribute("href")).contains("app/calculator.xhtml?person=" + person);
      link.click();
      page.waitForURL("**/app/calculator.xhtml?person=" + person);

      assertThat(page.inputValue("[id='calculatorForm:settlementDate_input']"))
          .isEqualTo(Formats.date(settled));
      assertThat(page.inputValue("[id='calculatorForm:birthDate_input']"))
          .isEqualTo(Formats.date(born));
      assertThat(page.textContent("#forPerson")).contains("Fylt ut med fakta fra registeret");
      assertThat(page.locator("#results h3").first().textContent()).isEqualTo("Sammendrag");
      assertThat(page.innerText("#nextDeadline")).startsWith("Neste frist: ");
      LocalDate deadline = settled.plusMonths(14); // R-DL-1
      LocalDate today = LocalDate.now(ClockProducer.OSLO);
      String status =
          today.isAfter(deadline)
              ? "fristen gikk ut " + Formats.date(deadline)
              : ChronoUnit.DAYS.between(today, deadline) + " dager igjen";
      assertThat(page.locator("#summaryItems li").first().innerText())
          .contains("Førstegangssøknad om T1 eller T2")
          .contains(status);
      assertThat(page.innerText("#summaryTotal")).startsWith("Integreringstilskudd i alt: ");

      Locator year1 = page.locator("[id='disabilityReasons'] .ui-accordion-header").first();
      Locator reasons = page.locator("[id='disabilityReasons'] .ui-accordion-content").first();
      assertThat(reasons.isVisible()).isFalse();
      year1.focus();
      page.keyboard().press("Enter");
      reasons.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
      assertThat(reasons.textContent()).contains("(R-GY-1: starter på bosettingsdato");

      assertThat(page.textContent("#codeLegend"))
          .contains("AR-1-B", "Integreringstilskudd år 1, barn", "T2", "Tilskudd T2, tak");
      assertThat(page.locator("[id='integrationYears'] abbr.code").first().getAttribute("title"))
          .isEqualTo("Integreringstilskudd år 1, barn");
      assertThat(page.locator("[id='printForm:print']").isVisible()).isTrue();
      screenshot(page, "calculator-for-person");
      page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
      assertThat(page.locator("[id='calculatorForm']").isVisible()).isFalse();
      assertThat(page.locator("[id='integrationReasons'] .ui-accordion-content").last().isVisible())
          .isTrue();
      screenshot(page, "calculator-printed");
      page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));

      Response refused =
          page.navigate(
              TestEnvironment.baseUrl() + "app/calculator.xhtml?person=" + personIn("4601"));
      assertThat(refused.status()).isEqualTo(403);
      Response unknown = page.navigate(TestEnvironment.baseUrl() + "app/calculator.xhtml?person=x");
      assertThat(unknown.status()).isEqualTo(404);
    }
  }

  /** A person settled in the municipality as a child: id, settlement date, birth (epoch days). */
  private static long[] childSettledIn(String municipality) throws Exception {
    try (var c = TestEnvironment.connection();
        var ps =
            c.prepareStatement(
                "select p.id, s.settlement_date, p.birth_date from settlement s"
                    + " join person p on p.id = s.person_id where s.municipality = ?"
                    + " and s.mother_id is null and p.birth_date <= s.settlement_date"
                    + " and p.birth_date > s.settlement_date - interval '17 years'"
                    + " order by p.id limit 1")) {
      ps.setString(1, municipality);
      try (var rs = ps.executeQuery()) {
        rs.next();
        return new long[] {
          rs.getLong(1),
          rs.getDate(2).toLocalDate().toEpochDay(),
          rs.getDate(3).toLocalDate().toEpochDay()
        };
      }
    }
  }

  private static void typeDate(Page page, String field, LocalDate date) {
    Locator input = page.locator("[id='settlementForm:" + field + "_input']");
    input.fill(
        String.format("%02d.%02d.%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear()));
    input.press("Escape");
  }

  private static void choose(Page page, String field, String label) {
    page.locator("[id='settlementForm:" + field + "_input']")
        .selectOption(
            new SelectOption().setLabel(label), new Locator.SelectOptionOptions().setForce(true));
  }

  private static long personIn(String municipality) throws Exception {
    try (var c = TestEnvironment.connection();
        var ps =
            c.prepareStatement(
                "select person_id from settlement where municipality = ? order by id limit 1")) {
      ps.setString(1, municipality);
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static void screenshot(Page page, String name) {
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Path.of(System.getProperty("grants.it.workDir", "target/it"), name + ".png"))
            .setFullPage(true));
  }
}

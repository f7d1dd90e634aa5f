package no.imdi.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Media;
import com.microsoft.playwright.options.SelectOption;
import com.microsoft.playwright.options.WaitForSelectorState;
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
 * A caseworker's day in real Chromium against the running application: log in, register a
 * settlement with one wrong field and see the message and the kept values, fix it and save, find it
 * by filter, get "not found" for another municipality's person by URL, and log out; the whole
 * register-find-move-correct journey with the keyboard alone; the list's filter, order and page
 * kept in its address and across Back; the pages at 320 px and at 200 % zoom; a visible focus on
 * every control; the calculator opened from a person's page with the facts filled in, its summary
 * and deadlines, a year's reasons unfolded from the keyboard. Then the forms as they are used every
 * day: dates typed by keyboard in every date field, with a calendar that opens only from its
 * button; an impossible date kept with its message while the other problems of the save show too; a
 * national id that fills in the birth date and the sex; a family member linked to the person they
 * were reunified with. axe-core finds no WCAG 2.1 A or AA violation on any page.
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
      page.waitForURL("**/app/dashboard.xhtml");
      page.navigate(TestEnvironment.baseUrl() + "app/settlements.xhtml");
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
      Browser.screenshot(page, "settlement-form-error");

      page.fill("#settlementForm\\:nationalId", nationalId);
      page.locator("#settlementForm\\:nationalIdFilled").getByText("fylt ut").waitFor();
      page.click("#settlementForm\\:save");
      page.waitForURL("**/app/settlements.xhtml");
      assertThat(page.textContent("#globalMessages")).contains("er registrert");

      page.locator("[id='listForm:settlements:nameColumn:filter']").pressSequentially(family);
      page.waitForSelector(
          "#listForm\\:settlements_data tr:has-text('" + family + "')",
          new Page.WaitForSelectorOptions().setState(WaitForSelectorState.VISIBLE));
      assertThat(page.locator("#listForm\\:settlements_data tr").count()).isEqualTo(1);
      Browser.screenshot(page, "settlements-filtered");

      long bergenPerson = DemoRecords.personIn("4601");
      Response refused =
          page.navigate(TestEnvironment.baseUrl() + "app/person.xhtml?id=" + bergenPerson);
      assertThat(refused.status()).isEqualTo(404);
      assertThat(page.textContent("h1")).isEqualTo("Fant ikke siden");
      assertThat(page.locator("nav a").allTextContents()).contains("Bosettinger");
      String refusedText = page.textContent("main");
      Response missing = page.navigate(TestEnvironment.baseUrl() + "app/person.xhtml?id=99999999");
      assertThat(missing.status()).isEqualTo(404);
      assertThat(page.textContent("main")).isEqualTo(refusedText);
      assertThat(page.navigate(TestEnvironment.baseUrl() + "admin/rates.xhtml").status())
          .isEqualTo(403);
      assertThat(page.locator("nav a").allTextContents()).contains("Bosettinger");
      for (String error : new String[] {"error/error.xhtml", "error/expired.xhtml"}) {
        page.navigate(TestEnvironment.baseUrl() + error);
        assertThat(page.locator("nav a").allTextContents()).as(error).contains("Bosettinger");
      }

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
    long settlementId = DemoRecords.settlementIn("0301");
    try (BrowserContext first = browser.context("nb-NO");
        BrowserContext second = browser.context("nb-NO")) {
      Page a = loggedIn(first);
      Page b = loggedIn(second);
      String edit = TestEnvironment.baseUrl() + "app/settlement.xhtml?id=" + settlementId;
      a.navigate(edit);
      b.navigate(edit);
      a.fill("#settlementForm\\:givenName", "Først");
      a.click("#settlementForm\\:save");
      a.waitForURL("**/app/person.xhtml?id=*");
      assertThat(a.textContent("#globalMessages")).contains("er lagret");

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

  @Test
  void aCaseworkerRegistersFindsMovesAndCorrectsAPersonWithTheKeyboardAlone() throws Exception {
    String family = "Tastesen" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    LocalDate birth = LocalDate.of(1980, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(5000));
    String nationalId = NationalId.synthetic(birth, Sex.MALE, 3).value();
    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = context.newPage();
      page.navigate(TestEnvironment.baseUrl() + "login.xhtml");
      Keys.tabTo(page, "[id='loginForm:username']");
      Keys.type(page, "imdi.saksbehandler");
      Keys.tabTo(page, "[id='loginForm:password']");
      Keys.type(page, "Tilskudd-demo-2026");
      page.keyboard().press("Enter");
      page.waitForURL("**/app/dashboard.xhtml");
      page.navigate(TestEnvironment.baseUrl() + "app/settlements.xhtml");

      Keys.tabToAndPress(page, "#newSettlement a", "Enter");
      page.waitForURL("**/app/settlement.xhtml");
      Keys.tabTo(page, "[id='settlementForm:nationalId']");
      Keys.type(page, nationalId);
      Keys.tabTo(page, "[id='settlementForm:givenName']");
      Keys.type(page, "Yusuf");
      Keys.tabTo(page, "[id='settlementForm:familyName']");
      Keys.type(page, family);
      Keys.typeDate(page, "settlementForm", "birthDate", birth);
      Keys.tabTo(page, "[id='settlementForm:sex']");
      Keys.type(page, "M");
      Keys.choose(page, "settlementForm", "municipality", "Bergen");
      Keys.typeDate(page, "settlementForm", "settlementDate", LocalDate.of(2023, 10, 13));
      Keys.tabTo(page, "[id='settlementForm:targetGroup']");
      Keys.type(page, "F");
      Keys.tabToAndPress(page, "[id='settlementForm:settledByAgreement']", "Space");
      assertThat(page.isChecked("[id='settlementForm:settledByAgreement_input']")).isFalse();
      page.keyboard().press("Space");
      assertThat(page.isChecked("[id='settlementForm:settledByAgreement_input']")).isTrue();
      assertThat(page.inputValue("[id='settlementForm:sex_input']")).isEqualTo("MALE");
      assertThat(page.inputValue("[id='settlementForm:municipality_input']")).isEqualTo("4601");
      assertThat(page.inputValue("[id='settlementForm:targetGroup_input']")).isEqualTo("REFUGEE");
      Keys.tabToAndPress(page, "[id='settlementForm:save']", "Space");
      page.waitForURL("**/app/settlements.xhtml**");
      assertThat(page.textContent("#globalMessages")).contains("er registrert");

      Keys.tabTo(page, "[id='listForm:settlements:nameColumn:filter']");
      Keys.type(page, family + ", yusuf");
      page.waitForSelector(
          "#listForm\\:settlements_data tr:has-text('" + family + "')",
          new Page.WaitForSelectorOptions().setState(WaitForSelectorState.VISIBLE));
      Keys.tabToAndPress(page, "#listForm\\:settlements_data a", "Enter");
      page.waitForURL("**/app/person.xhtml?id=*");
      assertThat(page.textContent("h1")).isEqualTo("Yusuf " + family);

      Keys.choose(page, "moveForm", "moveTo", "Trondheim");
      Keys.typeDate(page, "moveForm", "moveDate", LocalDate.of(2024, 6, 1));
      Keys.tabToAndPress(page, "[id='moveForm:registerMove']", "Enter");
      // the move is confirmed before it is registered (R-IG-6)
      page.waitForSelector("[id='moveForm:confirmMove']");
      if (!Keys.focusIsOn(page, "[id='moveForm:confirmMove']")) {
        Keys.tabTo(page, "[id='moveForm:confirmMove']");
      }
      page.keyboard().press("Enter");
      page.waitForSelector("#globalMessages:has-text('Flyttingen er registrert')");
      assertThat(page.textContent("#municipality")).contains("Trondheim");
      Browser.screenshot(page, "person-moved-by-keyboard");

      Keys.tabToAndPress(page, "#edit a", "Enter");
      page.waitForURL("**/app/settlement.xhtml?id=*");
      Keys.tabTo(page, "[id='settlementForm:givenName']");
      Keys.type(page, "x");
      String[] asked = new String[1];
      page.onceDialog(
          dialog -> {
            asked[0] = dialog.message();
            dialog.dismiss();
          });
      Keys.tabToAndPress(page, "[id='settlementForm:cancel'] a", "Enter");
      page.waitForTimeout(500);
      assertThat(asked[0]).contains("forkaste");
      assertThat(page.url()).contains("settlement.xhtml");
      page.onceDialog(dialog -> dialog.accept());
      page.keyboard().press("Enter");
      page.waitForURL("**/app/person.xhtml?id=*");
      assertThat(page.textContent("h1")).isEqualTo("Yusuf " + family);

      Keys.tabToAndPress(page, "#edit a", "Enter");
      page.waitForURL("**/app/settlement.xhtml?id=*");
      Keys.tabTo(page, "[id='settlementForm:givenName']");
      page.keyboard().press("End");
      Keys.type(page, "a");
      Keys.tabToAndPress(page, "[id='settlementForm:save']", "Enter");
      page.waitForURL("**/app/person.xhtml?id=*");
      assertThat(page.textContent("#globalMessages")).contains("Endringene for Yusufa " + family);
      assertThat(page.textContent("h1")).isEqualTo("Yusufa " + family);
    }
  }

  @Test
  void theListKeepsItsFilterOrderAndPageInItsAddressAcrossBackTheMenuAndTheForm() {
    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, "imdi.saksbehandler");
      page.navigate(TestEnvironment.baseUrl() + "app/settlements.xhtml");
      page.evaluate("() => window.notReloaded = true");
      page.locator("[id='listForm:settlements:nameColumn:filter']").pressSequentially("a");
      page.waitForURL("**/app/settlements.xhtml?name=a");
      page.click("th:has-text('Bosettingsdato') .ui-column-title");
      page.waitForURL("**/app/settlements.xhtml?name=a&sort=settlementDate");
      page.click("th:has-text('Bosettingsdato') .ui-column-title");
      page.waitForURL("**/app/settlements.xhtml?name=a&sort=settlementDate&order=desc");
      page.click("#listForm\\:settlements_paginator_bottom .ui-paginator-next");
      page.waitForURL("**&first=25");
      assertThat(page.evaluate("() => window.notReloaded")).isEqualTo(true);
      String list = page.url();
      String firstRow = page.textContent("#listForm\\:settlements_data tr:first-child");
      String report = page.textContent(".ui-paginator-current");
      assertThat(report).startsWith("26–50");

      page.click("#listForm\\:settlements_data tr:first-child a");
      page.waitForURL("**/app/person.xhtml?id=*");
      assertThat(page.getAttribute("#navSettlements", "href")).isEqualTo(pathAndQuery(list));
      page.goBack();
      page.waitForURL(list);
      assertThat(page.inputValue("[id='listForm:settlements:nameColumn:filter']")).isEqualTo("a");
      assertThat(page.getAttribute("th:has-text('Bosettingsdato')", "aria-sort"))
          .isEqualTo("descending");
      assertThat(page.textContent(".ui-paginator-current")).isEqualTo(report);
      assertThat(page.textContent("#listForm\\:settlements_data tr:first-child"))
          .isEqualTo(firstRow);

      Page shared = context.newPage();
      shared.navigate(list);
      assertThat(shared.textContent("#listForm\\:settlements_data tr:first-child"))
          .isEqualTo(firstRow);
      shared.close();

      page.click("#newSettlement");
      page.waitForURL("**/app/settlement.xhtml");
      page.click("[id='settlementForm:cancel'] a");
      page.waitForURL(list);
      assertThat(page.textContent("#listForm\\:settlements_data tr:first-child"))
          .isEqualTo(firstRow);
      page.navigate(TestEnvironment.baseUrl() + "app/calculator.xhtml");
      page.click("#navSettlements");
      page.waitForURL(list);
    }
  }

  @Test
  void thePagesReflowAt320PxAndAt200PercentZoomWithoutScrollingSideways() throws Exception {
    long person = DemoRecords.personIn("0301");
    long settlement = DemoRecords.settlementIn("0301");
    String[] pages = {
      "app/settlements.xhtml?name=a&sort=settlementDate&order=desc",
      "app/person.xhtml?id=" + person,
      "app/settlement.xhtml",
      "app/settlement.xhtml?id=" + settlement,
      "app/calculator.xhtml",
      "app/person.xhtml?id=99999999"
    };
    for (int[] viewport : new int[][] {{320, 640, 1}, {640, 450, 2}}) {
      try (BrowserContext context =
          browser.context("nb-NO", viewport[0], viewport[1], viewport[2])) {
        Page page = loggedIn(context);
        for (String path : pages) {
          page.navigate(TestEnvironment.baseUrl() + path);
          assertThat(PageChecks.reflowProblems(page)).as(viewport[0] + " px: " + path).isEmpty();
        }
        page.navigate(TestEnvironment.baseUrl() + "app/settlement.xhtml");
        page.click("#settlementForm\\:save");
        page.waitForSelector(".ui-message-error");
        assertThat(PageChecks.reflowProblems(page)).as("form with its messages").isEmpty();
        Browser.screenshot(page, "settlement-form-messages-" + viewport[0]);
        page.navigate(TestEnvironment.baseUrl() + pages[0]);
        Browser.screenshot(page, "settlements-" + viewport[0]);
        Page admin = Browser.loggedIn(context, "admin");
        assertThat(PageChecks.reflowProblems(admin))
            .as(viewport[0] + " px: the administrator's overview")
            .isEmpty();
        Browser.screenshot(admin, "rates-" + viewport[0]);
      }
    }
  }

  @Test
  void everyControlShowsItsFocusAtLeast3To1AndNoPageHasAnAxeFinding() throws Exception {
    String[] pages = {
      "app/settlements.xhtml?name=a",
      "app/person.xhtml?id=" + DemoRecords.personIn("0301"),
      "app/settlement.xhtml"
    };
    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = loggedIn(context);
      for (String path : pages) {
        page.navigate(TestEnvironment.baseUrl() + path);
        assertThat(PageChecks.axeViolations(page)).as(path).isEmpty();
        assertThat(PageChecks.weakFocusIndicators(page, 120)).as(path).isEmpty();
      }
      page.click("#settlementForm\\:save");
      page.waitForSelector(".ui-message-error");
      assertThat(PageChecks.axeViolations(page)).as("form with its messages").isEmpty();

      Page admin = Browser.loggedIn(context, "admin");
      assertThat(PageChecks.axeViolations(admin)).as("rates").isEmpty();
      assertThat(PageChecks.weakFocusIndicators(admin, 250)).as("rates").isEmpty();
      admin.navigate(TestEnvironment.baseUrl() + "admin/rates.xhtml");
      Keys.tabToAndPress(admin, "[id='ratesForm:rates:0:edit']", "Enter");
      admin.waitForURL("**/admin/rates.xhtml?edit=*");
      assertThat(admin.textContent("#rateFormHeading")).contains("Endre");
    }
  }

  private static String pathAndQuery(String url) {
    java.net.URI uri = java.net.URI.create(url);
    return uri.getRawPath() + "?" + uri.getRawQuery();
  }

  private static Page loggedIn(BrowserContext context) {
    return Browser.loggedIn(context, "kommune.oslo");
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
      Browser.screenshot(page, "calculator-for-person");
      page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
      assertThat(page.locator("[id='calculatorForm']").isVisible()).isFalse();
      assertThat(page.locator("[id='integrationReasons'] .ui-accordion-content").last().isVisible())
          .isTrue();
      Browser.screenshot(page, "calculator-printed");
      page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));

      Response refused =
          page.navigate(
              TestEnvironment.baseUrl()
                  + "app/calculator.xhtml?person="
                  + DemoRecords.personIn("4601"));
      assertThat(refused.status()).isEqualTo(404);
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
    choose(page, "settlementForm", field, label);
  }

  private static void choose(Page page, String form, String field, String label) {
    page.locator("[id='" + form + ":" + field + "_input']")
        .selectOption(
            new SelectOption().setLabel(label), new Locator.SelectOptionOptions().setForce(true));
  }
}

package no.imdi.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.SelectOption;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import no.imdi.grants.settlement.NationalId;
import no.imdi.grants.settlement.Sex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The forms as they are used every day, in real Chromium (issue 7 items 1-3, 6, 11, 12): dates
 * typed by keyboard in every date field, with a calendar that opens only from its button; an
 * impossible date kept with its message while the other problems of the save show too, and the
 * focus on the first field in error; a national id that fills in the birth date and the sex; a
 * family member linked to the person they were reunified with; the pages in English; the warning
 * before the session times out. axe-core finds no WCAG 2.1 A or AA violation on the way.
 */
class FormPagesIT {

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
  void everyDateFieldTakesADateTypedByKeyboardAndOpensItsCalendarOnlyFromItsButton()
      throws Exception {
    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = loggedIn(context);
      page.navigate(TestEnvironment.baseUrl() + "app/settlement.xhtml");
      typeAndCheck(page, "settlementForm", "birthDate", "14.03.2012");
      typeAndCheck(page, "settlementForm", "settlementDate", "13.10.23");
      assertThat(page.locator(".p-datepicker-panel:visible").count()).isZero();
      page.locator("[id='settlementForm:settlementDate_input']").fill("13.10.2023");
      assertThat(Axe.violations(page)).isEmpty();

      Locator button = page.locator("[id='settlementForm:settlementDate'] button");
      assertThat(button.getAttribute("aria-label"))
          .isEqualTo("Velg dato i kalender: Bosettingsdato");
      button.click();
      Locator panel = page.locator("[id='settlementForm:settlementDate_panel']");
      panel.waitFor();
      assertThat(panel.locator("select.ui-datepicker-month").count()).isEqualTo(1);
      assertThat(panel.locator(".ui-datepicker-year").count()).isEqualTo(1);
      boolean norwegian = (Boolean) page.evaluate("() => !!PrimeFaces.locales['nb']");
      assertThat(panel.locator("thead th").first().textContent().strip())
          .as("weeks start on Monday (in bokmål once the nb locale script is there)")
          .isEqualTo(norwegian ? "ma" : "Mo");
      Browser.screenshot(page, "settlement-calendar");
      assertThat(Axe.violations(page)).as("with the calendar open").isEmpty();
      if (!panel.isVisible()) {
        // axe-core scrolls the page to check contrast, and PrimeFaces closes a calendar on scroll
        button.click();
        panel.waitFor();
      }
      // a pick fills the field, closes the calendar and gives the focus back to the field
      panel
          .locator(".ui-datepicker-calendar td:not(.ui-datepicker-other-month)")
          .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^\\s*20\\s*$")))
          .first()
          .click();
      panel.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
      assertThat(page.inputValue("[id='settlementForm:settlementDate_input']"))
          .isEqualTo("20.10.2023");
      assertThat(activeElementId(page)).isEqualTo("settlementForm:settlementDate_input");

      page.navigate(TestEnvironment.baseUrl() + "app/person.xhtml?id=" + personOfLatest("0301"));
      typeAndCheck(page, "moveForm", "moveDate", "1.2.2024");
      assertThat(Axe.violations(page)).isEmpty();

      page.navigate(TestEnvironment.baseUrl() + "app/calculator.xhtml");
      typeAndCheck(page, "calculatorForm", "settlementDate", "13102023");
      typeAndCheck(page, "calculatorForm", "birthDate", "01.01.90");
      typeAndCheck(page, "calculatorForm", "complaintNoticeReceived", "03.09.2024");
      typeAndCheck(page, "calculatorForm", "motherSettlementDate", "2023-10-13");
      page.locator("[id='calculatorForm:motherSettlementDate_input']").fill("");
      choose(page, "calculatorForm", "household", "Enslig voksen");
      page.click("#calculatorForm\\:calculate");
      page.waitForLoadState();
      assertThat(page.inputValue("[id='calculatorForm:settlementDate_input']"))
          .isEqualTo("13.10.2023");
      assertThat(page.inputValue("[id='calculatorForm:birthDate_input']")).isEqualTo("01.01.1990");
      assertThat(page.textContent("#complaintDeadline")).isNotBlank();
      assertThat(Axe.violations(page)).isEmpty();
    }
  }

  @Test
  void anImpossibleDateIsKeptWithItsMessageWhileTheOtherProblemsOfTheSaveShowToo() {
    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = loggedIn(context);
      page.navigate(TestEnvironment.baseUrl() + "app/settlement.xhtml");
      assertThat(page.textContent("#requiredNote")).contains("må fylles ut");
      assertThat(page.locator("label[for='settlementForm:givenName'] .ui-outputlabel-rfi").count())
          .isEqualTo(1);
      assertThat(page.getAttribute("#settlementForm\\:givenName", "aria-required"))
          .isEqualTo("true");
      assertThat(page.getAttribute("[id='settlementForm:birthDate_input']", "aria-required"))
          .isEqualTo("true");
      page.fill("#settlementForm\\:familyName", "Testesen");
      typeAndCheck(page, "settlementForm", "birthDate", "30.02.2023");
      typeAndCheck(page, "settlementForm", "settlementDate", "13.10.2023");
      page.click("#settlementForm\\:save");
      page.waitForLoadState();

      // after a failed save the focus is on the first field in error (issue 7 item 6)
      page.waitForFunction("() => document.activeElement !== document.body");
      assertThat(activeElementId(page))
          .as(
              "the focus; fields marked invalid: %s",
              page.evaluate(
                  "() => [...document.querySelectorAll('[aria-invalid=true]')].map(e => e.id)"))
          .isEqualTo("settlementForm:nationalId");
      assertThat(page.inputValue("[id='settlementForm:birthDate_input']")).isEqualTo("30.02.2023");
      assertThat(messageOf(page, "birthDate"))
          .isEqualTo("30.02.2023 finnes ikke: februar 2023 har 28 dager.");
      assertThat(messageOf(page, "nationalId")).isEqualTo("Feltet må fylles ut.");
      assertThat(messageOf(page, "givenName")).isEqualTo("Feltet må fylles ut.");
      assertThat(messageOf(page, "sex")).isEqualTo("Feltet må fylles ut.");
      assertThat(messageOf(page, "targetGroup")).isEqualTo("Feltet må fylles ut.");
      assertThat(page.inputValue("#settlementForm\\:familyName")).isEqualTo("Testesen");
      assertThat(page.inputValue("[id='settlementForm:settlementDate_input']"))
          .isEqualTo("13.10.2023");
      assertThat(page.getAttribute("[id='settlementForm:birthDate_input']", "aria-invalid"))
          .isEqualTo("true");
      assertThat(Axe.violations(page)).isEmpty();
      Browser.screenshot(page, "settlement-all-problems");

      page.locator("[id='settlementForm:birthDate_input']").fill("1.2.2023x");
      page.click("#settlementForm\\:save");
      page.waitForLoadState();
      assertThat(messageOf(page, "birthDate"))
          .contains("«1.2.2023x» er ikke en dato")
          .contains("dd.mm.åååå");
    }
  }

  @Test
  void theNationalIdFillsInBirthDateAndSexBothAreCheckedAndAFamilyMemberIsLinked()
      throws Exception {
    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = loggedIn(context);
      LocalDate birth =
          LocalDate.of(1980, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(5000));
      String reference = register(page, "Referanse", birth, Sex.FEMALE);

      page.navigate(TestEnvironment.baseUrl() + "app/settlement.xhtml");
      LocalDate memberBirth = birth.plusYears(2);
      String memberId = freeNationalId(memberBirth, Sex.MALE);
      page.locator("#settlementForm\\:nationalId").pressSequentially(memberId);
      page.waitForFunction(
          "d => document.getElementById('settlementForm:birthDate_input').value === d",
          date(memberBirth));
      assertThat(page.textContent("[id='settlementForm:sex_label']")).isEqualTo("Mann");
      assertThat(page.textContent("#settlementForm\\:nationalIdFilled"))
          .contains("fylt ut fra fødselsnummeret");

      String family = "Gjenforent" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
      page.fill("#settlementForm\\:givenName", "Yonas");
      page.fill("#settlementForm\\:familyName", family);
      choose(page, "settlementForm", "sex", "Kvinne");
      typeAndCheck(page, "settlementForm", "settlementDate", "13.10.2023");
      choose(
          page,
          "settlementForm",
          "targetGroup",
          "Familiegjenforent med flyktning eller person med humanitært opphold");
      page.fill("#settlementForm\\:reunifiedWithNationalId", reference);
      page.click("#settlementForm\\:save");
      page.waitForLoadState();
      assertThat(messageOf(page, "sex")).contains("manns");
      assertThat(messageOf(page, "familyReunification")).contains("Familiegjenforent");
      assertThat(messageOf(page, "reunifiedWithNationalId")).contains("Bare en familiegjenforent");

      choose(page, "settlementForm", "sex", "Mann");
      page.check(
          "#settlementForm\\:familyReunification_input", new Page.CheckOptions().setForce(true));
      page.click("#settlementForm\\:save");
      page.waitForURL("**/app/settlements.xhtml");

      long member = personWithNationalId(memberId);
      page.navigate(TestEnvironment.baseUrl() + "app/person.xhtml?id=" + member);
      assertThat(page.textContent("#reunifiedWith")).contains("Referanse").contains("R-IG-1");
      assertThat(Axe.violations(page)).isEmpty();
      page.click("#reunifiedWith a");
      page.waitForURL("**/app/person.xhtml?id=" + personWithNationalId(reference));
      assertThat(page.textContent("#reunifiedFamily")).contains(family);
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

      page.fill("#loginForm\\:password", "Tilskudd-demo-2026");
      page.click("#loginForm\\:submit");
      page.waitForURL("**/app/dashboard.xhtml");
      page.navigate(TestEnvironment.baseUrl() + "app/calculator.xhtml");
      Locator button = page.locator("[id='calculatorForm:settlementDate'] button");
      assertThat(button.getAttribute("aria-label"))
          .isEqualTo("Choose date in calendar: Settlement date");
      button.click();
      Locator panel = page.locator("[id='calculatorForm:settlementDate_panel']");
      panel.waitFor();
      assertThat(panel.locator("thead th").first().textContent().strip()).isEqualTo("Mo");
      page.navigate(TestEnvironment.baseUrl() + "app/calculator.xhtml");
      typeAndCheck(page, "calculatorForm", "settlementDate", "13.13.2023");
      page.click("#calculatorForm\\:calculate");
      page.waitForLoadState();
      assertThat(page.textContent("#calculatorForm"))
          .contains("13.13.2023 does not exist: the month must be from 1 to 12.");
      assertThat(page.inputValue("[id='calculatorForm:settlementDate_input']"))
          .isEqualTo("13.13.2023");
      assertThat(Axe.violations(page)).isEmpty();
    }
  }

  @Test
  void aWarningComesBeforeTheSessionTimesOutAndStayingKeepsWhatWasTyped() {
    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = context.newPage();
      page.clock().install();
      page.navigate(TestEnvironment.baseUrl() + "login.xhtml");
      page.fill("#loginForm\\:username", "kommune.oslo");
      page.fill("#loginForm\\:password", "Tilskudd-demo-2026");
      page.click("#loginForm\\:submit");
      page.waitForURL("**/app/dashboard.xhtml");
      page.navigate(TestEnvironment.baseUrl() + "app/settlement.xhtml");
      page.fill("#settlementForm\\:givenName", "Ikke lagret");
      Locator dialog = page.locator("#sessionDialog");
      assertThat(dialog.isVisible()).isFalse();

      for (String stay : new String[] {"Escape", "Enter"}) {
        page.clock().fastForward("28:01");
        dialog.waitFor();
        page.waitForFunction("() => document.activeElement.id === 'stayLoggedIn'");
        assertThat(dialog.textContent()).contains("Du blir snart logget ut").contains("1:5");
        if ("Escape".equals(stay)) {
          assertThat(Axe.violations(page)).as("with the warning open").isEmpty();
          Browser.screenshot(page, "session-warning");
        }
        Response kept =
            page.waitForResponse(
                r -> r.url().contains("app/keep-alive"), () -> page.keyboard().press(stay));
        assertThat(kept.status()).as(stay).isEqualTo(204);
        dialog.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        assertThat(page.inputValue("#settlementForm\\:givenName")).isEqualTo("Ikke lagret");
      }

      page.clock().fastForward("30:01");
      dialog.waitFor();
      assertThat(dialog.textContent()).contains("Du er logget ut");
      page.waitForFunction("() => document.activeElement.textContent.includes('Logg inn igjen')");
    }
  }

  /** Types a date key by key into a date field and checks that it stays as typed. */
  private static void typeAndCheck(Page page, String form, String field, String typed) {
    Locator input = page.locator("[id='" + form + ":" + field + "_input']");
    input.click();
    input.pressSequentially(typed);
    page.waitForTimeout(200);
    assertThat(input.inputValue()).as(field).isEqualTo(typed);
    assertThat(activeElementId(page)).as(field).isEqualTo(form + ":" + field + "_input");
    assertThat(page.locator("[id='" + form + ":" + field + "_panel']").isVisible())
        .as("the calendar of " + field + " stays closed")
        .isFalse();
  }

  /** The message next to a field of the settlement form (the grid cell after the field's). */
  private static String messageOf(Page page, String field) {
    return ((String)
            page.evaluate(
                "f => document.querySelector(\"label[for^='settlementForm:\" + f + \"']\")"
                    + ".nextElementSibling.nextElementSibling.textContent",
                field))
        .strip();
  }

  private static Page loggedIn(BrowserContext context) {
    return Browser.loggedIn(context, "kommune.oslo");
  }

  private static String activeElementId(Page page) {
    return (String) page.evaluate("() => document.activeElement && document.activeElement.id");
  }

  private static String date(LocalDate date) {
    return String.format(
        "%02d.%02d.%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
  }

  /**
   * Registers a refugee in Oslo through the form (the national id fills in birth date and sex);
   * returns the national id.
   */
  private static String register(Page page, String givenName, LocalDate birth, Sex sex)
      throws Exception {
    page.navigate(TestEnvironment.baseUrl() + "app/settlement.xhtml");
    String nationalId = freeNationalId(birth, sex);
    page.fill("#settlementForm\\:nationalId", nationalId);
    page.waitForFunction(
        "d => document.getElementById('settlementForm:birthDate_input').value === d", date(birth));
    page.fill("#settlementForm\\:givenName", givenName);
    page.fill("#settlementForm\\:familyName", "Person" + ThreadLocalRandom.current().nextInt(1000));
    typeAndCheck(page, "settlementForm", "settlementDate", "13.10.2023");
    choose(page, "settlementForm", "targetGroup", "Flyktning");
    page.click("#settlementForm\\:save");
    page.waitForURL("**/app/settlements.xhtml");
    // after a save the focus is on the message that says what happened (issue 7 item 6)
    page.waitForFunction("() => document.activeElement.classList.contains('messages-box')");
    assertThat(page.textContent(".messages-box")).isNotBlank();
    return nationalId;
  }

  private static String freeNationalId(LocalDate birth, Sex sex) throws Exception {
    for (int i = 0; i < 50; i++) {
      String id =
          NationalId.synthetic(birth, sex, ThreadLocalRandom.current().nextInt(200)).value();
      if (CaseTestData.count("select count(*) from person where national_id = ?", id) == 0) {
        return id;
      }
    }
    throw new IllegalStateException("No free synthetic national id");
  }

  private static long personWithNationalId(String nationalId) throws Exception {
    return CaseTestData.count("select id from person where national_id = ?", nationalId);
  }

  private static long personOfLatest(String municipality) throws Exception {
    return CaseTestData.count(
        "select person_id from settlement where municipality = ? order by id desc limit 1",
        municipality);
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

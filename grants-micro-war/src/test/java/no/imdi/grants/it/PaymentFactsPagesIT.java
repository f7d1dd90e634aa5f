package no.imdi.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import no.imdi.grants.settlement.NationalId;
import no.imdi.grants.settlement.Sex;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The register's payment facts in real Chromium: Oslo's caseworker registers a single adult (the
 * household, R-IG-4), whose registration date is the day of the registration (R-IG-5); the person
 * page shows both; IMDi's caseworker corrects them, a date before the settlement is refused at its
 * field with what was typed kept, and the correction is audited. axe-core finds no WCAG 2.1 A or AA
 * violation.
 */
class PaymentFactsPagesIT {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

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
  void R_IG_4_R_IG_5_theHouseholdIsRegisteredAndImdiCorrectsItWithTheDate() throws Exception {
    String family = "Husstand" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    LocalDate birth = LocalDate.of(1985, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
    String nationalId = NationalId.synthetic(birth, Sex.MALE, 11).value();
    String today = LocalDate.now(ZoneId.of("Europe/Oslo")).format(DATE);
    String personUrl;
    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, "kommune.oslo");
      page.navigate(TestEnvironment.baseUrl() + "app/settlement.xhtml");
      page.fill("#settlementForm\\:nationalId", nationalId);
      page.locator("#settlementForm\\:nationalIdFilled").getByText("fylt ut").waitFor();
      page.fill("#settlementForm\\:givenName", "Yonas");
      page.fill("#settlementForm\\:familyName", family);
      typeDate(page, "settlementForm", "settlementDate", LocalDate.of(2024, 3, 4));
      choose(page, "settlementForm", "targetGroup", "Flyktning");
      choose(page, "settlementForm", "household", "Enslig voksen");
      assertThat(Axe.violations(page)).isEmpty();
      page.click("#settlementForm\\:save");
      page.waitForURL("**/app/settlements.xhtml");
      page.locator("[id='listForm:settlements:nameColumn:filter']").pressSequentially(family);
      Locator row = page.locator("#listForm\\:settlements_data tr:has-text('" + family + "')");
      row.locator("a").first().click();
      page.waitForURL("**/app/person.xhtml?id=*");
      personUrl = page.url();
      assertThat(page.textContent("#household")).contains("Enslig voksen", "R-IG-4");
      assertThat(page.textContent("#registeredOn")).contains(today, "R-IG-5");
      assertThat(page.locator("[id='paymentFactsForm']").count()).as("municipality").isZero();
    }
    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, "imdi.saksbehandler");
      page.navigate(personUrl);
      choose(page, "paymentFactsForm", "household", "Voksen i familie");
      typeDate(page, "paymentFactsForm", "registeredOn", LocalDate.of(2024, 3, 1));
      page.locator("[id='paymentFactsForm:reason']").pressSequentially("Feil i registreringen");
      page.waitForResponse(
          r -> r.url().contains("app/person.xhtml") && "POST".equals(r.request().method()),
          () -> page.click("[id='paymentFactsForm:correctFacts']"));
      page.waitForLoadState();
      assertThat(page.textContent("[id='paymentFactsForm']"))
          .contains("kan ikke være før bosettingen (04.03.2024)");
      assertThat(page.inputValue("[id='paymentFactsForm:registeredOn_input']"))
          .isEqualTo("01.03.2024");
      assertThat(page.inputValue("[id='paymentFactsForm:household_input']"))
          .isEqualTo("ADULT_IN_FAMILY");
      assertThat(page.textContent("#household")).contains("Enslig voksen");
      assertThat(Axe.violations(page)).as("with the field's message").isEmpty();

      typeDate(page, "paymentFactsForm", "registeredOn", LocalDate.of(2024, 3, 5));
      page.click("[id='paymentFactsForm:correctFacts']");
      page.waitForURL("**/app/person.xhtml?id=*");
      assertThat(page.textContent("#globalMessages")).contains("er rettet");
      assertThat(page.textContent("#household")).contains("Voksen i familie");
      assertThat(page.textContent("#registeredOn")).contains("05.03.2024");
      assertThat(page.textContent("[id='moveAudit']"))
          .contains(
              "Husstand eller registreringsdato rettet",
              "SINGLE_ADULT " + today + " => ADULT_IN_FAMILY 05.03.2024",
              "Feil i registreringen",
              "imdi.saksbehandler");
      Browser.screenshot(page, "payment-facts-corrected");
    }
  }

  private static void typeDate(Page page, String form, String field, LocalDate date) {
    Locator input = page.locator("[id='" + form + ":" + field + "_input']");
    input.fill(date.format(DATE));
    input.press("Escape");
  }

  private static void choose(Page page, String form, String field, String label) {
    page.locator("[id='" + form + ":" + field + "_input']")
        .selectOption(
            new SelectOption().setLabel(label), new Locator.SelectOptionOptions().setForce(true));
  }
}

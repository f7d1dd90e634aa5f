package no.imdi.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The payees page in real Chromium: the administrator finds Stavanger through the menu and the
 * server-side filter, types an account with a wrong check digit by keyboard and gets the message at
 * the field with what was typed kept, then a valid one whose IBAN is derived on the page, saves it
 * and sees it audited; the page in English; other roles are refused. axe-core finds no WCAG 2.1 A
 * or AA violation; nothing is refused by the Content Security Policy.
 */
class PayeePagesIT {

  private static final String STAVANGER = "1103";

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
  void theAdministratorCorrectsAnAccountAndTheChangeIsAudited() throws Exception {
    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = Browser.loggedIn(context, "admin");
      List<String> refused = new ArrayList<>();
      page.onConsoleMessage(
          m -> {
            if (m.text().contains("Content Security Policy") || m.text().contains("Refused to")) {
              refused.add(m.text());
            }
          });
      page.click("#navPayees");
      page.waitForURL("**/admin/payees.xhtml");
      assertThat(page.textContent("h1")).isEqualTo("Betalingsmottakere");
      assertThat(page.textContent("#debtorFacts")).contains("NO93 8601 1117 947", "Ikke bekreftet");
      assertThat(Axe.violations(page)).isEmpty();

      page.fill("#payeesForm\\:textFilter", "Stavanger");
      page.click("#payeesForm\\:filter");
      page.waitForLoadState();
      Locator rows = page.locator("[id='payeesForm:payees_data'] tr");
      assertThat(rows.count()).isEqualTo(1);
      assertThat(rows.first().textContent()).contains("1103 Stavanger", "Rogaland", "9710.");
      Download csv = page.waitForDownload(() -> page.click("#payeesForm\\:export"));
      String exported = Files.readString(csv.path(), StandardCharsets.UTF_8);
      assertThat(exported.lines())
          .hasSize(2)
          .first()
          .asString()
          .contains(
              "\"kommunenummer\";\"kommune\";\"fylke\";\"organisasjonsnummer\";"
                  + "\"kontonummer\";\"IBAN\"");
      assertThat(exported).contains("\"1103\";\"Stavanger\";\"Rogaland\";\"96110");
      rows.first().locator("a").click();
      page.waitForURL("**/admin/payees.xhtml?municipality=" + STAVANGER + "*");
      String before = page.textContent("#currentAccount");

      Locator account = page.locator("[id='payeeForm:accountNumber']");
      account.focus();
      account.press("Control+a");
      account.pressSequentially("1234.56.78904");
      page.keyboard().press("Tab");
      page.waitForFunction(
          "() => document.getElementById('payeeForm:derivedIban').textContent"
              + " === 'Regnes ut når kontonummeret er gyldig'");
      page.locator("[id='payeeForm:reason']").pressSequentially("Brev fra Stavanger kommune");
      page.locator("[id='payeeForm:save']").focus();
      page.waitForResponse(
          r -> r.url().contains("admin/payees.xhtml") && "POST".equals(r.request().method()),
          () -> page.keyboard().press("Enter"));
      page.waitForLoadState();
      assertThat(page.textContent("[id='payeeForm']"))
          .contains("Kontonummeret er ugyldig (kontrollsifferet stemmer ikke)");
      assertThat(page.inputValue("[id='payeeForm:accountNumber']")).isEqualTo("1234.56.78904");
      assertThat(page.getAttribute("[id='payeeForm:accountNumber']", "aria-invalid"))
          .isEqualTo("true");
      assertThat(page.inputValue("[id='payeeForm:reason']"))
          .isEqualTo("Brev fra Stavanger kommune");
      assertThat(page.textContent("#currentAccount")).isEqualTo(before);
      assertThat(Axe.violations(page)).as("with the field's message").isEmpty();
      Browser.screenshot(page, "payee-wrong-check-digit");

      account.fill("");
      account.pressSequentially("1234 56 78903");
      page.keyboard().press("Tab");
      page.waitForFunction(
          "() => document.getElementById('payeeForm:derivedIban').textContent"
              + " === 'NO71 1234 5678 903'");
      page.click("[id='payeeForm:save']");
      page.waitForURL("**/admin/payees.xhtml?municipality=" + STAVANGER);
      assertThat(page.textContent("#globalMessages")).contains("er lagret");
      assertThat(page.textContent("#currentAccount")).isEqualTo("1234.56.78903");
      assertThat(page.textContent("#currentIban")).isEqualTo("NO71 1234 5678 903");
      assertThat(page.textContent("[id='history']"))
          .contains("admin", before, "1234.56.78903", "Brev fra Stavanger kommune");
      Browser.screenshot(page, "payee-saved");

      page.navigate(TestEnvironment.baseUrl() + "admin/payees.xhtml");
      page.fill("[id='debtorForm:debtorBic']", "DNB");
      page.fill("[id='debtorForm:debtorReason']", "Bankavtale");
      page.waitForResponse(
          r -> r.url().contains("admin/payees.xhtml") && "POST".equals(r.request().method()),
          () -> page.click("[id='debtorForm:saveDebtor']"));
      page.waitForLoadState();
      assertThat(page.textContent("[id='debtorForm']")).contains("BIC må ha 8 eller 11 tegn");
      assertThat(page.inputValue("[id='debtorForm:debtorBic']")).isEqualTo("DNB");
      assertThat(page.textContent("#debtorFacts")).contains("Ikke bekreftet");
      assertThat(Axe.violations(page)).as("with the payer form's message").isEmpty();
      assertThat(refused).as("refused by the Content Security Policy").isEmpty();
    }
    try (var c = TestEnvironment.connection();
        var ps =
            c.prepareStatement(
                "select changed_by, new_account_number from municipality_payee_audit"
                    + " where municipality = ? order by id desc limit 1")) {
      ps.setString(1, STAVANGER);
      try (ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getString(1)).isEqualTo("admin");
        assertThat(rs.getString(2)).isEqualTo("12345678903");
      }
    }
  }

  @Test
  void thePageSpeaksEnglishAndOtherRolesAreRefused() {
    try (BrowserContext context = browser.context("en-GB")) {
      Page page = Browser.loggedIn(context, "admin");
      page.navigate(TestEnvironment.baseUrl() + "admin/payees.xhtml?municipality=0301");
      assertThat(page.textContent("h1")).isEqualTo("Payees");
      assertThat(page.textContent("#payeeFacts")).contains("Organisation number", "IBAN");
      assertThat(Axe.violations(page)).isEmpty();
    }
    for (String user : List.of("imdi.saksbehandler", "imdi.godkjenner", "kommune.oslo")) {
      try (BrowserContext context = browser.context("nb-NO")) {
        Page page = Browser.loggedIn(context, user);
        assertThat(page.locator("#navPayees").count()).as(user).isZero();
        assertThat(page.navigate(TestEnvironment.baseUrl() + "admin/payees.xhtml").status())
            .as(user)
            .isEqualTo(403);
      }
    }
  }
}

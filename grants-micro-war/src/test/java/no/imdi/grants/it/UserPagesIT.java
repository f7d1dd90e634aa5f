package no.imdi.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The users page and the access-log review in real Chromium, under the pages' Content Security
 * Policy: the administrator creates a municipal caseworker with the PrimeFaces menus, sees the
 * one-time password once, disables the user through the confirmation dialog, and reviews the access
 * log; no script or style is refused by the policy.
 */
class UserPagesIT {

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
  void theAdministratorCreatesDisablesAndReviewsInTheBrowser() throws Exception {
    long person = TestData.person(TestData.OSLO, "Nettlesen")[0];
    try (var c = TestEnvironment.connection();
        var ps =
            c.prepareStatement(
                "insert into person_access_log (username, accessed_at, person_id, purpose)"
                    + " values ('kommune.bergen', timestamptz '2026-03-07 23:15 Europe/Oslo', ?,"
                    + " 'Vise person')")) {
      ps.setLong(1, person);
      ps.executeUpdate();
    }
    String username = "nett." + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = context.newPage();
      List<String> refused = new ArrayList<>();
      page.onConsoleMessage(
          m -> {
            if (m.text().contains("Content Security Policy") || m.text().contains("Refused to")) {
              refused.add(m.text());
            }
          });
      page.navigate(TestEnvironment.baseUrl() + "login.xhtml");
      page.fill("#loginForm\\:username", "admin");
      page.fill("#loginForm\\:password", "Tilskudd-demo-2026");
      page.click("#loginForm\\:submit");
      page.waitForURL("**/app/dashboard.xhtml");
      page.click("a:text('Brukere')");
      page.waitForURL("**/admin/users.xhtml");

      page.fill("#newUserForm\\:username", username);
      page.fill("#newUserForm\\:displayName", "Nett Bruker");
      page.fill("#newUserForm\\:email", username + "@example.org");
      page.click("#newUserForm\\:role");
      page.click("#newUserForm\\:role_items li[data-label='Saksbehandler i kommunen']");
      page.click("#newUserForm\\:municipality");
      page.fill("#newUserForm\\:municipality_filter", "Bergen");
      page.click("#newUserForm\\:municipality_items li[data-label='Bergen (4601)']");
      page.click("#newUserForm\\:create");
      page.waitForLoadState();
      assertThat(page.textContent("#globalMessages"))
          .contains("Brukeren " + username + " er opprettet");
      assertThat(page.textContent("#oneTimePassword")).matches("([a-z0-9]{4}-){3}[a-z0-9]{4}");
      screenshot(page, "users-created");

      page.navigate(TestEnvironment.baseUrl() + "admin/users.xhtml?user=" + username);
      assertThat(page.textContent("#userFacts")).contains("Bergen (4601)", "må bytte passord");
      page.click("#userForm\\:disable");
      page.click(".ui-confirmdialog-yes");
      page.waitForURL("**/admin/users.xhtml?user=" + username);
      assertThat(page.textContent("#globalMessages")).contains(username + " er deaktivert");
      assertThat(page.textContent("#userStatus")).contains("Deaktivert");
      assertThat(page.textContent("[id='history']")).contains("Deaktivert", "Opprettet");
      screenshot(page, "users-disabled");
      // the users list downloads as a workbook with every user (no filter chosen), logged
      page.navigate(TestEnvironment.baseUrl() + "admin/users.xhtml");
      Download users = page.waitForDownload(() -> page.click("[id='usersForm:exportXlsx']"));
      try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(users.path().toFile())) {
        var sheet = book.getSheetAt(0);
        assertThat((long) sheet.getLastRowNum())
            .isEqualTo(CaseTestData.count("select count(*) from app_user"));
        List<String> names = new ArrayList<>();
        sheet.forEach(row -> names.add(row.getCell(0).getStringCellValue()));
        assertThat(names).contains("brukernavn", "admin", username);
      }
      assertThat(
              CaseTestData.count(
                  "select count(*) from export_log where list_name = 'users'"
                      + " and username = 'admin' and completed"))
          .isPositive();

      page.click("a:text('Tilgangslogg')");
      page.waitForURL("**/app/access-log.xhtml");
      page.click("#accessLogForm\\:flaggedOnly .ui-chkbox-box");
      page.click("#accessLogForm\\:search");
      page.waitForLoadState();
      assertThat(page.textContent("h1")).isEqualTo("Tilgangslogg");
      assertThat(page.textContent("[id='accessLogForm:reads']"))
          .contains("Nettlesen", "kommune.bergen", "Utenfor kommunen", "Utenfor arbeidstid");
      screenshot(page, "access-log");

      page.click("a:text('Bytt passord')");
      page.waitForURL("**/app/password.xhtml");
      screenshot(page, "password");
      assertThat(refused).as("refused by the Content Security Policy").isEmpty();
    }
  }

  private static void screenshot(Page page, String name) {
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Path.of(System.getProperty("grants.it.workDir", "target/it"), name + ".png"))
            .setFullPage(true));
  }
}

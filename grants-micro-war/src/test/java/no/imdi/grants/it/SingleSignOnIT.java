package no.imdi.grants.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Single sign-on through a real Keycloak on loopback (started by {@link TestEnvironment} with the
 * project's realm) in real Chromium: IMDi's caseworker sees every municipality's persons, Oslo's
 * caseworker only Oslo's; a municipality caseworker whose token lacks the municipality claim, and a
 * user without a role, get the refusal page and no session; the logout ends Keycloak's session too
 * (the next login asks for the password again); local login works in the same run.
 */
class SingleSignOnIT {

  private static Browser browser;

  @BeforeAll
  static void startBrowser() {
    assertThat(TestEnvironment.keycloakProblem()).as("Keycloak could not be started").isNull();
    assumeTrue(
        TestEnvironment.keycloak() != null,
        "the tests run against a server of their own (grants.it.baseUrl), without Keycloak");
    browser = new Browser();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void imdisCaseworkerLogsInThroughKeycloakAndSeesEveryMunicipality() throws Exception {
    String family = "Ssoimdi" + ThreadLocalRandom.current().nextInt(1_000_000);
    TestData.person(TestData.OSLO, family);
    TestData.person(TestData.BERGEN, family);
    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = context.newPage();
      page.navigate(TestEnvironment.baseUrl() + "app/settlements.xhtml?name=" + family);
      page.waitForURL("**/login.xhtml");
      assertThat(page.textContent("#ssoLogin")).isEqualTo("Logg inn med Keycloak");
      assertThat(Axe.violations(page)).as("the login page with both logins").isEmpty();
      keycloakLogin(page, "sso.imdi");
      page.waitForURL("**/app/settlements.xhtml?name=" + family);
      assertThat(page.textContent("#currentUser")).isEqualTo("Ingrid Direktoratet");
      assertThat(rows(page, family))
          .hasSize(2)
          .anyMatch(r -> r.contains("Oslo"))
          .anyMatch(r -> r.contains("Bergen"));
      String session =
          context.cookies().stream()
              .filter(c -> c.name.equals("JSESSIONID"))
              .findFirst()
              .orElseThrow()
              .value;
      assertThat(concurrentListPages(session, 8, 25))
          .as("every request of the SSO session keeps the role (payara/Payara#6145)")
          .isEqualTo(200);
    }
    try (Connection c = TestEnvironment.connection();
        PreparedStatement ps =
            c.prepareStatement(
                "select role, municipality_number, password_hash, sso_issuer, sso_subject"
                    + " from app_user where username = 'sso.imdi'");
        ResultSet rs = ps.executeQuery()) {
      assertThat(rs.next()).as("the SSO user is created").isTrue();
      assertThat(rs.getString("role")).isEqualTo("IMDI_CASEWORKER");
      assertThat(rs.getString("municipality_number")).isNull();
      assertThat(rs.getString("password_hash")).as("no local password").isNull();
      assertThat(rs.getString("sso_issuer")).isEqualTo(TestEnvironment.keycloak().issuer());
      assertThat(rs.getString("sso_subject")).isNotBlank();
    }
  }

  @Test
  void oslosCaseworkerSeesOnlyOslosPersonsAndTheLogoutEndsKeycloaksSessionToo() throws Exception {
    String family = "Ssooslo" + ThreadLocalRandom.current().nextInt(1_000_000);
    TestData.person(TestData.OSLO, family);
    TestData.person(TestData.BERGEN, family);
    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = context.newPage();
      page.navigate(TestEnvironment.baseUrl() + "login.xhtml");
      keycloakLogin(page, "sso.oslo");
      page.waitForURL("**/app/dashboard.xhtml");
      page.navigate(TestEnvironment.baseUrl() + "app/settlements.xhtml?name=" + family);
      assertThat(rows(page, family)).as("Oslo's person only").hasSize(1);
      assertThat(
              count(
                  "select count(*) from settlement s join person p on p.id = s.person_id"
                      + " where p.family_name = '"
                      + family
                      + "'"))
          .as("Bergen's is in the register")
          .isEqualTo(2);

      page.click("#logoutForm\\:logout");
      page.waitForURL("**/login.xhtml?loggedOut=true");
      assertThat(page.textContent("main")).contains("Du er logget ut");
      page.navigate(TestEnvironment.baseUrl() + "app/settlements.xhtml");
      page.waitForURL("**/login.xhtml");
      page.click("#ssoLogin");
      page.waitForURL(url -> url.contains("/realms/" + KeycloakServer.REALM + "/"));
      assertThat(page.isVisible("#password"))
          .as("Keycloak's session ended: it asks for the password again")
          .isTrue();
    }
  }

  @Test
  void aMunicipalityCaseworkerWithoutTheMunicipalityClaimIsRefusedWithoutASession()
      throws Exception {
    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = context.newPage();
      page.navigate(TestEnvironment.baseUrl() + "login.xhtml");
      keycloakLogin(page, "sso.nomunicipality");
      page.waitForURL("**/sso-refused.xhtml?reason=NO_MUNICIPALITY");
      assertThat(page.textContent("h1")).isEqualTo("Innlogging avvist");
      assertThat(page.textContent("#ssoRefusal"))
          .contains("ikke hvilken kommune", "kommunenummer med fire sifre");
      assertThat(Axe.violations(page)).isEmpty();
      Browser.screenshot(page, "sso-refused");
      page.navigate(TestEnvironment.baseUrl() + "app/settlements.xhtml");
      page.waitForURL("**/login.xhtml");
    }
    assertThat(count("select count(*) from app_user where username = 'sso.nomunicipality'"))
        .isZero();
    assertThat(
            count(
                "select count(*) from security_event where kind = 'LOGIN_FAILED'"
                    + " and username = 'sso.nomunicipality' and detail like '%NO_MUNICIPALITY%'"))
        .isPositive();
  }

  @Test
  void aUserWithoutARoleIsRefusedInEnglishToo() throws Exception {
    try (BrowserContext context = browser.context("en-GB")) {
      Page page = context.newPage();
      page.navigate(TestEnvironment.baseUrl() + "login.xhtml");
      assertThat(page.textContent("#ssoLogin")).isEqualTo("Log in with Keycloak");
      keycloakLogin(page, "sso.norole");
      page.waitForURL("**/sso-refused.xhtml?reason=NO_ROLE");
      assertThat(page.textContent("h1")).isEqualTo("Login refused");
      assertThat(page.textContent("#ssoRefusal")).contains("no role in Tilskudd");
    }
  }

  @Test
  void localLoginKeepsWorkingBesideSingleSignOnAndTheAdministratorSeesTheSsoUser()
      throws Exception {
    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = context.newPage();
      page.navigate(TestEnvironment.baseUrl() + "login.xhtml");
      keycloakLogin(page, "sso.imdi");
      page.waitForURL("**/app/dashboard.xhtml");
      assertThat(page.locator("a:text('Bytt passord')").count())
          .as("no local password to change")
          .isZero();
    }
    try (BrowserContext context = browser.context("nb-NO")) {
      Page page = context.newPage();
      page.navigate(TestEnvironment.baseUrl() + "login.xhtml");
      assertThat(page.isVisible("#ssoLogin")).isTrue();
      Browser.screenshot(page, "sso-login");
      page.fill("#loginForm\\:username", "admin");
      page.fill("#loginForm\\:password", "Tilskudd-demo-2026");
      page.click("#loginForm\\:submit");
      page.waitForURL("**/app/dashboard.xhtml");
      page.navigate(TestEnvironment.baseUrl() + "admin/users.xhtml?user=sso.imdi");
      assertThat(page.textContent("#userStatus")).contains("Innlogging via identitetsleverandør");
      assertThat(page.textContent("#userFacts")).contains("Ingrid Direktoratet");
    }
  }

  @Test
  void aForgedAnswerOfTheProviderGivesNoSessionAndIsLogged() throws Exception {
    String base = TestEnvironment.baseUrl();
    String host = java.net.URI.create(base).getAuthority();
    String marker = "forged" + ThreadLocalRandom.current().nextInt(1_000_000);
    RawHttp.Answer forged =
        RawHttp.get(base, "/sso/callback?state=" + marker + "&code=" + marker, host, null);
    assertThat(forged.status()).isEqualTo(302);
    assertThat(forged.header("Location")).hasValue("/sso-refused.xhtml?reason=FAILED");
    RawHttp.Answer start = RawHttp.get(base, "/sso/login", host, null);
    assertThat(start.status()).isEqualTo(302);
    assertThat(start.header("Location"))
        .hasValueSatisfying(
            location ->
                assertThat(location)
                    .startsWith(
                        TestEnvironment.keycloak().issuer() + "/protocol/openid-connect/auth?")
                    .contains(
                        "code_challenge_method=S256", "state=", "nonce=", "client_id=tilskudd"));
    String session =
        start.headers().getOrDefault("set-cookie", java.util.List.of()).stream()
            .filter(c -> c.startsWith("JSESSIONID="))
            .map(c -> c.substring(0, c.indexOf(';')))
            .findFirst()
            .orElseThrow();
    RawHttp.Answer wrongState =
        RawHttp.get(base, "/sso/callback?state=" + marker + "&code=" + marker, host, session);
    assertThat(wrongState.header("Location"))
        .as("the session's login waits for another state")
        .hasValue("/sso-refused.xhtml?reason=FAILED");
    assertThat(
            count(
                "select count(*) from security_event where kind = 'LOGIN_FAILED'"
                    + " and target = 'sso' and detail like '%(state)%'"))
        .isGreaterThanOrEqualTo(2);
  }

  /** From the application's login page through Keycloak's login form. */
  private static void keycloakLogin(Page page, String username) {
    page.click("#ssoLogin");
    page.waitForURL(url -> url.contains("/realms/" + KeycloakServer.REALM + "/"));
    page.fill("#username", username);
    page.fill("#password", KeycloakServer.PASSWORD);
    page.click("#kc-login");
  }

  /** How many of {@code threads * each} concurrent list requests of the session got the list. */
  private static int concurrentListPages(String session, int threads, int each) throws Exception {
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    java.net.http.HttpRequest request =
        java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(TestEnvironment.baseUrl() + "app/settlements.xhtml"))
            .header("Cookie", "JSESSIONID=" + session)
            .build();
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(threads);
    try {
      java.util.List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
      for (int t = 0; t < threads; t++) {
        results.add(
            pool.submit(
                () -> {
                  int ok = 0;
                  for (int i = 0; i < each; i++) {
                    var r = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200 && r.body().contains("listForm:settlements")) {
                      ok++;
                    }
                  }
                  return ok;
                }));
      }
      int ok = 0;
      for (var f : results) {
        ok += f.get();
      }
      return ok;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The rows of the settlements list that show this family name. */
  private static java.util.List<String> rows(Page page, String family) {
    return page.locator("[id='listForm:settlements_data'] tr")
        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(family))
        .allTextContents();
  }

  private static long count(String sql) throws Exception {
    try (Connection c = TestEnvironment.connection();
        PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}

package no.imdi.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * User administration against the running application, over HTTP as a browser sends it: a user
 * created on the users page logs in with the one-time password and reaches nothing but the
 * change-password page until it is changed; a disabled user's session ends at its next request; and
 * the last enabled administrator can neither be disabled nor lose the role.
 */
class UsersIT {

  private static final String PASSWORD = "Tilskudd-demo-2026";
  private static final String NEW_PASSWORD = "grønne enger og blå fjell i mai";
  private static final Pattern ONE_TIME =
      Pattern.compile("id=\"oneTimePassword\"[^>]*>([a-z0-9-]+)<");

  @Test
  void aNewUserLogsInWithTheOneTimePasswordAndReachesOnlyTheChangePasswordPageUntilItIsChanged()
      throws Exception {
    WebClient admin = loggedIn("admin");
    String username = newUsername();
    String oneTime = create(admin, username, "MUNICIPALITY_CASEWORKER", "0301");

    WebClient user = new WebClient(TestEnvironment.baseUrl());
    HttpResponse<String> login = user.login(username, oneTime);
    assertThat(login.uri().getPath()).endsWith("/app/password.xhtml");
    assertThat(login.body()).contains("engangspassord");
    for (String page :
        new String[] {"app/settlements.xhtml", "app/calculator.xhtml", "admin/users.xhtml"}) {
      HttpResponse<String> other = user.get(page);
      assertThat(other.uri().getPath()).as(page).endsWith("/app/password.xhtml");
      assertThat(other.statusCode()).as(page).isEqualTo(200);
    }

    HttpResponse<String> common = changePassword(user, oneTime, "Passord12345");
    assertThat(common.uri().getPath()).endsWith("/app/password.xhtml");
    assertThat(common.body()).contains("Dette passordet er for vanlig");
    assertThat(
            number(
                "select count(*) from app_user where username = ? and must_change_password",
                username))
        .isEqualTo(1);

    HttpResponse<String> changed = changePassword(user, oneTime, NEW_PASSWORD);
    assertThat(changed.uri().getPath()).endsWith("/app/dashboard.xhtml");
    assertThat(changed.body()).contains("Passordet er byttet");
    assertThat(user.get("app/settlements.xhtml").uri().getPath())
        .endsWith("/app/settlements.xhtml");
    assertThat(new WebClient(TestEnvironment.baseUrl()).login(username, oneTime).uri().getPath())
        .endsWith("/login.xhtml");
    assertThat(actions(username)).containsExactly("CREATED", "PASSWORD_CHANGED");
  }

  @Test
  void aDisabledUsersSessionEndsAtItsNextRequest() throws Exception {
    WebClient admin = loggedIn("admin");
    String username = newUsername();
    WebClient user = readyUser(admin, username, "IMDI_CASEWORKER", "");
    assertThat(user.get("app/security-events.xhtml").statusCode()).isEqualTo(200);

    HttpResponse<String> disabled = userAction(admin, username, "disable", Map.of());
    assertThat(disabled.body()).contains(username + " er deaktivert");

    HttpResponse<String> next = user.get("app/security-events.xhtml");
    assertThat(next.uri().getPath()).endsWith("/login.xhtml");
    assertThat(next.body()).contains("Økten din er avsluttet");
    assertThat(user.get("app/settlements.xhtml").uri().getPath()).endsWith("/login.xhtml");
    assertThat(
            number(
                "select count(*) from security_event where username = ? and kind = 'SESSION_ENDED'",
                username))
        .isEqualTo(1);
    assertThat(user.login(username, NEW_PASSWORD).uri().getPath()).endsWith("/login.xhtml");
    assertThat(actions(username)).containsExactly("CREATED", "PASSWORD_CHANGED", "DISABLED");
    assertThat(
            number(
                "select count(*) from user_audit where username = ? and action = 'DISABLED'"
                    + " and changed_by = 'admin'",
                username))
        .isEqualTo(1);
  }

  @Test
  void aNewMunicipalityEndsTheSessionAndTheNextLoginSeesTheNewMunicipality() throws Exception {
    WebClient admin = loggedIn("admin");
    String username = newUsername();
    WebClient user = readyUser(admin, username, "MUNICIPALITY_CASEWORKER", "0301");
    long osloPerson = TestData.person(TestData.OSLO, "Flyttesen")[0];
    long bergenPerson = TestData.person(TestData.BERGEN, "Flyttesen")[0];
    assertThat(user.get("app/person.xhtml?id=" + osloPerson).statusCode()).isEqualTo(200);

    HttpResponse<String> assigned =
        userAction(admin, username, "assign", Map.of("userForm:municipality_input", "4601"));
    assertThat(assigned.body()).contains("Rollen og kommunen til " + username + " er lagret");

    assertThat(user.get("app/person.xhtml?id=" + osloPerson).uri().getPath())
        .endsWith("/login.xhtml");
    user.login(username, NEW_PASSWORD);
    assertThat(user.get("app/person.xhtml?id=" + osloPerson).statusCode()).isEqualTo(404);
    assertThat(user.get("app/person.xhtml?id=" + bergenPerson).statusCode()).isEqualTo(200);
    assertThat(
            number(
                "select count(*) from user_audit where username = ? and action = 'ASSIGNED'"
                    + " and old_municipality = '0301' and new_municipality = '4601'",
                username))
        .isEqualTo(1);
  }

  @Test
  void aPasswordResetEndsTheSessionAndTheOneTimePasswordMustBeChangedAgain() throws Exception {
    WebClient admin = loggedIn("admin");
    String username = newUsername();
    WebClient user = readyUser(admin, username, "MINISTRY", "");

    HttpResponse<String> reset = userAction(admin, username, "reset", Map.of());
    String oneTime = oneTimePassword(reset.body());

    assertThat(user.get("app/calculator.xhtml").uri().getPath()).endsWith("/login.xhtml");
    assertThat(user.login(username, NEW_PASSWORD).uri().getPath()).endsWith("/login.xhtml");
    assertThat(user.login(username, oneTime).uri().getPath()).endsWith("/app/password.xhtml");
    assertThat(admin.get("admin/users.xhtml?user=" + username).body())
        .doesNotContain(oneTime)
        .contains("Engangspassord gitt");
  }

  @Test
  void theLastEnabledAdministratorCanNeitherBeDisabledNorLoseTheRole() throws Exception {
    assertThat(number("select count(*) from app_user where role = 'ADMIN' and enabled"))
        .as("the demo has one administrator")
        .isEqualTo(1);
    WebClient admin = loggedIn("admin");

    HttpResponse<String> disable = userAction(admin, "admin", "disable", Map.of());
    assertThat(disable.body()).contains("Den siste aktive administratoren kan ikke deaktiveres");
    HttpResponse<String> demote =
        userAction(admin, "admin", "assign", Map.of("userForm:role_input", "IMDI_CASEWORKER"));
    assertThat(demote.body())
        .contains("Den siste aktive administratoren kan ikke miste administratorrollen");

    assertThat(number("select count(*) from app_user where username = 'admin' and enabled"))
        .isEqualTo(1);
    assertThat(number("select count(*) from app_user where username = 'admin' and role = 'ADMIN'"))
        .isEqualTo(1);
    assertThat(admin.get("admin/users.xhtml").statusCode()).isEqualTo(200);
  }

  /** Hostile values for every field of the new forms: none may give a server error. */
  @Test
  void noValueInTheFormsOfUsersPasswordsOrTheAccessLogGivesAServerError() throws Exception {
    List<String> values =
        List.of(
            "x".repeat(20_000),
            "Ola\u0000",
            "ÆØÅ æøå Kárášjohka 😀 نص",
            "99999999999999999999999",
            "-1",
            "31.02.2023",
            "<script>alert(1)</script>",
            "' or 1=1 --");
    WebClient admin = loggedIn("admin");
    String username = newUsername();
    WebClient user = readyUser(admin, username, "MUNICIPALITY_CASEWORKER", "0301");
    record Form(WebClient client, String page, String form, String submit) {}
    List<Form> forms =
        List.of(
            new Form(admin, "admin/users.xhtml", "newUserForm", "create"),
            new Form(admin, "admin/users.xhtml?user=" + username, "userForm", "assign"),
            new Form(admin, "app/access-log.xhtml", "accessLogForm", "search"),
            new Form(user, "app/access-log.xhtml", "accessLogForm", "export"),
            new Form(user, "app/password.xhtml", "passwordForm", "change"));
    List<String> failures = new ArrayList<>();
    int posts = 0;
    for (Form form : forms) {
      Map<String, String> fields =
          FormFields.of(form.client().get(form.page()).body(), form.form());
      fields.put(form.form() + ":currentPassword", "");
      fields.put(form.form() + ":newPassword", "");
      fields.put(form.form() + ":repeatPassword", "");
      for (String field : fields.keySet()) {
        if (!field.startsWith(form.form() + ":") || !fieldOf(form.form(), field)) {
          continue;
        }
        for (String value : values) {
          Map<String, String> post =
              FormFields.of(form.client().get(form.page()).body(), form.form());
          post.put(field, value);
          post.put(form.form() + ":" + form.submit(), "");
          HttpResponse<String> response = form.client().postForm(form.page(), post);
          posts++;
          if (response.statusCode() >= 500) {
            failures.add(
                form.form() + " " + field + "=" + value.substring(0, Math.min(20, value.length())));
          }
        }
      }
    }
    assertThat(posts).isGreaterThan(100);
    assertThat(failures).as("server errors").isEmpty();
    assertThat(
            number("select count(*) from app_user where username like 'x%' or username like '<%'"))
        .isZero();
  }

  private static boolean fieldOf(String form, String field) {
    return !field.endsWith("_filter") && !field.endsWith("_focus");
  }

  /** Creates the user on the users page and returns the one-time password the page shows. */
  private static String create(WebClient admin, String username, String role, String municipality)
      throws Exception {
    Map<String, String> form = FormFields.of(admin.get("admin/users.xhtml").body(), "newUserForm");
    form.put("newUserForm:username", username);
    form.put("newUserForm:displayName", "Test " + username);
    form.put("newUserForm:email", username + "@example.org");
    form.put("newUserForm:role_input", role);
    form.put("newUserForm:municipality_input", municipality);
    form.put("newUserForm:create", "");
    HttpResponse<String> created = admin.postForm("admin/users.xhtml", form);
    assertThat(created.body()).contains("Brukeren " + username + " er opprettet");
    return oneTimePassword(created.body());
  }

  /** A user created for the test, logged in, with the one-time password changed. */
  private static WebClient readyUser(
      WebClient admin, String username, String role, String municipality) throws Exception {
    String oneTime = create(admin, username, role, municipality);
    WebClient user = new WebClient(TestEnvironment.baseUrl());
    user.login(username, oneTime);
    HttpResponse<String> changed = changePassword(user, oneTime, NEW_PASSWORD);
    assertThat(changed.body()).contains("Passordet er byttet");
    return user;
  }

  private static HttpResponse<String> changePassword(WebClient user, String current, String next)
      throws Exception {
    Map<String, String> form = FormFields.of(user.get("app/password.xhtml").body(), "passwordForm");
    form.put("passwordForm:currentPassword", current);
    form.put("passwordForm:newPassword", next);
    form.put("passwordForm:repeatPassword", next);
    form.put("passwordForm:change", "");
    return user.postForm("app/password.xhtml", form);
  }

  /** Presses a button of the user's form on the users page, with the given fields changed. */
  private static HttpResponse<String> userAction(
      WebClient admin, String username, String button, Map<String, String> changes)
      throws Exception {
    String page = "admin/users.xhtml?user=" + username;
    Map<String, String> form = FormFields.of(admin.get(page).body(), "userForm");
    form.putAll(changes);
    form.put("userForm:" + button, "");
    return admin.postForm(page, form);
  }

  private static String oneTimePassword(String html) {
    Matcher m = ONE_TIME.matcher(html);
    assertThat(m.find()).as("a one-time password on the page").isTrue();
    return m.group(1);
  }

  private static WebClient loggedIn(String username) throws Exception {
    WebClient client = new WebClient(TestEnvironment.baseUrl());
    client.login(username, PASSWORD);
    return client;
  }

  private static String newUsername() {
    return "it." + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
  }

  private static List<String> actions(String username) throws Exception {
    List<String> actions = new ArrayList<>();
    try (var c = TestEnvironment.connection();
        var ps =
            c.prepareStatement("select action from user_audit where username = ? order by id")) {
      ps.setString(1, username);
      try (var rs = ps.executeQuery()) {
        while (rs.next()) {
          actions.add(rs.getString(1));
        }
      }
    }
    return actions;
  }

  private static long number(String sql, Object... parameters) throws Exception {
    try (var c = TestEnvironment.connection();
        var ps = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        ps.setObject(i + 1, parameters[i]);
      }
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}

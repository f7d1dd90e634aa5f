package no.imdi.grants.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.imdi.grants.settlement.NationalId;
import org.junit.jupiter.api.Test;

/**
 * The defects an attack on the register found, each shown fixed against the running application:
 * related persons through the caller's scope, the register form as no oracle of the whole register,
 * refusals in the security log (another municipality's record answered as one that does not exist),
 * no 500 for a user's own mistake, login only by POST and throttled, and no caller losing their
 * roles under concurrent load.
 */
class HardeningIT {

  private static final String PASSWORD = "Tilskudd-demo-2026";
  private static final String OSLO = "0301";
  private static final String BERGEN = "4601";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  @Test
  void aMotherInAnotherMunicipalityIsAPlaceholderOnHerChildsPagesAndHerReadIsNotLogged()
      throws Exception {
    TestData.Family family = TestData.family();
    WebClient bergen = new WebClient(TestEnvironment.baseUrl());
    bergen.login("kommune.bergen", PASSWORD);

    HttpResponse<String> page = bergen.get("app/person.xhtml?id=" + family.childPerson());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .doesNotContain(family.motherName(), family.motherId())
        .doesNotContain("person.xhtml?id=" + family.motherPerson())
        .contains("Registrert i en annen kommune");
    HttpResponse<String> edit = bergen.get("app/settlement.xhtml?id=" + family.childSettlement());
    assertThat(edit.statusCode()).isEqualTo(200);
    assertThat(edit.body()).doesNotContain(family.motherId()).contains("vises ikke");
    assertThat(reads(family.motherPerson(), "kommune.bergen")).isZero();

    Map<String, String> form = FormFields.of(edit.body(), "settlementForm");
    form.put("settlementForm:save", "");
    HttpResponse<String> saved =
        bergen.postForm("app/settlement.xhtml?id=" + family.childSettlement(), form);
    assertThat(saved.uri().getPath()).endsWith("/app/person.xhtml");
    assertThat(motherOf(family.childSettlement())).isEqualTo(family.motherPerson());

    WebClient imdi = new WebClient(TestEnvironment.baseUrl());
    imdi.login("imdi.saksbehandler", PASSWORD);
    long before = reads(family.motherPerson(), "imdi.saksbehandler");
    assertThat(imdi.get("app/person.xhtml?id=" + family.childPerson()).body())
        .contains(family.motherName());
    assertThat(reads(family.motherPerson(), "imdi.saksbehandler")).isEqualTo(before + 1);
  }

  @Test
  void theRegisterFormSaysOnlyThatAPersonRegisteredElsewhereCannotBeRegisteredAndLogsIt()
      throws Exception {
    TestData.Family family = TestData.family();
    String childId = nationalIdOf(family.childPerson());
    LocalDate birth = NationalId.parse(childId, true).orElseThrow().birthDate();
    WebClient oslo = new WebClient(TestEnvironment.baseUrl());
    oslo.login("kommune.oslo", PASSWORD);
    long lookups = events("kommune.oslo", "NATIONAL_ID_LOOKUP");

    HttpResponse<String> wrongBirth = register(oslo, childId, birth.minusDays(3));
    assertThat(wrongBirth.body())
        .doesNotContain("kan ikke registreres av din kommune")
        .doesNotContain("finnes allerede");
    assertThat(events("kommune.oslo", "NATIONAL_ID_LOOKUP")).isEqualTo(lookups);

    HttpResponse<String> complete = register(oslo, childId, birth);
    assertThat(complete.body()).contains("Personen kan ikke registreres av din kommune");
    assertThat(events("kommune.oslo", "NATIONAL_ID_LOOKUP")).isEqualTo(lookups + 1);
  }

  @Test
  void everyRefusedReadIsInTheSecurityLogAndAnswersAsIfTheRecordDidNotExist() throws Exception {
    TestData.Family family = TestData.family();
    WebClient oslo = new WebClient(TestEnvironment.baseUrl());
    oslo.login("kommune.oslo", PASSWORD);
    long refusals = events("kommune.oslo", "REFUSED");
    HttpResponse<String> person = oslo.get("app/person.xhtml?id=" + family.childPerson());
    HttpResponse<String> settlement =
        oslo.get("app/settlement.xhtml?id=" + family.childSettlement());
    assertThat(person.statusCode()).isEqualTo(404);
    assertThat(settlement.statusCode()).isEqualTo(404);
    assertThat(oslo.get("admin/rates.xhtml").statusCode()).isEqualTo(403);
    assertThat(events("kommune.oslo", "REFUSED")).isEqualTo(refusals + 3);
    assertThat(lastEventTarget("kommune.oslo", "REFUSED")).contains("rates.xhtml");

    HttpResponse<String> noPerson = oslo.get("app/person.xhtml?id=999999999");
    HttpResponse<String> noSettlement = oslo.get("app/settlement.xhtml?id=999999999");
    assertThat(noPerson.statusCode()).isEqualTo(404);
    assertThat(noSettlement.statusCode()).isEqualTo(404);
    assertThat(withoutNonces(noPerson.body())).isEqualTo(withoutNonces(person.body()));
    assertThat(withoutNonces(noSettlement.body())).isEqualTo(withoutNonces(settlement.body()));
    assertThat(events("kommune.oslo", "REFUSED")).isEqualTo(refusals + 5);
    assertThat(lastEventTarget("kommune.oslo", "REFUSED")).contains("forEdit(999999999)");

    for (String user : new String[] {"admin", "departementet"}) {
      WebClient client = new WebClient(TestEnvironment.baseUrl());
      client.login(user, PASSWORD);
      long before = events(user, "REFUSED");
      assertThat(client.get("app/settlements.xhtml").statusCode()).as(user).isEqualTo(403);
      assertThat(events(user, "REFUSED")).as(user).isEqualTo(before + 1);
    }

    assertThat(oslo.get("app/security-events.xhtml").statusCode()).isEqualTo(403);
    WebClient imdi = new WebClient(TestEnvironment.baseUrl());
    imdi.login("imdi.godkjenner", PASSWORD);
    HttpResponse<String> review = imdi.get("app/security-events.xhtml");
    assertThat(review.statusCode()).isEqualTo(200);
    assertThat(review.body()).contains("Avvist tilgang", "kommune.oslo");
    Map<String, String> filter = FormFields.of(review.body(), "eventsForm");
    filter.put("eventsForm:username", "kommune.oslo");
    filter.put("eventsForm:kind_input", "REFUSED");
    filter.put("eventsForm:export", "");
    HttpResponse<String> csv = imdi.postForm("app/security-events.xhtml", filter);
    assertThat(csv.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(csv.body())
        .contains("\"tidspunkt\";\"hendelse\";\"bruker\"")
        .contains("\"kommune.oslo\"")
        .contains("rates.xhtml");
    assertThat(csv.body()).doesNotContain("\"admin\"");
  }

  @Test
  void aUsersOwnMistakeIsNeverAServerError() throws Exception {
    WebClient oslo = new WebClient(TestEnvironment.baseUrl());
    oslo.login("kommune.oslo", PASSWORD);
    for (String id : new String[] {"abc", "-1", "1e5", "99999999999999999999", "%00", "%27"}) {
      assertThat(oslo.get("app/person.xhtml?id=" + id).statusCode()).as(id).isIn(400, 404);
      assertThat(oslo.get("app/settlement.xhtml?id=" + id).statusCode()).as(id).isIn(400, 404);
    }
    HttpResponse<String> form = oslo.get("app/settlement.xhtml");
    Map<String, String> fields = FormFields.of(form.body(), "settlementForm");
    fields.put("settlementForm:givenName", "Ola\u0000");
    fields.put("settlementForm:save", "");
    HttpResponse<String> nul = oslo.postForm("app/settlement.xhtml", fields);
    assertThat(nul.statusCode()).isEqualTo(400);
    assertThat(nul.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(nul.body()).contains("ikke kan tas imot");

    Map<String, String> stale =
        FormFields.of(oslo.get("app/settlement.xhtml").body(), "settlementForm");
    stale.put("jakarta.faces.ViewState", "-1234567890:987654321");
    stale.put("settlementForm:save", "");
    HttpResponse<String> expired = oslo.postForm("app/settlement.xhtml", stale);
    assertThat(expired.statusCode()).isEqualTo(200);
    assertThat(expired.body()).contains("ikke lenger gyldig");
    assertThat(expired.headers().firstValue("Content-Security-Policy")).isPresent();
  }

  /** Hostile values for every field of every form: none may give a server error. */
  @Test
  void noValueInAnyFormFieldGivesAServerError() throws Exception {
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
    long person = firstPersonIn(OSLO);
    record Form(String user, String page, String form, String submit) {}
    List<Form> forms =
        List.of(
            new Form("kommune.oslo", "app/settlement.xhtml", "settlementForm", "save"),
            new Form("kommune.oslo", "app/person.xhtml?id=" + person, "moveForm", "registerMove"),
            new Form("kommune.oslo", "app/calculator.xhtml", "calculatorForm", "calculate"),
            new Form("admin", "admin/rates.xhtml", "rateForm", "save"),
            new Form("admin", "admin/payees.xhtml?municipality=1106", "payeeForm", "save"),
            new Form("admin", "admin/payees.xhtml", "debtorForm", "saveDebtor"),
            new Form(
                "imdi.saksbehandler",
                "app/person.xhtml?id=" + person,
                "paymentFactsForm",
                "correctFacts"));
    List<String> failures = new ArrayList<>();
    int posts = 0;
    for (Form form : forms) {
      WebClient client = new WebClient(TestEnvironment.baseUrl());
      client.login(form.user(), PASSWORD);
      Map<String, String> fields = FormFields.of(client.get(form.page()).body(), form.form());
      for (String field : fields.keySet()) {
        if (field.equals(form.form()) || !field.startsWith(form.form() + ":")) {
          continue;
        }
        for (String value : values) {
          String page = client.get(form.page()).body();
          Map<String, String> post = FormFields.of(page, form.form());
          post.put(field, value);
          post.put(form.form() + ":" + form.submit(), "");
          HttpResponse<String> response = client.postForm(form.page(), post);
          posts++;
          if (response.statusCode() >= 500) {
            failures.add(field + "=" + value.substring(0, Math.min(20, value.length())));
          }
        }
      }
    }
    assertThat(posts).isGreaterThan(100);
    assertThat(failures).as("server errors").isEmpty();
  }

  @Test
  void aLoginIsAcceptedOnlyByPost() throws Exception {
    WebClient client = new WebClient(TestEnvironment.baseUrl());
    String page = client.get("login.xhtml").body();
    String query =
        "loginForm=loginForm&loginForm%3Ausername=kommune.oslo&loginForm%3Apassword="
            + PASSWORD
            + "&loginForm%3Asubmit=&jakarta.faces.ViewState="
            + java.net.URLEncoder.encode(WebClient.viewState(page), "UTF-8")
            + "&primefaces.nonce="
            + WebClient.nonce(page);
    HttpResponse<String> get = client.get("login.xhtml?" + query);
    assertThat(get.statusCode()).isEqualTo(405);
    assertThat(client.get("app/settlements.xhtml").uri().getPath()).endsWith("/login.xhtml");
  }

  @Test
  void repeatedWrongPasswordsDelayTheNextAttemptEvenWithTheRightOneAndForUnknownNamesAlike()
      throws Exception {
    long wait = 0;
    for (String user : new String[] {"ingen.slik." + System.nanoTime(), "okonomi.oslo"}) {
      WebClient client = new WebClient(TestEnvironment.baseUrl());
      long failures = events(user, "LOGIN_FAILED");
      int wrong = 0;
      String body = "";
      while (wrong < 10 && !body.contains("For mange mislykte innlogginger")) {
        body = client.login(user, "wrong-" + wrong++).body();
      }
      assertThat(body).as(user).contains("For mange mislykte innlogginger");
      assertThat(events(user, "LOGIN_FAILED")).isGreaterThanOrEqualTo(failures + 3);
      HttpResponse<String> rightPassword = client.login(user, PASSWORD);
      assertThat(rightPassword.uri().getPath()).endsWith("/login.xhtml");
      Matcher seconds = Pattern.compile("Vent (\\d+) sekunder").matcher(rightPassword.body());
      assertThat(seconds.find()).as("the right password is refused while throttled").isTrue();
      assertThat(events(user, "LOGIN_THROTTLED")).isGreaterThanOrEqualTo(2);
      wait = Long.parseLong(seconds.group(1));
    }
    Thread.sleep(wait * 1000 + 300);
    WebClient client = new WebClient(TestEnvironment.baseUrl());
    assertThat(client.login("okonomi.oslo", PASSWORD).uri().getPath())
        .endsWith("/app/dashboard.xhtml");
  }

  @Test
  void loggedInUsersKeepTheirRolesUnderConcurrentLoad() throws Exception {
    long oslo = firstPersonIn(OSLO);
    long bergen = firstPersonIn(BERGEN);
    record Caller(String user, long person) {}
    List<Caller> callers =
        List.of(
            new Caller("kommune.oslo", oslo),
            new Caller("kommune.bergen", bergen),
            new Caller("imdi.saksbehandler", bergen),
            new Caller("imdi.godkjenner", oslo));
    AtomicInteger failures = new AtomicInteger();
    List<String> examples = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        Caller caller = callers.get(i % callers.size());
        runs.add(
            pool.submit(
                () -> {
                  WebClient client = new WebClient(TestEnvironment.baseUrl());
                  client.login(caller.user(), PASSWORD);
                  for (int r = 0; r < 30; r++) {
                    String path =
                        r % 2 == 0
                            ? "app/settlements.xhtml"
                            : "app/person.xhtml?id=" + caller.person();
                    HttpResponse<String> response = client.get(path);
                    if (response.statusCode() != 200
                        || response.uri().getPath().endsWith("/login.xhtml")) {
                      failures.incrementAndGet();
                      examples.add(caller.user() + " " + path + " " + response.statusCode());
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> run : runs) {
        run.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(failures.get()).as("failed requests of 480: %s", examples).isZero();
  }

  private static HttpResponse<String> register(WebClient client, String nationalId, LocalDate birth)
      throws Exception {
    HttpResponse<String> form = client.get("app/settlement.xhtml");
    Map<String, String> fields = FormFields.of(form.body(), "settlementForm");
    fields.put("settlementForm:nationalId", nationalId);
    fields.put("settlementForm:givenName", "Test");
    fields.put("settlementForm:familyName", "Oppslag");
    fields.put("settlementForm:birthDate_input", DATE.format(birth));
    fields.put(
        "settlementForm:sex_input", NationalId.parse(nationalId, true).orElseThrow().sex().name());
    fields.put("settlementForm:settlementDate_input", DATE.format(birth.plusYears(1)));
    fields.put("settlementForm:targetGroup_input", "REFUGEE");
    fields.put("settlementForm:save", "");
    return client.postForm("app/settlement.xhtml", fields);
  }

  /** A page as it would be sent twice: without the per-response nonce and view state. */
  private static String withoutNonces(String html) {
    Matcher nonce = Pattern.compile("nonce=\"([^\"]+)\"").matcher(html);
    String page = nonce.find() ? html.replace(nonce.group(1), "") : html;
    return page.replaceAll("jakarta\\.faces\\.ViewState[^>]*>", "");
  }

  private static long reads(long personId, String user) throws Exception {
    return number(
        "select count(*) from person_access_log where person_id = ? and username = ?",
        personId,
        user);
  }

  private static long events(String user, String kind) throws Exception {
    return number(
        "select count(*) from security_event where username = ? and kind = ?", user, kind);
  }

  private static String lastEventTarget(String user, String kind) throws Exception {
    try (var c = TestEnvironment.connection();
        var ps =
            c.prepareStatement(
                "select target from security_event where username = ? and kind = ?"
                    + " order by id desc limit 1")) {
      ps.setString(1, user);
      ps.setString(2, kind);
      try (var rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : "";
      }
    }
  }

  private static long motherOf(long settlementId) throws Exception {
    return number("select mother_id from settlement where id = ?", settlementId);
  }

  private static String nationalIdOf(long personId) throws Exception {
    try (var c = TestEnvironment.connection();
        var ps = c.prepareStatement("select national_id from person where id = ?")) {
      ps.setLong(1, personId);
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }

  private static long firstPersonIn(String municipality) throws Exception {
    return number(
        "select person_id from settlement where municipality = ? order by id limit 1",
        municipality);
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

package no.imdi.grants.ear;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * The EAR as this module builds it deploys unchanged on Payara Server (full profile), the server of
 * the distribution zip the build resolves, against a real PostgreSQL, and its login page answers.
 * The server gets a fresh domain that listens on 127.0.0.1 only, on free ports, and the database
 * settings as environment ({@code GRANTS_DB_URL}, ...); the domain and the database are stopped
 * afterwards whatever happened. A failed deployment fails with asadmin's answer and the server
 * log's errors; the domain stays in {@code target/payara-it/domains} until the next run.
 *
 * <p>Run by {@code ./mvnw verify}; alone with {@code ./mvnw -pl grants-ear -am verify -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false}. {@code -Dgrants.it.ear=...} deploys another archive;
 * {@code GRANTS_TEST_DB_URL} (see {@link TestDatabase}) another database.
 */
class EarDeploysOnPayaraServerIT {

  private static final String APPLICATION = "grants";

  @Test
  void theBuiltEarDeploysAndServesTheLoginPage() throws Exception {
    Path ear = Path.of(setting("grants.it.ear"));
    Path workDir = Path.of(setting("grants.it.workDir")).toAbsolutePath();
    assertThat(ear).as("the EAR built by this module").isRegularFile();
    Path zip = Path.of(setting("grants.it.payaraZip"));
    Path payaraHome = timed("Payara Server unpacked", () -> PayaraInstall.unpack(zip, workDir));

    try (TestDatabase database =
            timed("PostgreSQL ready", TestDatabase::fromEnvironmentOrEmbedded);
        PayaraDomain domain =
            timed("domain created", () -> PayaraDomain.create(payaraHome, workDir))) {
      Asadmin.Result started = domain.start(database.applicationEnvironment());
      assertThat(started.succeeded())
          .withFailMessage(() -> started.describe() + "\n" + domain.serverLogExcerpt(0))
          .isTrue();

      long logBeforeDeploy = domain.serverLogSize();
      Asadmin.Result deployed = domain.deploy(ear, APPLICATION);
      assertThat(deployed.succeeded())
          .withFailMessage(
              () ->
                  "Payara Server did not deploy "
                      + ear
                      + " (database "
                      + database.url()
                      + ").\n"
                      + deployed.describe()
                      + "\n"
                      + domain.serverLogExcerpt(logBeforeDeploy))
          .isTrue();

      HttpResponse<String> login = timed("GET /login.xhtml", () -> get(domain, "/login.xhtml"));
      assertThat(login.statusCode())
          .withFailMessage(
              () ->
                  "GET /login.xhtml answered "
                      + login.statusCode()
                      + ":\n"
                      + abbreviate(login.body())
                      + "\n"
                      + domain.serverLogExcerpt(logBeforeDeploy))
          .isEqualTo(200);
      assertThat(login.body()).as("the login page").contains("<form id=\"loginForm\"");
      assertThat(database.appliedMigrations())
          .as("the schema history in %s, migrated by the deployed application", database.url())
          .isNotEmpty();
    }
  }

  private static HttpResponse<String> get(PayaraDomain domain, String path) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest request =
        HttpRequest.newBuilder(domain.uri(path)).timeout(Duration.ofSeconds(30)).build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static <T> T timed(String step, Callable<T> action) throws Exception {
    long start = System.nanoTime();
    try {
      return action.call();
    } finally {
      System.out.printf("%s: %.1f s%n", step, (System.nanoTime() - start) / 1e9);
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 2_000 ? text : text.substring(0, 2_000) + " ...";
  }

  private static String setting(String name) {
    String value = System.getProperty(name);
    assertThat(value).as("system property %s (set by the build)", name).isNotBlank();
    return value;
  }
}

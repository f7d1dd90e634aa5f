package no.imdi.grants.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The running application recovers by itself when its PostgreSQL restarts: the pool checks a
 * connection before it hands it out and drops all the broken ones at once, so a logged-in user's
 * next page after the restart is served as usual, not as an error page. The restart is done and
 * waited for inside the test, so the database is back for every other test class.
 */
class DatabaseRecoveryIT {

  @Test
  void theNextPageAfterADatabaseRestartIsServed() throws Exception {
    assumeTrue(TestEnvironment.ownsDatabase(), "the tests must run the database to restart it");
    WebClient client = new WebClient(TestEnvironment.baseUrl());
    assertThat(client.login("imdi.saksbehandler", "Tilskudd-demo-2026").uri().getPath())
        .endsWith("/app/dashboard.xhtml");
    assertListShown(client.get("app/settlements.xhtml"));

    TestEnvironment.restartDatabase();

    assertListShown(client.get("app/settlements.xhtml"));
    assertListShown(client.get("app/settlements.xhtml"));
  }

  private static void assertListShown(HttpResponse<String> page) {
    assertThat(page.statusCode()).as("status of %s", page.uri()).isEqualTo(200);
    assertThat(page.uri().getPath()).endsWith("/app/settlements.xhtml");
    assertThat(page.body()).contains("id=\"listForm:settlements\"", "data-ri=\"0\"");
  }
}

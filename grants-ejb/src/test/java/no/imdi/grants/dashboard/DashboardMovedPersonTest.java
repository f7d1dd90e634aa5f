package no.imdi.grants.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import no.imdi.grants.admintest.Callers;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.settings.SettingsBook;
import no.imdi.grants.testsupport.TestPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The scope of a moved person (R-IG-6, as {@code CaseScope}): a case counts for the municipality
 * its person lives in now, not the one that applied. On top of {@link DashboardFixture}, today
 * 10.03.2026: Amina Haddad (draft 101, R-DL-1 01.04.2026) moves from Oslo to Bergen.
 */
class DashboardMovedPersonTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-10T08:00:00Z"), ZoneId.of("Europe/Oslo"));

  private TestPersistence db;

  @BeforeEach
  void arrange() {
    db = new TestPersistence();
    DashboardFixture.arrange(db);
    DashboardFixture.execute(
        db,
        "UPDATE settlement SET municipality = '4601'"
            + " WHERE person_id = (SELECT person_id FROM case_file WHERE id = 1)");
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void R_IG_6_aMovedPersonsDraftCountsForTheMunicipalityThePersonLivesInNow() {
    MunicipalityDashboard oslo = as("kommune.oslo");
    assertThat(oslo.openApplications())
        .containsExactly(new Tally("DRAFT", 2), new Tally("SUBMITTED", 1));
    assertThat(oslo.deadlines()).extracting(DueItem::id).doesNotContain(101L);

    MunicipalityDashboard bergen = as("kommune.bergen");
    assertThat(bergen.openApplications())
        .containsExactly(new Tally("DRAFT", 2), new Tally("PREPARED", 1));
    assertThat(bergen.deadlines())
        .extracting(DueItem::kind, DueItem::id, DueItem::due, DueItem::rule)
        .containsExactly(
            tuple(DueKind.ACCOUNTS_REPORT, 304L, LocalDate.of(2026, 3, 15), "R-REP-1"),
            tuple(DueKind.APPLICATION, 101L, LocalDate.of(2026, 4, 1), "R-DL-1"),
            tuple(DueKind.APPLICATION, 106L, LocalDate.of(2026, 4, 1), "R-DL-1"));
  }

  private MunicipalityDashboard as(String user) {
    return db.inTransaction(
        em ->
            new DashboardService(
                    em, new CurrentUser(Callers.as(user), em), new SettingsBook(em), CLOCK)
                .municipality());
  }
}

package no.imdi.grants.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import no.imdi.grants.admintest.Callers;
import no.imdi.grants.payment.RunState;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.settings.SettingsBook;
import no.imdi.grants.testsupport.TestPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The instalment figures (R-PAY-3) read from the finished runs' totals: a run still being computed
 * is summed from its lines, a rejected run's totals count no more. On top of {@link
 * DashboardFixture} (31.12.2025 paid, 31.03.2026 proposed), today 10.03.2026.
 */
class DashboardInstalmentTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-10T08:00:00Z"), ZoneId.of("Europe/Oslo"));

  private TestPersistence db;

  @BeforeEach
  void arrange() {
    db = new TestPersistence();
    DashboardFixture.arrange(db);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void R_PAY_3_aRunStillRunningIsSummedFromItsLinesARejectedRunNotAtAll() {
    // 30.06.2026 proposed and rejected: its lines left the ledger, its totals stay behind
    DashboardFixture.execute(
        db,
        "INSERT INTO payment_run (id, instalment, state, prepared_by, prepared_at,"
            + " proposal_status, reviewed_by, reviewed_at) VALUES (603, '2026-06-30', 'REJECTED',"
            + " 'imdi.saksbehandler', '2026-03-06 09:00+01', 'SENT_BACK', 'imdi.godkjenner',"
            + " '2026-03-07 09:00+01');"
            + " INSERT INTO payment_run_total (run_id, municipality, instalment, payment_group,"
            + " amount_ore, line_count) VALUES (603, '0301', '2026-06-30', 'INTEGRATION_YEAR_ONE',"
            + " 99900000, 1);");
    MunicipalityDashboard before = oslo();
    assertThat(before.next().instalment()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(before.next().netOre()).isEqualTo(3_000_000);

    // 30.06.2026 started again, running: two Oslo lines so far (12 345 + 1 000 kr), none written
    // to the totals yet
    DashboardFixture.execute(
        db,
        "INSERT INTO payment_run (id, instalment, state, prepared_by, prepared_at,"
            + " proposal_status) VALUES (604, '2026-06-30', 'RUNNING', 'imdi.saksbehandler',"
            + " '2026-03-09 09:00+01', 'PENDING');"
            + line(604, "AR-1", "INTEGRATION_YEAR_ONE", 1_234_500)
            + line(604, "FHT2", "DISABILITY", 100_000));
    MunicipalityDashboard running = oslo();
    assertThat(running.next().instalment()).isEqualTo(LocalDate.of(2026, 6, 30));
    assertThat(running.next().state()).isEqualTo(RunState.RUNNING);
    assertThat(running.next().netOre()).isEqualTo(1_334_500);
    assertThat(running.last().instalment()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(running.last().netOre()).isEqualTo(15_000_000);
  }

  private static String line(long run, String code, String group, long ore) {
    return ("INSERT INTO payment_line (run_id, person_id, municipality, code, payment_group,"
            + " entitlement_key, instalment, due_basis, amount_ore, kind, rule_ids, reason_key)"
            + " SELECT %1$d, person_id, '0301', '%2$s', '%3$s', 'P' || person_id || '/%2$s/%1$d',"
            + " '2026-06-30', '2026-06-30', %4$d, 'ORDINARY', 'R-IG-5', 'payment.line.ordinary'"
            + " FROM settlement WHERE municipality = '0301' ORDER BY person_id LIMIT 1;")
        .formatted(run, code, group, ore);
  }

  private MunicipalityDashboard oslo() {
    return db.inTransaction(
        em ->
            new DashboardService(
                    em,
                    new CurrentUser(Callers.as("kommune.oslo"), em),
                    new SettingsBook(em),
                    CLOCK)
                .municipality());
  }
}

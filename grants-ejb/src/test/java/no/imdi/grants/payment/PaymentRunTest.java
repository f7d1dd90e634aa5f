package no.imdi.grants.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.imdi.grants.testsupport.Register;
import no.imdi.grants.testsupport.TestPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The payment run's exactly-once guarantees on PostgreSQL (R-PAY-3, R-PAY-4): the same lines every
 * time, a second run only what the first did not carry, one run for two starters, a killed worker's
 * run resumed to the same totals, nothing inserted twice.
 */
class PaymentRunTest {

  static final LocalDate Q2_2025 = LocalDate.of(2025, 6, 30);

  /** Each person below: AR-1 2024 210 000 + AR-2 2025 two quarters of 26 000 = 262 000 kr. */
  static final long PER_PERSON = 262_000_00L;

  TestPersistence db;
  PaymentWorld world;

  @BeforeEach
  void arrange() {
    db = new TestPersistence();
    Register.users(db);
    world = new PaymentWorld(db, Instant.parse("2025-07-01T08:00:00Z"));
  }

  @AfterEach
  void close() {
    db.close();
  }

  private void settle(int oslo, int bergen) {
    for (int i = 0; i < oslo; i++) {
      Register.settle(db, "0301", "Oslo" + i, "Person", LocalDate.of(2024, 2, 10));
    }
    for (int i = 0; i < bergen; i++) {
      Register.settle(db, "4601", "Bergen" + i, "Person", LocalDate.of(2024, 2, 10));
    }
  }

  @Test
  @DisplayName("R-PAY-4 the proposal computed twice (rejected and recomputed) gives the same lines")
  void R_PAY_4_theProposalTwiceGivesTheSameLines() {
    settle(3, 2);
    long first = world.start(Q2_2025);
    assertThat(world.launched).containsExactly(first);
    assertThat(world.runToEnd(first)).isEqualTo(RunEngine.Outcome.PROPOSED);
    List<String> lines = world.lines(first);
    assertThat(world.runToEnd(first)).isEqualTo(RunEngine.Outcome.NOT_CLAIMED);
    assertThat(lines).hasSize(15).contains("P/AR-1/2024 0301 21000000 ORDINARY");
    assertThat(world.sum("run_id = " + first)).isEqualTo(5 * PER_PERSON);

    long version = world.as("imdi.godkjenner", s -> s.progress(first)).version();
    world.as("imdi.godkjenner", s -> s.reject(first, version, "Kontroll av satser"));
    assertThat(world.lines(first)).isEmpty();
    assertThat(db.count("SELECT count(*) FROM payment_line_rejected WHERE run_id = " + first))
        .isEqualTo(15);

    long again = world.start(Q2_2025);
    assertThat(again).isNotEqualTo(first);
    world.runToEnd(again);
    assertThat(world.lines(again)).isEqualTo(lines);
  }

  @Test
  @DisplayName("R-PAY-4 a second run for the same instalment picks up only what the first lacked")
  void R_PAY_4_aSecondRunPicksUpOnlyNewLines() {
    settle(2, 1);
    long first = world.approved(Q2_2025);
    Register.settle(db, "4601", "Sent", "Registrert", LocalDate.of(2025, 5, 2));

    long second = world.start(Q2_2025);
    world.runToEnd(second);

    assertThat(world.lines(second)).containsExactly("P/AR-1/2025 4601 21000000 ORDINARY");
    assertThat(world.sum("run_id = " + first)).isEqualTo(3 * PER_PERSON);
  }

  @Test
  @DisplayName("R-PAY-3 two officers starting the same instalment at once get one run")
  void R_PAY_3_twoConcurrentStartsGiveOneRun() throws Exception {
    settle(1, 0);
    CountDownLatch go = new CountDownLatch(1);
    Callable<Long> start =
        () -> {
          go.await();
          return world.start(Q2_2025);
        };
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Long> a = pool.submit(start);
      Future<Long> b = pool.submit(start);
      go.countDown();
      assertThat(a.get()).isEqualTo(b.get());
    } finally {
      pool.shutdownNow();
    }
    assertThat(db.count("SELECT count(*) FROM payment_run")).isEqualTo(1);
    assertThat(world.launched).hasSize(1);
  }

  @Test
  @DisplayName(
      "R-PAY-4 a worker that dies mid-run: the run resumes and ends as an uninterrupted one")
  void R_PAY_4_aKilledRunResumesToTheSameTotals() throws Exception {
    settle(5, 4);
    long run = world.start(Q2_2025);
    assertThat(world.engine(2).run(run, 2)).isEqualTo(RunEngine.Outcome.STOPPED);
    RunProgress stopped = world.as("imdi.saksbehandler", s -> s.progress(run));
    assertThat(stopped)
        .satisfies(
            p -> {
              assertThat(p.state()).isEqualTo(RunState.RUNNING);
              assertThat(p.personsDone()).isEqualTo(4);
              assertThat(p.personsTotal()).isEqualTo(9);
            });
    assertThat(world.engine(2).run(run, -1)).isEqualTo(RunEngine.Outcome.NOT_CLAIMED);

    // an older worker's progress was behind its committed lines: redoing them inserts nothing
    world.sql("UPDATE payment_run SET last_settlement_id = 0 WHERE id = " + run);
    world.now(world.now().plus(PaymentWorld.LEASE).plusSeconds(1));
    assertThat(world.engine(3).run(run, -1)).isEqualTo(RunEngine.Outcome.PROPOSED);
    List<String> resumed = world.lines(run);
    assertThat(world.sum("run_id = " + run)).isEqualTo(9 * PER_PERSON);
    assertThat(db.count("SELECT attempts FROM payment_run WHERE id = " + run)).isEqualTo(2);

    long version = world.as("imdi.godkjenner", s -> s.progress(run)).version();
    world.as("imdi.godkjenner", s -> s.reject(run, version, "Sammenlign"));
    long uninterrupted = world.start(Q2_2025);
    world.runToEnd(uninterrupted);
    assertThat(world.lines(uninterrupted)).isEqualTo(resumed);
  }

  @Test
  @DisplayName(
      "R-PAY-4 a rate corrected after payment gives one adjustment line, paid lines unchanged")
  void R_PAY_4_aCorrectionAfterPaymentGivesOneAdjustment() {
    settle(1, 0);
    long q1 = world.approved(LocalDate.of(2024, 3, 31));
    long version = world.as("imdi.saksbehandler", s -> s.progress(q1)).version();
    world.as("imdi.saksbehandler", s -> s.markPaid(q1, version, "Bankens bekreftelse 2.4.2024"));
    world.sql(
        "UPDATE rate SET superseded_at = now(), superseded_by = 'test'"
            + " WHERE code = 'AR-1' AND calendar_year = 2024 AND superseded_at IS NULL");
    world.sql(
        "INSERT INTO rate (code, calendar_year, amount, source, verified, created_at, created_by)"
            + " VALUES ('AR-1', 2024, 212000, 'test correction', true, now(), 'test')");

    long q2 = world.start(LocalDate.of(2024, 6, 30));
    world.runToEnd(q2);

    assertThat(world.lines(q1)).containsExactly("P/AR-1/2024 0301 21000000 ORDINARY");
    assertThat(world.lines(q2)).containsExactly("P/AR-1/2024 0301 200000 ADJUSTMENT");
    assertThat(world.as("imdi.saksbehandler", s -> s.lines(LineQuery.ofRun(q2), page())).rows())
        .singleElement()
        .satisfies(
            l ->
                assertThat(l.text(java.util.Locale.ENGLISH))
                    .isEqualTo(
                        "AR-1: adjustment after corrected facts: owed now 212 000 kr, paid before"
                            + " 210 000 kr, difference 2 000 kr (R-PAY-4)."));
    assertThatThrownBy(
            () -> world.sql("UPDATE payment_line SET amount_ore = 1 WHERE run_id = " + q1))
        .hasStackTraceContaining("append-only");
    assertThatThrownBy(() -> world.sql("DELETE FROM payment_line WHERE run_id = " + q1))
        .hasStackTraceContaining("append-only");
  }

  @Test
  @DisplayName("R-PAY-4 a recovery bigger than the instalment: net zero, the rest carried once")
  void R_PAY_4_aRecoveryBiggerThanTheInstalmentCarriesTheRest() {
    settle(0, 1);
    world.sql(
        "INSERT INTO recovery (source_key, municipality, code, amount, rule_ids, reason_key,"
            + " reason_args, decided_on, created_by, created_at) VALUES ('report-1', '4601',"
            + " 'FHT2', 300000, 'R-REP-4', 'R-REP-4.recovered', '', '2024-03-01', 'test', now())");
    long q1 = world.approved(LocalDate.of(2024, 3, 31));
    assertThat(world.lines(q1))
        .containsExactly(
            "C/4601/" + q1 + " 4601 9000000 CARRIED",
            "P/AR-1/2024 4601 21000000 ORDINARY",
            "R/report-1 4601 -30000000 RECOVERY");
    List<MunicipalityPayment> none = world.as("imdi.godkjenner", s -> s.payments(q1));
    assertThat(none).isEmpty();

    Register.settle(db, "4601", "Neste", "Termin", LocalDate.of(2024, 5, 2));
    long q2 = world.approved(LocalDate.of(2024, 6, 30));

    assertThat(world.lines(q2))
        .containsExactly(
            "C/4601/" + q1 + " 4601 -9000000 CARRIED", "P/AR-1/2024 4601 21000000 ORDINARY");
    List<MunicipalityPayment> payments = world.as("imdi.godkjenner", s -> s.payments(q2));
    assertThat(payments)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.netOre()).isEqualTo(120_000_00L);
              assertThat(p.groupOre())
                  .containsEntry(PaymentGroup.INTEGRATION_YEAR_ONE, 210_000_00L)
                  .containsEntry(PaymentGroup.CARRIED_BALANCE, -90_000_00L);
              assertThat(p.endToEndId()).isEqualTo("IMDI-" + q2 + "-4601");
            });
  }

  @Test
  @DisplayName("R-IG-6 R-PAY-4 a move registered after payment: both municipalities adjusted")
  void R_PAY_4_aMoveRegisteredLateAdjustsBothMunicipalities() {
    settle(1, 0);
    long q1 = world.approved(LocalDate.of(2024, 3, 31));
    world.sql(
        "INSERT INTO settlement_move (id, settlement_id, from_municipality, to_municipality,"
            + " move_date) SELECT nextval('settlement_move_seq'), id, '0301', '4601',"
            + " date '2024-03-01' FROM settlement");
    world.sql("UPDATE settlement SET municipality = '4601'");

    long q2 = world.start(LocalDate.of(2024, 6, 30));
    world.runToEnd(q2);

    // 2024 has 366 days: Oslo 60 (1.1.-29.2.), Bergen 306; 210 000 * 60 / 366 = 34 426 kr
    assertThat(world.lines(q1)).containsExactly("P/AR-1/2024 0301 21000000 ORDINARY");
    assertThat(world.lines(q2))
        .containsExactly(
            "C/0301/" + q2 + " 0301 17557400 CARRIED",
            "P/AR-1/2024 0301 -17557400 ADJUSTMENT",
            "P/AR-1/2024 4601 17557400 ADJUSTMENT");
    assertThat(
            world
                .as(
                    "imdi.saksbehandler",
                    s -> s.lines(LineQuery.ofRun(q2).inMunicipality("4601"), page()))
                .rows())
        .singleElement()
        .satisfies(
            l ->
                assertThat(l.text(java.util.Locale.ENGLISH))
                    .startsWith(
                        "AR-1: adjustment after a move registered later: owed now"
                            + " 175 574 kr, paid before 0 kr"));
  }

  static no.imdi.grants.shared.PageRequest<LineSort> page() {
    return new no.imdi.grants.shared.PageRequest<>(0, 50, LineSort.KEY, true);
  }
}

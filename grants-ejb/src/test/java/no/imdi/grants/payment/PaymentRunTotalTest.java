package no.imdi.grants.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.admintest.Callers;
import no.imdi.grants.payment.review.AreaRow;
import no.imdi.grants.payment.review.PaymentRunReview;
import no.imdi.grants.payment.review.RunAreaTotals;
import no.imdi.grants.payment.review.RunSort;
import no.imdi.grants.payment.review.RunSummary;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.shared.PageRequest;
import no.imdi.grants.testsupport.Register;
import no.imdi.grants.testsupport.TestPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A run's totals per municipality and payment group (R-PAY-3, {@code payment_run_total}) are
 * written once, in the transaction that makes the run PROPOSED, and equal its lines: never before,
 * not again on a second write, the same after a worker died mid-run and another took over.
 */
class PaymentRunTotalTest {

  static final LocalDate Q2_2025 = LocalDate.of(2025, 6, 30);

  TestPersistence db;
  PaymentWorld world;

  @BeforeEach
  void arrange() {
    db = new TestPersistence();
    Register.users(db);
    world = new PaymentWorld(db, Instant.parse("2025-07-01T08:00:00Z"));
    for (int i = 0; i < 5; i++) {
      Register.settle(db, "0301", "Oslo" + i, "Person", LocalDate.of(2024, 2, 10));
    }
    for (int i = 0; i < 4; i++) {
      Register.settle(db, "4601", "Bergen" + i, "Person", LocalDate.of(2024, 2, 10));
    }
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  @DisplayName("R-PAY-3 a stopped run has no totals; once PROPOSED its totals equal its lines")
  void R_PAY_3_totalsAreWrittenWithTheProposalAndEqualTheLines() throws Exception {
    long run = world.start(Q2_2025);
    assertThat(world.engine(2).run(run, 2)).isEqualTo(RunEngine.Outcome.STOPPED);
    assertThat(db.count("SELECT count(*) FROM payment_line WHERE run_id = " + run)).isPositive();
    assertThat(totals(run)).isZero();

    world.now(world.now().plus(PaymentWorld.LEASE).plusSeconds(1));
    assertThat(world.engine(3).run(run, -1)).isEqualTo(RunEngine.Outcome.PROPOSED);
    // hand-counted: 5 Oslo and 4 Bergen persons of 262 000 kr each (PaymentRunTest.PER_PERSON)
    assertThat(total(run, "0301")).isEqualTo(5 * PaymentRunTest.PER_PERSON);
    assertThat(total(run, "4601")).isEqualTo(4 * PaymentRunTest.PER_PERSON);
    assertThat(differences(run)).isZero();
    long rows = totals(run);
    assertThat(rows).isPositive();

    try (Connection c = db.dataSource().getConnection()) {
      assertThat(RunTotalRows.write(c, run)).isZero();
    }
    assertThat(totals(run)).isEqualTo(rows);
    assertThat(differences(run)).isZero();
  }

  @Test
  @DisplayName(
      "R-PAY-3 the list of runs sums a running run's lines, reads a finished run's stored totals"
          + " and shows a rejected run empty")
  void R_PAY_3_theListOfRunsReadsTheStoredTotalsOfAFinishedRun() throws Exception {
    long run = world.start(Q2_2025);
    assertThat(world.engine(2).run(run, 2)).isEqualTo(RunEngine.Outcome.STOPPED);
    RunSummary running = listed(run);
    assertThat(running.state()).isEqualTo(RunState.RUNNING);
    assertThat(running.lines())
        .isEqualTo(db.count("SELECT count(*) FROM payment_line WHERE run_id = " + run))
        .isPositive();
    assertThat(running.totalOre()).isEqualTo(world.sum("run_id = " + run));

    world.now(world.now().plus(PaymentWorld.LEASE).plusSeconds(1));
    assertThat(world.engine(3).run(run, -1)).isEqualTo(RunEngine.Outcome.PROPOSED);
    RunSummary proposed = listed(run);
    // hand-counted: 9 persons of 262 000 kr each in two municipalities
    assertThat(proposed.totalOre()).isEqualTo(9 * PaymentRunTest.PER_PERSON);
    assertThat(proposed.municipalities()).isEqualTo(2);
    assertThat(proposed.lines())
        .isEqualTo(db.count("SELECT count(*) FROM payment_line WHERE run_id = " + run))
        .isGreaterThan(running.lines());
    // the figures come from the stored totals, not from the lines: a stored total shows as it is
    world.sql(
        "UPDATE payment_run_total SET amount_ore = amount_ore + 100 WHERE (run_id, municipality,"
            + " instalment, payment_group) IN (SELECT run_id, municipality, instalment,"
            + " payment_group FROM payment_run_total WHERE run_id = "
            + run
            + " ORDER BY municipality, payment_group LIMIT 1)");
    assertThat(listed(run).totalOre()).isEqualTo(9 * PaymentRunTest.PER_PERSON + 100);
    // and so does the run's review: its net and its municipalities' sums
    long net =
        db.inTransaction(
            em ->
                new RunAreaTotals(em, new CurrentUser(Callers.as("imdi.godkjenner"), em)).net(run));
    assertThat(net).isEqualTo(9 * PaymentRunTest.PER_PERSON + 100);
    List<AreaRow> areas =
        db.inTransaction(
                em ->
                    new RunAreaTotals(em, new CurrentUser(Callers.as("imdi.godkjenner"), em))
                        .page(
                            run,
                            RunAreaTotals.Area.MUNICIPALITY,
                            new PageRequest<>(0, 25, null, true)))
            .rows();
    assertThat(areas.stream().mapToLong(AreaRow::netOre).sum())
        .isEqualTo(9 * PaymentRunTest.PER_PERSON + 100);

    long version = world.as("imdi.godkjenner", s -> s.progress(run)).version();
    world.as("imdi.godkjenner", s -> s.reject(run, version, "Feil i grunnlaget"));
    RunSummary rejected = listed(run);
    assertThat(rejected.state()).isEqualTo(RunState.REJECTED);
    assertThat(rejected.lines()).isZero();
    assertThat(rejected.totalOre()).isZero();
    assertThat(rejected.municipalities()).isZero();
  }

  private RunSummary listed(long run) {
    return db
        .inTransaction(
            em ->
                new PaymentRunReview(
                        em,
                        new CurrentUser(Callers.as("imdi.saksbehandler"), em),
                        Clock.fixed(world.now(), PaymentWorld.OSLO))
                    .runs(new PageRequest<>(0, 25, RunSort.INSTALMENT, false)))
        .rows()
        .stream()
        .filter(r -> r.id() == run)
        .findFirst()
        .orElseThrow();
  }

  private long totals(long run) {
    return db.count("SELECT count(*) FROM payment_run_total WHERE run_id = " + run);
  }

  private long total(long run, String municipality) {
    return db.count(
        "SELECT coalesce(sum(amount_ore), 0) FROM payment_run_total WHERE run_id = "
            + run
            + " AND municipality = '"
            + municipality
            + "'");
  }

  /** Groups whose total differs from the sum and count of the run's lines (either side). */
  private long differences(long run) {
    return db.count(
        ("SELECT count(*) FROM (SELECT municipality, instalment, payment_group,"
                + " sum(amount_ore) AS s, count(*) AS n FROM payment_line WHERE run_id = %1$d"
                + " GROUP BY 1, 2, 3) l FULL JOIN (SELECT * FROM payment_run_total"
                + " WHERE run_id = %1$d) t ON t.municipality = l.municipality"
                + " AND t.instalment = l.instalment AND t.payment_group = l.payment_group"
                + " WHERE t.amount_ore IS DISTINCT FROM l.s OR t.line_count IS DISTINCT FROM l.n")
            .formatted(run));
  }
}

package no.imdi.grants.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.imdi.grants.settings.SettingsBook;
import no.imdi.grants.testsupport.Register;
import no.imdi.grants.testsupport.TestPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The rerun of an instalment reads only what changed (R-PAY-4, migration V150's change log): after
 * a complete run, a rerun walks the persons the change log names since that run started, and gives
 * the same lines as a full recompute; with no change it reads no settlement; a change of the rate
 * table or of a setting the rules read makes the next run walk the whole register again. Pruning
 * the log (V190) deletes only changes older than the retention, and a rerun whose base is behind
 * the pruned horizon walks the whole register.
 */
class PaymentChangeLogTest {

  static final LocalDate Q2_2025 = LocalDate.of(2025, 6, 30);

  TestPersistence db;
  PaymentWorld world;
  final List<Long> persons = new ArrayList<>();

  @BeforeEach
  void arrange() {
    db = new TestPersistence();
    Register.users(db);
    world = new PaymentWorld(db, Instant.parse("2025-07-01T08:00:00Z"));
    for (int i = 0; i < 4; i++) {
      persons.add(Register.settle(db, "0301", "Oslo" + i, "Person", LocalDate.of(2024, 2, 10)));
    }
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  @DisplayName(
      "R-PAY-4 R-IG-6 after a complete run, a move of one person: the rerun walks that person"
          + " only and gives the lines a full recompute gives")
  void R_PAY_4_aRerunAfterAMoveWalksOnlyThatPerson() {
    long first = world.approved(Q2_2025);
    assertThat(walk(first)).isEqualTo("FULL 4");
    long moved = persons.get(2);
    move(moved);

    long rerun = world.start(Q2_2025);
    world.runToEnd(rerun);

    assertThat(walk(rerun)).isEqualTo("CHANGES 1");
    assertThat(db.count("SELECT base_run_id FROM payment_run WHERE id = " + rerun))
        .isEqualTo(first);
    List<String> lines = world.lines(rerun);
    assertThat(lines).isNotEmpty();
    assertThat(
            db.count(
                "SELECT count(*) FROM payment_line WHERE run_id = "
                    + rerun
                    + " AND person_id IS DISTINCT FROM "
                    + moved
                    + " AND kind <> 'CARRIED'"))
        .isZero();
    assertThat(lines).anyMatch(l -> l.contains(" 4601 ") && l.endsWith(" ADJUSTMENT"));

    // the same rerun as a full recompute (a setting the rules read touched): the same lines
    long version = world.as("imdi.godkjenner", s -> s.progress(rerun)).version();
    world.as("imdi.godkjenner", s -> s.reject(rerun, version, "Sammenlignes med full beregning"));
    world.sql(
        "UPDATE setting SET value = value WHERE key = '" + PaymentSettingsBook.EM_CATCH_UP + "'");
    long full = world.start(Q2_2025);
    world.runToEnd(full);
    assertThat(walk(full)).isEqualTo("FULL 4");
    assertThat(world.lines(full)).isEqualTo(lines);
  }

  @Test
  @DisplayName(
      "R-PAY-4 with no change the rerun adds nothing and reads no settlement; a new rate makes the"
          + " next run walk the whole register")
  void R_PAY_4_aRerunWithNoChangeReadsNothing() {
    long first = world.approved(Q2_2025);
    long lines = db.count("SELECT count(*) FROM payment_line");

    long rerun = world.start(Q2_2025);
    assertThat(world.runToEnd(rerun)).isEqualTo(RunEngine.Outcome.PROPOSED);

    assertThat(walk(rerun)).isEqualTo("CHANGES 0");
    assertThat(db.count("SELECT persons_done + chunks_done FROM payment_run WHERE id = " + rerun))
        .isZero();
    assertThat(db.count("SELECT count(*) FROM payment_line")).isEqualTo(lines);
    assertThat(world.lines(first)).isNotEmpty();

    long version = world.as("imdi.godkjenner", s -> s.progress(rerun)).version();
    world.as("imdi.godkjenner", s -> s.approve(rerun, version, null));
    // a corrected rate (R-IG-2): every person may be owed another amount
    world.sql(
        "UPDATE rate SET superseded_at = now(), superseded_by = 'test'"
            + " WHERE code = 'AR-2' AND calendar_year = 2025 AND superseded_at IS NULL");
    world.sql(
        "INSERT INTO rate (code, calendar_year, amount, source, verified, created_at, created_by)"
            + " VALUES ('AR-2', 2025, 106000, 'test correction', true, now(), 'test')");
    long third = world.start(Q2_2025);
    world.runToEnd(third);
    assertThat(walk(third)).isEqualTo("FULL 4");
    assertThat(db.count("SELECT persons_done FROM payment_run WHERE id = " + third)).isEqualTo(4);
  }

  @Test
  @DisplayName("R-PAY-4 a person settled after the complete run is the rerun's only person")
  void R_PAY_4_aNewSettlementIsInTheChangeLog() {
    world.approved(Q2_2025);
    long late = Register.settle(db, "4601", "Sent", "Registrert", LocalDate.of(2025, 5, 2));

    long rerun = world.start(Q2_2025);
    world.runToEnd(rerun);

    assertThat(walk(rerun)).isEqualTo("CHANGES 1");
    assertThat(world.lines(rerun)).containsExactly("P/AR-1/2025 4601 21000000 ORDINARY");
    assertThat(db.count("SELECT min(person_id) FROM payment_line WHERE run_id = " + rerun))
        .isEqualTo(late);
  }

  @Test
  @DisplayName(
      "R-PAY-4 pruning deletes only the changes older than the retention, audits the batch and"
          + " keeps the rest; pruning again deletes nothing")
  void R_PAY_4_pruningDeletesOnlyChangesOlderThanTheRetention() throws Exception {
    long before = db.count("SELECT count(*) FROM payment_change");
    assertThat(before).isPositive();
    age("person_id = " + persons.get(0), 401);
    age("person_id = " + persons.get(1), 399);
    long old =
        db.count(
            "SELECT count(*) FROM payment_change WHERE changed_at < now() - interval '400 days'");

    assertThat(prune(2)).isEqualTo(old); // in batches of 2: more than one batch when old > 2
    assertThat(db.count("SELECT count(*) FROM payment_change")).isEqualTo(before - old);
    assertThat(db.count("SELECT count(*) FROM payment_change WHERE person_id = " + persons.get(0)))
        .isZero();
    assertThat(db.count("SELECT count(*) FROM payment_change WHERE person_id = " + persons.get(1)))
        .isPositive();
    assertThat(db.count("SELECT sum(row_count) FROM payment_change_pruned")).isEqualTo(old);
    String horizon = horizon();

    assertThat(prune(ChangeLogPruning.BATCH)).isZero();
    assertThat(db.count("SELECT count(*) FROM payment_change")).isEqualTo(before - old);
    assertThat(db.count("SELECT sum(row_count) FROM payment_change_pruned")).isEqualTo(old);
    assertThat(horizon()).isEqualTo(horizon);
  }

  @Test
  @DisplayName(
      "R-PAY-4 R-IG-6 a move pruned from the log after the complete run: the rerun, whose base is"
          + " behind the horizon, walks everyone and gives the lines of a full recompute")
  void R_PAY_4_aRerunOnABaseBehindTheHorizonWalksEveryone() throws Exception {
    world.approved(Q2_2025);
    long moved = persons.get(2);
    move(moved);
    age("true", 500);
    assertThat(prune(ChangeLogPruning.BATCH)).isPositive();
    assertThat(db.count("SELECT count(*) FROM payment_change")).isZero();

    long rerun = world.start(Q2_2025);
    world.runToEnd(rerun);

    // the log no longer names the moved person: a walk of the changes would have missed the move
    assertThat(walk(rerun)).isEqualTo("FULL 4");
    List<String> lines = world.lines(rerun);
    assertThat(lines).anyMatch(l -> l.contains(" 4601 ") && l.endsWith(" ADJUSTMENT"));
    long version = world.as("imdi.godkjenner", s -> s.progress(rerun)).version();
    world.as("imdi.godkjenner", s -> s.reject(rerun, version, "Sammenlignes med full beregning"));
    world.sql(
        "UPDATE setting SET value = value WHERE key = '" + PaymentSettingsBook.EM_CATCH_UP + "'");
    long full = world.start(Q2_2025);
    world.runToEnd(full);
    assertThat(walk(full)).isEqualTo("FULL 4");
    assertThat(world.lines(full)).isEqualTo(lines);
  }

  @Test
  @DisplayName(
      "R-PAY-4 a complete run after the pruning is a base ahead of the horizon: its rerun still"
          + " walks only the person changed, also when pruned twice")
  void R_PAY_4_aRerunOnABaseAfterTheHorizonWalksOnlyTheChanges() throws Exception {
    age("true", 500);
    assertThat(prune(ChangeLogPruning.BATCH)).isPositive();
    world.approved(Q2_2025);
    move(persons.get(1));
    assertThat(prune(ChangeLogPruning.BATCH)).isZero();

    long rerun = world.start(Q2_2025);
    world.runToEnd(rerun);

    assertThat(walk(rerun)).isEqualTo("CHANGES 1");
    assertThat(world.lines(rerun)).anyMatch(l -> l.contains(" 4601 ") && l.endsWith(" ADJUSTMENT"));
  }

  @Test
  @DisplayName(
      "R-PAY-4 a rerun that has decided to walk the changes keeps them: pruning while it computes"
          + " deletes none it reads")
  void R_PAY_4_pruningKeepsTheChangesOfARunStillComputing() throws Exception {
    world.approved(Q2_2025);
    move(persons.get(3));
    long rerun = world.start(Q2_2025);
    assertThat(world.engine(2).run(rerun, 0)).isEqualTo(RunEngine.Outcome.STOPPED);
    assertThat(walk(rerun)).isEqualTo("CHANGES 1");
    age("true", 500);

    String read =
        "SELECT count(*) FROM payment_change WHERE txid >= (SELECT b.change_xmin FROM payment_run"
            + " r JOIN payment_run b ON b.id = r.base_run_id WHERE r.id = "
            + rerun
            + ")";
    long kept = db.count(read);
    assertThat(kept).isPositive();
    // the changes from before the base are pruned, those the rerun reads are not
    assertThat(prune(ChangeLogPruning.BATCH)).isPositive();
    assertThat(db.count(read)).isEqualTo(kept);

    world.now(world.now().plus(PaymentWorld.LEASE).plusSeconds(1)); // the stopped worker's lease
    world.runToEnd(rerun);
    assertThat(walk(rerun)).isEqualTo("CHANGES 1");
    assertThat(world.lines(rerun)).anyMatch(l -> l.contains(" 4601 ") && l.endsWith(" ADJUSTMENT"));
  }

  /** Moves the person from Oslo to Bergen on 15.5.2025 (R-IG-6). */
  private void move(long person) {
    world.sql(
        "INSERT INTO settlement_move (id, settlement_id, from_municipality, to_municipality,"
            + " move_date) SELECT nextval('settlement_move_seq'), id, '0301', '4601',"
            + " date '2025-05-15' FROM settlement WHERE person_id = "
            + person);
    world.sql("UPDATE settlement SET municipality = '4601' WHERE person_id = " + person);
  }

  /** Makes the changes the condition picks as old as the days (by the database's clock). */
  private void age(String where, int days) {
    world.sql(
        "UPDATE payment_change SET changed_at = now() - interval '"
            + days
            + " days' WHERE "
            + where);
  }

  /** Prunes with the migrated retention (400 days) and the database's clock. */
  private long prune(int batch) throws Exception {
    Duration retention =
        db.inTransaction(
            em -> new PaymentSettingsBook(new SettingsBook(em), null).changeLogRetention());
    assertThat(retention).isEqualTo(Duration.ofDays(400));
    return new ChangeLogPruning(db.dataSource(), Clock.systemUTC()).prune(retention, batch);
  }

  private String horizon() {
    return db.inTransaction(
        em ->
            em.createNativeQuery(
                    "SELECT through_txid::text FROM payment_change_pruned"
                        + " ORDER BY through_txid DESC LIMIT 1")
                .getSingleResult()
                .toString());
  }

  private String walk(long run) {
    return db.inTransaction(
        em ->
            em.createNativeQuery(
                    "SELECT walk || ' ' || persons_total FROM payment_run WHERE id = " + run)
                .getSingleResult()
                .toString());
  }
}

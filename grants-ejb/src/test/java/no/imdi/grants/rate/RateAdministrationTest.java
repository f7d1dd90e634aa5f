package no.imdi.grants.rate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import no.imdi.grants.admintest.Callers;
import no.imdi.grants.rate.AuditedChange.Field;
import no.imdi.grants.shared.ConcurrentChangeException;
import no.imdi.grants.shared.FieldProblem;
import no.imdi.grants.shared.InvalidInputException;
import no.imdi.grants.shared.Nok;
import no.imdi.grants.testsupport.TestPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rate administration against PostgreSQL: supersede instead of overwrite, and the audit. */
class RateAdministrationTest {

  static final Instant NOW = Instant.parse("2026-11-20T09:15:00Z");
  static final String SOURCE = "Statsbudsjettet 2027, kap. 291 post 60";

  private TestPersistence db;

  @BeforeEach
  void database() {
    db = new TestPersistence();
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  @DisplayName("R-IG-4: adding a year's rate stores a current row and audits who, when and values")
  void addStoresCurrentRowAndAudit() {
    long id = as("admin", a -> a.add(command("AR-1", 2027, "201000", false)));

    RateEntry row = db.inTransaction(em -> em.find(RateEntry.class, id));
    assertThat(row.getCode()).isEqualTo("AR-1");
    assertThat(row.getCalendarYear()).isEqualTo(2027);
    assertThat(row.getAmount()).isEqualTo(Nok.kroner(201_000));
    assertThat(row.getSource()).isEqualTo(SOURCE);
    assertThat(row.isVerified()).isFalse();
    assertThat(row.getCreatedBy()).isEqualTo("admin");
    assertThat(row.getCreatedAt()).isEqualTo(NOW);
    assertThat(row.isCurrent()).isTrue();

    RateHistory history = as("admin", a -> a.history(id));
    assertThat(history.audits())
        .singleElement()
        .satisfies(
            audit -> {
              assertThat(audit.getRateId()).isEqualTo(id);
              assertThat(audit.getAction()).isEqualTo("CREATED");
              assertThat(audit.getUsername()).isEqualTo("admin");
              assertThat(audit.getAt()).isEqualTo(NOW);
              assertThat(audit.getChanges())
                  .containsExactly(
                      new AuditedChange(Field.AMOUNT, null, "201000"),
                      new AuditedChange(Field.CONDITIONS, null, "Voksen i familie"),
                      new AuditedChange(Field.SOURCE, null, SOURCE),
                      new AuditedChange(Field.VERIFIED, null, "false"));
              assertThat(audit.getDetails()).doesNotContain(Long.toString(id));
              assertThat(audit.getReason()).isEqualTo("Test");
            });
  }

  @Test
  void addingACodeAndYearThatHasARowIsRefusedOnTheYearField() {
    long before = db.count("select count(*) from rate");

    assertThatThrownBy(() -> as("admin", a -> a.add(command("T2", 2024, "1700000", true))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(FieldProblem.of("year", "rate.exists", "T2", "2024")));
    assertThat(db.count("select count(*) from rate")).isEqualTo(before);
    assertThat(db.count("select count(*) from rate_audit")).isZero();
  }

  @Test
  void invalidInputIsRefusedWithEveryProblemAndNothingStored() {
    RateCommand bad = new RateCommand("AR-9", 2200, new BigDecimal("-1"), null, " ", false, "Test");

    assertThatThrownBy(() -> as("admin", a -> a.add(bad)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field)
                    .containsExactly("code", "year", "amount", "source"));
    assertThat(db.count("select count(*) from rate where calendar_year = 2200")).isZero();
  }

  @Test
  @DisplayName(
      "R-RATE-2: a change supersedes the old row (kept as it was) and the rules see the new")
  void changeSupersedesAndKeepsOldValues() {
    RateEntry old = current(RateCode.T2, 2024);

    long newId =
        as(
            "eva",
            a -> a.change(old.getId(), old.getVersion(), command("T2", 2024, "1650000", true)));

    RateEntry kept = db.inTransaction(em -> em.find(RateEntry.class, old.getId()));
    assertThat(kept.getAmount()).isEqualTo(Nok.kroner(1_608_000));
    assertThat(kept.getConditions()).isEqualTo("Inntil (cap)");
    assertThat(kept.getSource()).isEqualTo("R-RATE-2; IMDi, seed 004");
    assertThat(kept.getSupersededAt()).isEqualTo(NOW);
    assertThat(kept.getSupersededBy()).isEqualTo("eva");
    RateEntry next = db.inTransaction(em -> em.find(RateEntry.class, newId));
    assertThat(next.isCurrent()).isTrue();
    assertThat(next.getAmount()).isEqualTo(Nok.kroner(1_650_000));
    assertThat(next.getCreatedBy()).isEqualTo("eva");
    assertThat(
            db.count(
                "select count(*) from rate where code = 'T2' and calendar_year = 2024"
                    + " and superseded_at is null"))
        .isEqualTo(1);
    Rate inForce =
        db.inTransaction(em -> new RateBook(em).table().find(RateCode.T2, 2024).orElseThrow());
    assertThat(inForce.amount()).isEqualTo(Nok.kroner(1_650_000));

    RateAudit audit = as("eva", a -> a.history(newId)).audits().get(0);
    assertThat(audit.getAction()).isEqualTo("SUPERSEDED");
    assertThat(audit.getRateId()).isEqualTo(old.getId());
    assertThat(audit.getUsername()).isEqualTo("eva");
    assertThat(audit.getChanges())
        .containsExactly(
            new AuditedChange(Field.AMOUNT, "1608000", "1650000"),
            new AuditedChange(Field.CONDITIONS, "Inntil (cap)", "Voksen i familie"),
            new AuditedChange(Field.SOURCE, "R-RATE-2; IMDi, seed 004", SOURCE));
    assertThat(audit.getReason()).isEqualTo("Test");
  }

  @Test
  void aChangeAfterSomeoneElsesChangeIsRefused() {
    RateEntry opened = current(RateCode.ELDR, 2023);
    as(
        "eva",
        a -> a.change(opened.getId(), opened.getVersion(), command("ELDR", 2023, "181000", false)));
    long rows = db.count("select count(*) from rate");

    assertThatThrownBy(
            () ->
                as(
                    "ola",
                    a ->
                        a.change(
                            opened.getId(),
                            opened.getVersion(),
                            command("ELDR", 2023, "999", false))))
        .isInstanceOf(ConcurrentChangeException.class)
        .hasMessageContaining("ELDR 2023");
    assertThat(db.count("select count(*) from rate")).isEqualTo(rows);
    assertThat(current(RateCode.ELDR, 2023).getAmount()).isEqualTo(Nok.kroner(181_000));
  }

  @Test
  void twoChangesAtTheSameTimeCannotBothWin() {
    RateEntry opened = current(RateCode.BHT, 2023);
    EntityManager slow = db.entityManager();
    slow.getTransaction().begin();
    slow.find(RateEntry.class, opened.getId());
    as(
        "eva",
        a -> a.change(opened.getId(), opened.getVersion(), command("BHT", 2023, "28000", false)));

    RateAdministration late =
        new RateAdministration(new RateRepository(slow), clock(), Callers.as("ola"));
    assertThatThrownBy(
            () ->
                late.change(
                    opened.getId(), opened.getVersion(), command("BHT", 2023, "29000", false)))
        .isInstanceOf(ConcurrentChangeException.class);
    slow.getTransaction().rollback();
    slow.close();

    assertThat(current(RateCode.BHT, 2023).getAmount()).isEqualTo(Nok.kroner(28_000));
    assertThat(db.count("select count(*) from rate where code = 'BHT'")).isEqualTo(2);
  }

  @Test
  void twoAddsOfTheSameCodeAndYearAtTheSameTimeCannotBothWin() throws Exception {
    EntityManager first = db.entityManager();
    first.getTransaction().begin();
    new RateAdministration(new RateRepository(first), clock(), Callers.as("eva"))
        .add(command("AR-2", 2027, "100000", false));
    CompletableFuture<Long> second =
        CompletableFuture.supplyAsync(
            () -> as("ola", a -> a.add(command("AR-2", 2027, "120000", false))));
    waitUntilSomeoneWaitsForALock();
    first.getTransaction().commit();
    first.close();

    assertThat(second)
        .failsWithin(Duration.ofSeconds(20))
        .withThrowableOfType(ExecutionException.class)
        .withCauseInstanceOf(ConcurrentChangeException.class);
    assertThat(current(RateCode.AR_2, 2027).getAmount()).isEqualTo(Nok.kroner(100_000));
    assertThat(db.count("select count(*) from rate where code = 'AR-2'")).isEqualTo(1);
    assertThat(db.count("select count(*) from rate_audit")).isEqualTo(1);
  }

  @Test
  void verifyingStoresAVerifiedCopyAndKeepsTheUnverifiedRow() {
    RateEntry opened = current(RateCode.EMINU, 2023);

    long newId = as("eva", a -> a.verify(opened.getId(), opened.getVersion()));

    RateHistory history = as("eva", a -> a.history(RateCode.EMINU, 2023));
    assertThat(history.rows()).extracting(RateEntry::getId).containsExactly(newId, opened.getId());
    assertThat(history.rows()).extracting(RateEntry::isVerified).containsExactly(true, false);
    assertThat(history.rows()).extracting(RateEntry::getAmount).containsOnly(Nok.kroner(705_000));
    assertThat(history.audits())
        .singleElement()
        .satisfies(
            audit -> {
              assertThat(audit.getAction()).isEqualTo("VERIFIED");
              assertThat(audit.getChanges())
                  .containsExactly(new AuditedChange(Field.VERIFIED, "false", "true"));
            });
  }

  @Test
  void changingNothingWritesNothing() {
    RateEntry opened = current(RateCode.T1, 2024);
    RateCommand same =
        new RateCommand(
            "T1", 2024, new BigDecimal("196400"), null, "R-RATE-2; IMDi, seed 004", true, "Test");

    long id = as("eva", a -> a.change(opened.getId(), opened.getVersion(), same));

    assertThat(id).isEqualTo(opened.getId());
    assertThat(db.count("select count(*) from rate_audit")).isZero();
    assertThat(db.count("select count(*) from rate where superseded_at is not null")).isZero();
  }

  @Test
  void aChangeOfMoreThanHalfTheAmountNeedsAConfirmationAndEveryChangeAReason() {
    RateEntry opened = current(RateCode.AR_1, 2023);
    RateCommand slip =
        new RateCommand("AR-1", 2023, new BigDecimal("100"), null, SOURCE, false, "Retting");
    assertThatThrownBy(() -> as("eva", a -> a.change(opened.getId(), opened.getVersion(), slip)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(FieldProblem::field, FieldProblem::messageKey)
                    .containsExactly(tuple("amount", "rate.amount.largeChange")));
    RateCommand noReason =
        new RateCommand("AR-1", 2023, new BigDecimal("194500"), null, SOURCE, false, " ");
    assertThatThrownBy(
            () -> as("eva", a -> a.change(opened.getId(), opened.getVersion(), noReason)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("reason"));
    RateCommand confirmed =
        new RateCommand("AR-1", 2023, new BigDecimal("100"), null, SOURCE, false, "Retting", true);
    long id = as("eva", a -> a.change(opened.getId(), opened.getVersion(), confirmed));
    assertThat(db.inTransaction(em -> em.find(RateEntry.class, id)).getAmount())
        .isEqualTo(Nok.kroner(100));
  }

  @Test
  void theCodeAndYearOfARowCannotBeChanged() {
    RateEntry opened = current(RateCode.T1, 2024);

    assertThatThrownBy(
            () ->
                as(
                    "eva",
                    a ->
                        a.change(
                            opened.getId(),
                            opened.getVersion(),
                            command("T2", 2025, "196400", true))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        FieldProblem.of("code", "rate.keyFixed"),
                        FieldProblem.of("year", "rate.keyFixed")));
  }

  private void waitUntilSomeoneWaitsForALock() throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (db.count(
            "select count(*) from pg_stat_activity where datname = current_database()"
                + " and wait_event_type = 'Lock'")
        == 0) {
      assertThat(System.nanoTime())
          .as("the second insert waits for the first")
          .isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  private RateEntry current(RateCode code, int year) {
    return db.inTransaction(em -> new RateRepository(em).findCurrent(code, year).orElseThrow());
  }

  private <T> T as(String user, Function<RateAdministration, T> work) {
    return db.inTransaction(
        em ->
            work.apply(new RateAdministration(new RateRepository(em), clock(), Callers.as(user))));
  }

  static Clock clock() {
    return Clock.fixed(NOW, ZoneId.of("Europe/Oslo"));
  }

  static RateCommand command(String code, int year, String amount, boolean verified) {
    return new RateCommand(
        code, year, new BigDecimal(amount), "Voksen i familie", SOURCE, verified, "Test");
  }
}

package no.imdi.grants.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import no.imdi.grants.payment.PaymentLedger;
import no.imdi.grants.payment.PaymentSettingsBook;
import no.imdi.grants.payment.bank.Pain001Writer;
import no.imdi.grants.payment.file.PaymentFileMaker;
import no.imdi.grants.rate.RateBook;
import no.imdi.grants.settings.SettingsBook;
import no.imdi.grants.testsupport.TestPersistence;
import org.junit.jupiter.api.Test;

/** The demo's payment run (R-PAY-3): the previous instalment paid, with its bank file. */
class DemoPaymentsTest {

  @Test
  void leavesThePreviousInstalmentPaidAndTheCurrentOneToStart() throws Exception {
    try (TestPersistence db = new TestPersistence()) {
      try (Connection c = db.dataSource().getConnection()) {
        c.setAutoCommit(false);
        DemoDataLoader.insertUsers(c);
        DemoPopulation.populate(c, 1500, 7);
        DemoRates.insert(c, Instant.parse("2026-12-01T08:00:00Z"));
        c.commit();
      }
      Clock clock = Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneId.of("Europe/Oslo"));
      long run =
          DemoPayments.load(
              db.dataSource(),
              () -> {
                EntityManager em = db.entityManager();
                try {
                  return new PaymentSettingsBook(new SettingsBook(em), new RateBook(em))
                      .entitlements();
                } finally {
                  em.close();
                }
              },
              clock,
              (id, approver, at) ->
                  db.inTransaction(
                      em -> {
                        PaymentLedger ledger = new PaymentLedger(em);
                        return new PaymentFileMaker(em, ledger, new Pain001Writer())
                            .make(ledger.find(id).orElseThrow(), approver, at);
                      }));

      assertThat(db.count("SELECT count(*) FROM payment_run WHERE state = 'PAID'")).isEqualTo(1);
      assertThat(
              db.count(
                  "SELECT count(*) FROM payment_run WHERE instalment = date '2026-09-30' AND id = "
                      + run))
          .isEqualTo(1);
      assertThat(db.count("SELECT count(*) FROM payment_line WHERE run_id = " + run))
          .isGreaterThan(1500);
      assertThat(db.count("SELECT persons_skipped FROM payment_run WHERE id = " + run)).isZero();
      assertThat(db.count("SELECT count(*) FROM payment_run_audit WHERE run_id = " + run))
          .isEqualTo(3);
      // R-PAY-3: the paid run has the bank file its approval makes, by the approver
      assertThat(
              db.count(
                  "SELECT count(*) FROM payment_file WHERE created_by = 'imdi.godkjenner'"
                      + " AND created_at < now() - interval '50 days' AND run_id = "
                      + run))
          .isEqualTo(1);
      assertThat(db.count("SELECT control_sum_ore FROM payment_file WHERE run_id = " + run))
          .isEqualTo(db.count("SELECT sum(amount_ore) FROM payment_line WHERE run_id = " + run));
      assertThat(
              db.count(
                  "SELECT count(*) FROM payment_file_transfer t JOIN payment_file f"
                      + " ON f.id = t.file_id WHERE f.run_id = "
                      + run))
          .isEqualTo(
              db.count(
                  "SELECT count(*) FROM (SELECT municipality FROM payment_line WHERE run_id = "
                      + run
                      + " GROUP BY municipality HAVING sum(amount_ore) <> 0) m"));
      assertThat(DemoPayments.load(db.dataSource(), () -> null, clock, (id, by, at) -> {}))
          .isEqualTo(-1);
    }
  }
}

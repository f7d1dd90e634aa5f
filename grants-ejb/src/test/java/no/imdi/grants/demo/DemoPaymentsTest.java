package no.imdi.grants.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import no.imdi.grants.payment.PaymentSettingsBook;
import no.imdi.grants.rate.RateBook;
import no.imdi.grants.settings.SettingsBook;
import no.imdi.grants.testsupport.TestPersistence;
import org.junit.jupiter.api.Test;

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
              clock);

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
      assertThat(DemoPayments.load(db.dataSource(), () -> null, clock)).isEqualTo(-1);
    }
  }
}

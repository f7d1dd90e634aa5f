package no.imdi.grants.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import no.imdi.grants.settlement.NationalId;
import no.imdi.grants.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

class DemoPopulationTest {

  @Test
  void demoRatesFillEveryCodeAndYearFrom2019To2026UnverifiedWithoutTouchingTheRuleBooksRows()
      throws Exception {
    DataSource ds = TestDatabase.freshDatabase();
    try (Connection c = ds.getConnection()) {
      long before = count(c, "select count(*) from rate");
      long verified = count(c, "select count(*) from rate where verified");
      int inserted = DemoRates.insert(c, java.time.Instant.parse("2026-12-01T08:00:00Z"));
      assertThat(count(c, "select count(*) from rate")).isEqualTo(before + inserted);
      assertThat(
              count(
                  c,
                  "select count(*) from rate where calendar_year between 2019 and 2026"
                      + " and superseded_at is null"))
          .isEqualTo(14 * 8);
      assertThat(count(c, "select count(*) from rate where created_by = 'demo' and verified"))
          .isZero();
      assertThat(count(c, "select count(*) from rate where verified")).isEqualTo(verified);
      assertThat(
              count(
                  c,
                  "select count(*) from rate where created_by = 'demo'"
                      + " and source not like 'DEMOVERDI%'"))
          .isZero();
      assertThat(count(c, "select amount from rate where code = 'AR-1' and calendar_year = 2023"))
          .isEqualTo(194_400);
      assertThat(DemoRates.insert(c, java.time.Instant.now())).isZero();
    }
  }

  @Test
  void writesSyntheticPersonsWithEveryKindOfCaseTheIssueAsksFor() throws Exception {
    DataSource ds = TestDatabase.freshDatabase();
    try (Connection c = ds.getConnection()) {
      int written = DemoPopulation.populate(c, 3000, 42);
      assertThat(written).isGreaterThanOrEqualTo(3000);
      assertThat(count(c, "select count(*) from settlement")).isEqualTo(written);
      assertThat(count(c, "select count(distinct municipality) from settlement")).isEqualTo(12);
      assertThat(count(c, "select count(distinct target_group) from settlement")).isEqualTo(8);
      assertThat(count(c, "select count(*) from settlement where unaccompanied_minor"))
          .isPositive();
      assertThat(count(c, "select count(*) from settlement where udi_housing <> 'NONE'"))
          .isPositive();
      assertThat(count(c, "select count(*) from settlement where mother_id is not null"))
          .isPositive();
      assertThat(count(c, "select count(*) from settlement_move")).isPositive();
      DemoMoves.record(c, java.time.Instant.parse("2026-01-15T10:00:00Z"));
      assertThat(count(c, "select count(*) from settlement_audit"))
          .isEqualTo(count(c, "select count(*) from settlement_move"));
      assertThat(count(c, "select count(*) from municipality_notice")).isPositive();
      assertThat(
              count(
                  c,
                  "select count(*) from settlement where settlement_date < date '2019-01-01'"
                      + " or settlement_date > date '2025-12-31' and mother_id is null"))
          .isZero();
      assertThat(
              count(
                  c,
                  "select count(*) from settlement s join settlement m on m.person_id = s.mother_id"
                      + " where s.settlement_date <= m.settlement_date"
                      + " or s.settlement_date > m.settlement_date + interval '6 months'"))
          .isZero();
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("select national_id from person")) {
        while (rs.next()) {
          NationalId id = NationalId.of(rs.getString(1), true);
          assertThat(id.isSynthetic()).isTrue();
        }
      }
    }
  }

  private static long count(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}

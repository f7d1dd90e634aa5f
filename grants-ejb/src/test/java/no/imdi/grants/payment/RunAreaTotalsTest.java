package no.imdi.grants.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import no.imdi.grants.admintest.Callers;
import no.imdi.grants.payment.review.AreaRow;
import no.imdi.grants.payment.review.AreaSort;
import no.imdi.grants.payment.review.RunAreaTotals;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.shared.Page;
import no.imdi.grants.shared.PageRequest;
import no.imdi.grants.testsupport.Register;
import no.imdi.grants.testsupport.TestPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A run's totals per municipality, county and group, summed, sorted and paged in PostgreSQL. */
class RunAreaTotalsTest {

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

  @Test
  @DisplayName("R-PAY-3 the run's totals are paged and sorted in the database, with the previous")
  void R_PAY_3_totalsPagedAndSorted() {
    for (int i = 0; i < 3; i++) {
      Register.settle(db, "0301", "Oslo" + i, "Person", LocalDate.of(2024, 2, 10));
    }
    Register.settle(db, "4601", "Bergen", "Person", LocalDate.of(2024, 2, 10));
    world.approved(LocalDate.of(2025, 3, 31));
    long run = world.start(LocalDate.of(2025, 6, 30));
    world.runToEnd(run);
    long oslo = world.sum("run_id = " + run + " AND municipality = '0301'");
    long osloBefore = world.sum("instalment = date '2025-03-31' AND municipality = '0301'");
    long bergen = world.sum("run_id = " + run + " AND municipality = '4601'");

    Page<AreaRow> first =
        page(run, RunAreaTotals.Area.MUNICIPALITY, new PageRequest<>(0, 1, AreaSort.NET, false));
    assertThat(first.total()).isEqualTo(2);
    assertThat(first.rows())
        .extracting(AreaRow::key, AreaRow::netOre, AreaRow::previousNetOre)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("0301", oslo, osloBefore));
    assertThat(osloBefore).isPositive();
    Page<AreaRow> second =
        page(run, RunAreaTotals.Area.MUNICIPALITY, new PageRequest<>(1, 1, AreaSort.NET, false));
    assertThat(second.rows())
        .extracting(AreaRow::key, AreaRow::netOre)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("4601", bergen));
    assertThat(
            page(run, RunAreaTotals.Area.COUNTY, new PageRequest<>(0, 25, AreaSort.KEY, true))
                .rows())
        .extracting(AreaRow::netOre)
        .containsExactly(oslo, bergen);
    Page<AreaRow> groups =
        page(run, RunAreaTotals.Area.GROUP, new PageRequest<>(0, 25, AreaSort.CHANGE, true));
    assertThat(groups.rows()).extracting(AreaRow::netOre).contains(oslo + bergen);
    assertThat(groups.rows()).allSatisfy(g -> assertThat(g.name()).isNotBlank());
    long net = db.inTransaction(em -> totals(em, "imdi.godkjenner").net(run));
    assertThat(net).isEqualTo(oslo + bergen);
    assertThatThrownBy(
            () ->
                db.inTransaction(
                    em ->
                        totals(em, "kommune.oslo")
                            .page(
                                run,
                                RunAreaTotals.Area.MUNICIPALITY,
                                new PageRequest<>(0, 25, AreaSort.KEY, true))))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  @DisplayName("R-PAY-3 totals per municipality, county and group add up to the lines")
  void R_PAY_3_totalsAddUpToTheLines() {
    Register.settle(db, "0301", "Amina", "Haddad", LocalDate.of(2024, 2, 10));
    Register.settle(db, "4601", "Fatima", "Ali", LocalDate.of(2024, 2, 10));
    long run = world.start(LocalDate.of(2025, 6, 30));
    world.runToEnd(run);
    PageRequest<AreaSort> byKey = new PageRequest<>(0, 25, AreaSort.KEY, true);

    assertThat(page(run, RunAreaTotals.Area.MUNICIPALITY, byKey).rows())
        .extracting(AreaRow::key, AreaRow::netOre, AreaRow::previousNetOre)
        .containsExactly(
            tuple("0301", PaymentRunTest.PER_PERSON, 0L),
            tuple("4601", PaymentRunTest.PER_PERSON, 0L));
    assertThat(page(run, RunAreaTotals.Area.COUNTY, byKey).rows())
        .extracting(AreaRow::netOre)
        .containsExactly(PaymentRunTest.PER_PERSON, PaymentRunTest.PER_PERSON);
    assertThat(page(run, RunAreaTotals.Area.GROUP, byKey).rows())
        .extracting(AreaRow::key, AreaRow::netOre)
        .contains(
            tuple(PaymentGroup.INTEGRATION_YEAR_ONE.name(), 420_000_00L),
            tuple(PaymentGroup.INTEGRATION_LATER_YEARS.name(), 104_000_00L));
    assertThat(world.sum("run_id = " + run)).isEqualTo(2 * PaymentRunTest.PER_PERSON);
  }

  private Page<AreaRow> page(long run, RunAreaTotals.Area area, PageRequest<AreaSort> request) {
    return db.inTransaction(em -> totals(em, "imdi.saksbehandler").page(run, area, request));
  }

  private static RunAreaTotals totals(jakarta.persistence.EntityManager em, String user) {
    return new RunAreaTotals(em, new CurrentUser(Callers.as(user), em));
  }
}

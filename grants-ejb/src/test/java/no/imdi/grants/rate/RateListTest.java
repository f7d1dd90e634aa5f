package no.imdi.grants.rate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.imdi.grants.admintest.Callers;
import no.imdi.grants.shared.Page;
import no.imdi.grants.shared.PageRequest;
import no.imdi.grants.testsupport.TestPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The list of current rates: filtered, sorted and paged in PostgreSQL; history rows left out. */
class RateListTest {

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
  void theMigratedRowsAreListedByCodeThenNewestYear() {
    Page<RateEntry> page = list(RateFilter.NONE, new PageRequest<>(0, 5, RateSort.CODE, true));

    assertThat(page.total()).isEqualTo(16);
    assertThat(page.rows())
        .extracting(r -> r.getCode() + " " + r.getCalendarYear())
        .containsExactly("AR-1 2023", "AR-1-EV 2023", "BHT 2023", "ELDR 2023", "EMINB 2023");
  }

  @Test
  void filtersByCodeYearAndVerifiedAndLeavesSupersededRowsOut() {
    RateEntry t2 =
        db.inTransaction(em -> new RateRepository(em).findCurrent(RateCode.T2, 2023).orElseThrow());
    db.inTransaction(
        em ->
            new RateAdministration(
                    new RateRepository(em), RateAdministrationTest.clock(), Callers.as("eva"))
                .change(
                    t2.getId(),
                    t2.getVersion(),
                    RateAdministrationTest.command("T2", 2023, "1520000", false)));

    assertThat(codesAndYears(new RateFilter(RateCode.T2, null, null)))
        .containsExactly("T2 2024", "T2 2023", "T2 2022", "T2 2021");
    assertThat(codesAndYears(new RateFilter(null, 2024, null)))
        .containsExactly("T1 2024", "T2 2024", "T2-SAERSKILT 2024");
    assertThat(codesAndYears(new RateFilter(null, 2023, false)))
        .containsExactly(
            "AR-1 2023",
            "AR-1-EV 2023",
            "BHT 2023",
            "ELDR 2023",
            "EMINB 2023",
            "EMINU 2023",
            "T2 2023");
    assertThat(list(RateFilter.NONE, new PageRequest<>(0, 100, null, true)).total()).isEqualTo(16);
  }

  @Test
  void sortsByAmountDescendingAndPages() {
    Page<RateEntry> second = list(RateFilter.NONE, new PageRequest<>(2, 2, RateSort.AMOUNT, false));

    assertThat(second.total()).isEqualTo(16);
    assertThat(second.rows())
        .extracting(r -> r.getCode() + " " + r.getCalendarYear() + " " + r.getAmount())
        .containsExactly("T2 2024 1 608 000 kr", "T2 2023 1 520 000 kr");
  }

  private List<String> codesAndYears(RateFilter filter) {
    return list(filter, new PageRequest<>(0, 50, RateSort.CODE, true)).rows().stream()
        .map(r -> r.getCode() + " " + r.getCalendarYear())
        .toList();
  }

  private Page<RateEntry> list(RateFilter filter, PageRequest<RateSort> page) {
    return db.inTransaction(
        em ->
            new RateAdministration(
                    new RateRepository(em), RateAdministrationTest.clock(), Callers.as("admin"))
                .current(filter, page));
  }
}

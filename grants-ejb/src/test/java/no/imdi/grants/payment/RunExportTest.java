package no.imdi.grants.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.admintest.Callers;
import no.imdi.grants.export.ExportOutcome;
import no.imdi.grants.export.ExportRequest;
import no.imdi.grants.payment.review.PaymentRunReview;
import no.imdi.grants.payment.review.RunExport;
import no.imdi.grants.payment.review.RunSort;
import no.imdi.grants.payment.review.RunSummary;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.shared.PageRequest;
import no.imdi.grants.testsupport.CsvRows;
import no.imdi.grants.testsupport.ExportFiles;
import no.imdi.grants.testsupport.Register;
import no.imdi.grants.testsupport.TestPersistence;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The list of payment runs as a file (R-PAY-3), on PostgreSQL with real runs: an approved run of Q1
 * and a proposed run of Q2, in the page's order, with the page's figures; logged (it names the
 * officers); IMDi's only.
 */
class RunExportTest {

  static final LocalDate Q1_2025 = LocalDate.of(2025, 3, 31);
  static final LocalDate Q2_2025 = LocalDate.of(2025, 6, 30);

  TestPersistence db;
  PaymentWorld world;

  @BeforeEach
  void arrange() {
    db = new TestPersistence();
    Register.users(db);
    world = new PaymentWorld(db, Instant.parse("2025-07-01T08:00:00Z"));
    for (int i = 0; i < 3; i++) {
      Register.settle(db, "0301", "Oslo" + i, "Person", LocalDate.of(2024, 2, 10));
    }
    Register.settle(db, "4601", "Bergen", "Person", LocalDate.of(2024, 2, 10));
    world.approved(Q1_2025);
    world.runToEnd(world.start(Q2_2025));
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void R_PAY_3_theRunsListExportsWithThePagesFiguresInItsOrder() throws Exception {
    List<RunSummary> list =
        db.inTransaction(
                em ->
                    review(em, "imdi.saksbehandler")
                        .runs(new PageRequest<>(0, 25, RunSort.INSTALMENT, false)))
            .rows();
    assertThat(list).extracting(RunSummary::instalment).containsExactly(Q2_2025, Q1_2025);
    assertThat(list)
        .extracting(RunSummary::state)
        .containsExactly(RunState.PROPOSED, RunState.APPROVED);

    String csv = ExportFiles.csv("nb", request -> export("imdi.saksbehandler", request));
    assertThat(csv).startsWith("\uFEFF\"kjøring\";\"termin\";\"status\";\"sum\";\"kommuner\"");
    List<List<String>> rows = CsvRows.parse(csv);
    assertThat(rows).hasSize(3);
    assertThat(rows.get(1).subList(1, 6))
        .containsExactly(
            "30.06.2025",
            "foreslått",
            java.math.BigDecimal.valueOf(list.get(0).totalOre(), 2)
                .toPlainString()
                .replace('.', ','),
            "2",
            Long.toString(list.get(0).lines()));
    assertThat(rows.get(2).get(2)).isEqualTo("godkjent");
    assertThat(rows.get(2).get(8)).isEqualTo("imdi.godkjenner");
    assertThat(rows.get(2).get(11)).isEqualTo(list.get(1).hasFile() ? "ja" : "nei");
    assertThat(
            db.count(
                "select count(*) from export_log where list_name = 'payment-runs' and row_count = 2"
                    + " and username = 'imdi.saksbehandler' and sort_order = 'INSTALMENT desc'"))
        .isOne();

    try (XSSFWorkbook book =
        ExportFiles.xlsx("en", request -> export("imdi.godkjenner", request))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(book.getSheetName(0)).isEqualTo("Payment runs");
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
      assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("proposed");
      assertThat(sheet.getRow(1).getCell(3).getNumericCellValue())
          .isEqualTo(list.get(0).totalOre() / 100.0);
      assertThat(sheet.getRow(2).getCell(0).getNumericCellValue())
          .isEqualTo((double) list.get(1).id());
    }
  }

  @Test
  void R_PAY_3_aMunicipalitysStaffMayNotExportTheRuns() {
    assertThatThrownBy(() -> ExportFiles.csv("nb", request -> export("okonomi.oslo", request)))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(db.count("select count(*) from export_log")).isZero();
  }

  private PaymentRunReview review(jakarta.persistence.EntityManager em, String user) {
    return new PaymentRunReview(
        em, new CurrentUser(Callers.as(user), em), Clock.fixed(world.now(), PaymentWorld.OSLO));
  }

  private ExportOutcome export(String user, ExportRequest request) {
    Clock clock = Clock.fixed(world.now(), PaymentWorld.OSLO);
    return db.inTransaction(
        em ->
            new RunExport(
                    new CurrentUser(Callers.as(user), em),
                    review(em, user),
                    ExportFiles.exports(em, user, clock))
                .export(RunSort.INSTALMENT, false, request));
  }
}

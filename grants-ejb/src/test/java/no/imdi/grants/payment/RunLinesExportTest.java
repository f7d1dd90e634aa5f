package no.imdi.grants.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import no.imdi.grants.admintest.Callers;
import no.imdi.grants.audit.AccessLog;
import no.imdi.grants.export.ExportOutcome;
import no.imdi.grants.export.ExportRequest;
import no.imdi.grants.payment.export.RunLinesExport;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.shared.PageRequest;
import no.imdi.grants.testsupport.CsvRows;
import no.imdi.grants.testsupport.ExportFiles;
import no.imdi.grants.testsupport.Register;
import no.imdi.grants.testsupport.TestPersistence;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The payment run's lines (IMDi's drill-down, R-PAY-3) as CSV and XLSX on PostgreSQL: the file
 * parses back to the page's rows in the page's order (the page's own query), of the municipality
 * asked for only; every export is in the export log; a person's lines are an access-log read; a
 * municipality's staff may not export them.
 */
class RunLinesExportTest {

  static final LocalDate Q2_2025 = LocalDate.of(2025, 6, 30);

  TestPersistence db;
  PaymentWorld world;
  long run;
  long oslo;
  long bergen;

  @BeforeEach
  void arrange() {
    db = new TestPersistence();
    Register.users(db);
    world = new PaymentWorld(db, Instant.parse("2025-07-01T08:00:00Z"));
    oslo = Register.settle(db, "0301", "Amina", "Haddad", LocalDate.of(2024, 2, 10));
    Register.settle(db, "0301", "Yusuf", "Abdullahi", LocalDate.of(2023, 5, 2));
    bergen = Register.settle(db, "4601", "Fatima", "Ali", LocalDate.of(2024, 2, 10));
    run = world.start(Q2_2025);
    world.runToEnd(run);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void R_PAY_3_theCsvHoldsThePagesLinesInThePagesOrderOfTheMunicipalityAndIsLogged() {
    LineQuery query = LineQuery.ofRun(run).inMunicipality("0301");
    List<LineView> page = page("imdi.saksbehandler", query, LineSort.AMOUNT, false);
    assertThat(page).hasSizeGreaterThan(1);

    String csv = ExportFiles.csv("nb", export("imdi.saksbehandler", query, LineSort.AMOUNT, false));

    assertThat(csv)
        .startsWith(
            "\uFEFF\"kjøring\";\"termin\";\"status\";\"kommune\";\"person-id\";\"kode\";"
                + "\"gruppe\";\"art\";\"nøkkel\";\"først forfalt\";\"beløp\";\"regler\";"
                + "\"begrunnelse\"\r\n");
    List<List<String>> rows = CsvRows.parse(csv);
    assertThat(rows).hasSize(page.size() + 1);
    for (int i = 0; i < page.size(); i++) {
      LineView line = page.get(i);
      List<String> row = rows.get(i + 1);
      assertThat(row.get(0)).isEqualTo(String.valueOf(run));
      assertThat(row.get(2)).isEqualTo("planlagt");
      assertThat(row.get(3)).isEqualTo("0301");
      assertThat(row.get(4))
          .isEqualTo(line.personId() == null ? "" : String.valueOf(line.personId()));
      assertThat(row.get(8)).isEqualTo(line.entitlementKey());
      assertThat(row.get(10))
          .isEqualTo(Ore.kroner(line.amountOre()).toPlainString().replace('.', ','));
      assertThat(row.get(11)).isEqualTo(line.reason().rules());
      assertThat(row.get(12)).isEqualTo(line.text(Locale.forLanguageTag("nb")));
    }
    assertThat(rows).extracting(r -> r.get(4)).doesNotContain(String.valueOf(bergen));
    assertThat(
            db.count(
                "select count(*) from export_log where username = 'imdi.saksbehandler'"
                    + " and list_name = 'run-lines' and format = 'CSV' and completed"
                    + " and filter = 'run="
                    + run
                    + " municipality=0301' and sort_order = 'AMOUNT desc' and row_count = "
                    + page.size()))
        .isOne();
  }

  @Test
  void R_PAY_3_theXlsxHoldsThePagesAmountsAsNumbersInThePagesOrderInEnglish() throws Exception {
    LineQuery query = LineQuery.ofRun(run).inMunicipality("0301");
    List<LineView> page = page("imdi.godkjenner", query, LineSort.DUE, true);
    try (XSSFWorkbook book =
        ExportFiles.xlsx("en", export("imdi.godkjenner", query, LineSort.DUE, true))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(book.getSheetName(0)).isEqualTo("Payment lines");
      assertThat(sheet.getRow(0).getCell(10).getStringCellValue()).isEqualTo("amount");
      assertThat(sheet.getLastRowNum()).isEqualTo(page.size());
      for (int i = 0; i < page.size(); i++) {
        Row row = sheet.getRow(i + 1);
        LineView line = page.get(i);
        assertThat(row.getCell(10).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(BigDecimal.valueOf(row.getCell(10).getNumericCellValue()))
            .isEqualByComparingTo(Ore.kroner(line.amountOre()));
        assertThat(row.getCell(9).getLocalDateTimeCellValue().toLocalDate())
            .isEqualTo(line.dueBasis());
        assertThat(row.getCell(8).getStringCellValue()).isEqualTo(line.entitlementKey());
        assertThat(row.getCell(2).getStringCellValue()).isEqualTo("planned");
      }
    }
  }

  @Test
  void R_PAY_3_aPersonsLinesAreAnAccessLogReadAndOnlyThatPersons() {
    LineQuery query = LineQuery.ofRun(run).inMunicipality("0301").ofPerson(oslo);
    String csv = ExportFiles.csv("nb", export("imdi.saksbehandler", query, null, true));
    List<List<String>> rows = CsvRows.parse(csv);
    assertThat(rows).hasSizeGreaterThan(1);
    assertThat(rows.subList(1, rows.size()))
        .allSatisfy(r -> assertThat(r.get(4)).isEqualTo(String.valueOf(oslo)));
    assertThat(
            db.count(
                "select count(*) from person_access_log where username = 'imdi.saksbehandler'"
                    + " and person_id = "
                    + oslo))
        .isOne();
  }

  @Test
  void R_PAY_3_aMunicipalitysStaffMayNotExportTheRunsLines() {
    assertThatThrownBy(
            () ->
                ExportFiles.csv(
                    "nb",
                    export(
                        "okonomi.oslo", LineQuery.ofRun(run).inMunicipality("0301"), null, true)))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(db.count("select count(*) from export_log where list_name = 'run-lines'")).isZero();
  }

  private List<LineView> page(String user, LineQuery query, LineSort sort, boolean ascending) {
    var result = world.as(user, s -> s.lines(query, new PageRequest<>(0, 200, sort, ascending)));
    assertThat(result.total()).isEqualTo(result.rows().size());
    return result.rows();
  }

  private Function<ExportRequest, ExportOutcome> export(
      String user, LineQuery query, LineSort sort, boolean ascending) {
    return request ->
        db.inTransaction(em -> exporter(em, user).export(query, sort, ascending, request));
  }

  private RunLinesExport exporter(EntityManager em, String user) {
    CurrentUser current = new CurrentUser(Callers.as(user), em);
    Clock clock = Clock.fixed(world.now(), PaymentWorld.OSLO);
    return new RunLinesExport(
        current,
        new PaymentLedger(em),
        new AccessLog(em, clock),
        ExportFiles.exports(current, em, clock));
  }
}

package no.imdi.grants.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import no.imdi.grants.admintest.Callers;
import no.imdi.grants.audit.AccessLog;
import no.imdi.grants.export.ExportFormat;
import no.imdi.grants.export.ExportOutcome;
import no.imdi.grants.export.ExportRequest;
import no.imdi.grants.export.ExportTexts;
import no.imdi.grants.export.Exporter;
import no.imdi.grants.export.RowSource;
import no.imdi.grants.payment.basis.BasisExport;
import no.imdi.grants.payment.basis.BasisFilter;
import no.imdi.grants.payment.basis.BasisLine;
import no.imdi.grants.payment.basis.BasisSort;
import no.imdi.grants.payment.basis.InstalmentBasis;
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
 * The instalment basis's export (R-PAY-3) on the export mechanism, on PostgreSQL: the CSV and the
 * XLSX parse back to the page's rows in the page's order (amount, descending), Oslo's only, with
 * the former CSV's lowercase column names; the export is in the export log; a person of another
 * municipality is refused; a formula-looking name is defused and amounts have a decimal comma.
 */
class BasisExportTest {

  static final LocalDate Q2_2025 = LocalDate.of(2025, 6, 30);

  TestPersistence db;
  PaymentWorld world;
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
    world.runToEnd(world.start(Q2_2025));
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void R_PAY_3_theCsvHoldsThePagesRowsInThePagesOrderOslosOnlyAndIsLogged() {
    List<BasisLine> page = pageRows("okonomi.oslo");
    assertThat(page).hasSizeGreaterThan(1);

    String csv = ExportFiles.csv("nb", export("okonomi.oslo", BasisFilter.ALL));

    assertThat(csv)
        .startsWith(
            "\uFEFF\"termin\";\"status\";\"person-id\";\"person\";\"kode\";\"gruppe\";\"art\";"
                + "\"først forfalt\";\"beløp\";\"regler\";\"begrunnelse\"\r\n");
    List<List<String>> rows = CsvRows.parse(csv);
    assertThat(rows).hasSize(page.size() + 1);
    for (int i = 0; i < page.size(); i++) {
      BasisLine line = page.get(i);
      List<String> row = rows.get(i + 1);
      assertThat(row.get(2)).isEqualTo(String.valueOf(line.personId()));
      assertThat(row.get(4)).isEqualTo(line.code());
      assertThat(row.get(8))
          .isEqualTo(Ore.kroner(line.amountOre()).toPlainString().replace('.', ','));
      assertThat(row.get(1)).isEqualTo("planlagt");
    }
    assertThat(rows).extracting(r -> r.get(2)).doesNotContain(String.valueOf(bergen));
    assertThat(
            db.count(
                "select count(*) from export_log where username = 'okonomi.oslo'"
                    + " and list_name = 'basis' and format = 'CSV' and completed"
                    + " and row_count = "
                    + page.size()))
        .isOne();
  }

  @Test
  void R_PAY_3_theXlsxHoldsThePagesAmountsAsNumbersInThePagesOrder() throws Exception {
    List<BasisLine> page = pageRows("kommune.oslo");
    try (XSSFWorkbook book = ExportFiles.xlsx("en", export("kommune.oslo", BasisFilter.ALL))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(book.getSheetName(0)).isEqualTo("Instalment basis");
      assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("amount");
      assertThat(sheet.getLastRowNum()).isEqualTo(page.size());
      for (int i = 0; i < page.size(); i++) {
        Row row = sheet.getRow(i + 1);
        assertThat(row.getCell(8).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(BigDecimal.valueOf(row.getCell(8).getNumericCellValue()))
            .isEqualByComparingTo(Ore.kroner(page.get(i).amountOre()));
        assertThat(row.getCell(0).getLocalDateTimeCellValue().toLocalDate())
            .isEqualTo(page.get(i).instalment());
        assertThat(row.getCell(1).getStringCellValue()).isEqualTo("planned");
      }
    }
  }

  @Test
  void R_PAY_3_anotherMunicipalitysPersonIsRefusedAndAPersonFilterIsAnAccessLogRead() {
    assertThatThrownBy(
            () ->
                ExportFiles.csv(
                    "nb", export("kommune.bergen", new BasisFilter(null, oslo, null, null))))
        .isInstanceOf(AccessDeniedException.class);
    String own =
        ExportFiles.csv("nb", export("kommune.oslo", new BasisFilter(null, oslo, null, null)));
    List<List<String>> rows = CsvRows.parse(own);
    assertThat(rows).hasSizeGreaterThan(1);
    assertThat(rows.subList(1, rows.size()))
        .allSatisfy(r -> assertThat(r.get(2)).isEqualTo(String.valueOf(oslo)));
    assertThat(
            db.count(
                "select count(*) from person_access_log where username = 'kommune.oslo'"
                    + " and person_id = "
                    + oslo))
        .isOne();
  }

  @Test
  void R_PAY_3_aFormulaLookingNameIsDefusedAndAmountsHaveADecimalComma() {
    BasisLine line =
        new BasisLine(
            7,
            3,
            LocalDate.of(2025, 3, 31),
            42L,
            "=HYPERLINK(\"x\"), Amina",
            "0301",
            "AR-2",
            PaymentGroup.INTEGRATION_LATER_YEARS,
            LineKind.ADJUSTMENT,
            LocalDate.of(2024, 12, 31),
            -1_285_750,
            LineStatus.SENT,
            new StoredReason(
                "R-IG-4,R-IG-5", "payment.line.whole", "s:AR-2|i:2024|n:12857.50|d:2025-03-31"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportOutcome outcome =
        Exporter.write(
            BasisExport.TABLE,
            RowSource.of(java.util.stream.Stream.of(line)),
            ExportFormat.CSV,
            ExportTexts.of(Locale.forLanguageTag("nb")),
            out);
    assertThat(outcome.completed()).isTrue();
    String csv = out.toString(StandardCharsets.UTF_8);
    assertThat(csv.lines().toList().get(1))
        .startsWith("31.03.2025;\"sendt\";42;\"'=HYPERLINK(\"\"x\"\"), Amina\";\"AR-2\";")
        .contains(";\"ADJUSTMENT\";31.12.2024;-12857,50;\"R-IG-4,R-IG-5\";\"AR-2 for 2024");
  }

  private List<BasisLine> pageRows(String user) {
    return db.inTransaction(
        em ->
            basis(em, user)
                .page(BasisFilter.ALL, new PageRequest<>(0, 200, BasisSort.AMOUNT, false))
                .rows());
  }

  private Function<ExportRequest, ExportOutcome> export(String user, BasisFilter filter) {
    return request ->
        db.inTransaction(
            em -> {
              CurrentUser current = new CurrentUser(Callers.as(user), em);
              return new BasisExport(
                      em,
                      current,
                      new AccessLog(em, clock()),
                      ExportFiles.exports(current, em, clock()))
                  .export(filter, BasisSort.AMOUNT, false, request);
            });
  }

  private InstalmentBasis basis(jakarta.persistence.EntityManager em, String user) {
    return new InstalmentBasis(
        em, new CurrentUser(Callers.as(user), em), new AccessLog(em, clock()));
  }

  private Clock clock() {
    return Clock.fixed(world.now(), PaymentWorld.OSLO);
  }
}

package no.imdi.grants.payment.payee;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import no.imdi.grants.export.ExportOutcome;
import no.imdi.grants.export.ExportRequest;
import no.imdi.grants.shared.PageRequest;
import no.imdi.grants.testsupport.CsvRows;
import no.imdi.grants.testsupport.ExportFiles;
import no.imdi.grants.testsupport.TestPersistence;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The payees list's export on the export mechanism, on PostgreSQL: the CSV and the XLSX parse back
 * to the list's rows with its filter (a county) and order (by name, descending), numbers as texts
 * with their leading zeros, the former CSV's column names; no personal data, so no export log row.
 */
class PayeeExportTest {

  static final Instant NOW = Instant.parse("2026-11-20T09:15:00Z");
  static final PayeeFilter VESTLAND = new PayeeFilter(null, "46");

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
  void theCsvAndXlsxHoldTheListsRowsWithItsFilterAndOrder() throws Exception {
    List<PayeeRow> list =
        db.inTransaction(
            em ->
                PayeeQueries.list(em, VESTLAND, new PageRequest<>(0, 200, PayeeSort.NAME, false))
                    .rows());
    assertThat(list).hasSizeGreaterThan(10);

    String csv = ExportFiles.csv("nb", this::export);

    assertThat(csv)
        .startsWith(
            "\uFEFF\"kommunenummer\";\"kommune\";\"fylke\";\"organisasjonsnummer\";"
                + "\"kontonummer\";\"IBAN\";\"sist endret\";\"endret av\"\r\n");
    List<List<String>> rows = CsvRows.parse(csv);
    assertThat(rows.subList(1, rows.size()))
        .extracting(r -> r.get(0) + " " + r.get(1) + " " + r.get(5))
        .containsExactlyElementsOf(
            list.stream()
                .map(
                    r ->
                        r.municipalityNumber()
                            + " "
                            + r.municipalityName()
                            + " "
                            + r.iban().value())
                .toList());
    assertThat(db.count("select count(*) from export_log")).isZero();

    try (XSSFWorkbook book = ExportFiles.xlsx("en", this::export)) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(book.getSheetName(0)).isEqualTo("Payees");
      assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("organisation number");
      assertThat(sheet.getLastRowNum()).isEqualTo(list.size());
      for (int i = 0; i < list.size(); i++) {
        assertThat(sheet.getRow(i + 1).getCell(0).getStringCellValue())
            .isEqualTo(list.get(i).municipalityNumber());
        assertThat(sheet.getRow(i + 1).getCell(3).getStringCellValue())
            .isEqualTo(list.get(i).organisationNumber());
      }
    }
  }

  private ExportOutcome export(ExportRequest request) {
    Clock clock = Clock.fixed(NOW, ZoneId.of("Europe/Oslo"));
    return db.inTransaction(
        em ->
            new PayeeExport(em, ExportFiles.exports(em, "admin", clock))
                .export(VESTLAND, PayeeSort.NAME, false, request));
  }
}

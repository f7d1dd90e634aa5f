package no.imdi.grants.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import no.imdi.grants.audit.SecurityEvent;
import no.imdi.grants.audit.SecurityEventFilter;
import no.imdi.grants.audit.SecurityEventReview;
import no.imdi.grants.audit.SecurityEventSort;
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
 * The security log's export on the export mechanism, on PostgreSQL: the CSV and the XLSX parse back
 * to the review table's rows with the page's filter and order (by user, ascending), the former
 * CSV's lowercase column names, a formula-looking detail defused; the export is in the export log.
 */
class SecurityEventExportTest {

  static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

  TestPersistence db;

  @BeforeEach
  void arrange() {
    db = new TestPersistence();
    Register.users(db);
    db.run(
        em -> {
          em.persist(
              event(1, SecurityEvent.Kind.REFUSED, "kommune.oslo", "GET /admin/rates.xhtml"));
          em.persist(event(2, SecurityEvent.Kind.REFUSED, "kommune.bergen", "=HYPERLINK(\"x\")"));
          em.persist(event(3, SecurityEvent.Kind.LOGIN_FAILED, "kommune.oslo", "login"));
          em.persist(event(4, SecurityEvent.Kind.REFUSED, "admin", "GET /app/queue.xhtml"));
        });
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void theCsvHoldsTheTablesRowsWithItsFilterAndOrderAndIsLogged() {
    SecurityEventFilter refused =
        new SecurityEventFilter(SecurityEvent.Kind.REFUSED, null, null, null);
    List<SecurityEvent> table =
        db.inTransaction(
            em ->
                new SecurityEventReview(em)
                    .list(refused, new PageRequest<>(0, 200, SecurityEventSort.USERNAME, true))
                    .rows());
    assertThat(table).hasSize(3);

    String csv = ExportFiles.csv("nb", export(refused));

    assertThat(csv)
        .startsWith(
            "\uFEFF\"tidspunkt\";\"hendelse\";\"bruker\";\"adresse\";\"hva\";\"detalj\"\r\n");
    List<List<String>> rows = CsvRows.parse(csv);
    assertThat(rows).hasSize(table.size() + 1);
    assertThat(rows.subList(1, rows.size()))
        .extracting(r -> r.get(2))
        .containsExactlyElementsOf(table.stream().map(SecurityEvent::getUsername).toList());
    assertThat(rows.subList(1, rows.size()))
        .allSatisfy(r -> assertThat(r.get(1)).isEqualTo("REFUSED"));
    assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(
            db.count(
                "select count(*) from export_log where username = 'imdi.godkjenner'"
                    + " and list_name = 'security-events' and filter = 'kind=REFUSED'"
                    + " and sort_order = 'USERNAME asc' and row_count = 3 and completed"))
        .isOne();
  }

  @Test
  void theXlsxHoldsTheSameRowsInEnglish() throws Exception {
    try (XSSFWorkbook book =
        ExportFiles.xlsx("en", export(new SecurityEventFilter(null, "kommune.oslo", null, null)))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(book.getSheetName(0)).isEqualTo("Security log");
      assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("user");
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
      // by user, then newest first: the login failure (minute 3) before the refusal (minute 1)
      assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("LOGIN_FAILED");
      assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("REFUSED");
      assertThat(sheet.getRow(2).getCell(0).getLocalDateTimeCellValue())
          .isEqualTo(NOW.plusSeconds(60).atZone(ZoneId.of("Europe/Oslo")).toLocalDateTime());
    }
  }

  private Function<ExportRequest, ExportOutcome> export(SecurityEventFilter filter) {
    Clock clock = Clock.fixed(NOW, ZoneId.of("Europe/Oslo"));
    return request ->
        db.inTransaction(
            em ->
                new SecurityEventExport(
                        new SecurityEventReview(em),
                        ExportFiles.exports(em, "imdi.godkjenner", clock))
                    .export(filter, SecurityEventSort.USERNAME, true, request));
  }

  private static SecurityEvent event(
      int minute, SecurityEvent.Kind kind, String user, String target) {
    return new SecurityEvent(NOW.plusSeconds(60L * minute), kind, user, "127.0.0.1", target, "-");
  }
}

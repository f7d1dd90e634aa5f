package no.imdi.grants.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import no.imdi.grants.admintest.Callers;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.security.Role;
import no.imdi.grants.security.Users;
import no.imdi.grants.settlement.SettlementFilter;
import no.imdi.grants.settlement.SettlementRepository;
import no.imdi.grants.settlement.SettlementRow;
import no.imdi.grants.settlement.SettlementSort;
import no.imdi.grants.testsupport.ExportFiles;
import no.imdi.grants.testsupport.Register;
import no.imdi.grants.testsupport.TestPersistence;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The settlements list exported from PostgreSQL: the CSV bytes as Norwegian spreadsheets read them
 * (BOM, semicolon, CRLF, dates, quoted and defused texts, headers in bokmål and English), the XLSX
 * with typed cells, the list's filter and order, the municipality scope (Bergen's export has none
 * of Oslo's persons), and the export log row with the filter and the count.
 */
class SettlementExportTest {

  static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

  private TestPersistence db;

  @BeforeEach
  void plant() {
    db = new TestPersistence();
    Users.add(db.dataSource(), "kommune.oslo", Role.MUNICIPALITY_CASEWORKER, "0301");
    Users.add(db.dataSource(), "kommune.bergen", Role.MUNICIPALITY_CASEWORKER, "4601");
    Users.add(db.dataSource(), "imdi.saksbehandler", Role.IMDI_CASEWORKER, null);
    Register.settle(db, "0301", "Amina", "Haddad", LocalDate.of(2023, 10, 13));
    Register.settle(db, "0301", "Olena", "=HYPERLINK(\"x\")", LocalDate.of(2022, 4, 1));
    Register.settle(db, "0301", "Sara \"Mimi\"", "Tesfay", LocalDate.of(2023, 2, 2));
    Register.settle(db, "4601", "Bjarne", "Bergesen", LocalDate.of(2023, 5, 17));
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void theCsvIsWhatNorwegianSpreadsheetsReadWithHeadersInBokmal() {
    byte[] bytes = export("kommune.oslo", SettlementFilter.NONE, ExportFormat.CSV, "nb");

    assertThat(Arrays.copyOf(bytes, 3))
        .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF); // UTF-8 BOM
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("\n\n").endsWith("\r\n");
    List<String> lines = List.of(text.split("\r\n"));
    assertThat(lines.get(0))
        .isEqualTo(
            "\"Etternavn\";\"Fornavn\";\"Fødselsnummer (maskert)\";\"Kommunenummer\";"
                + "\"Kommune\";\"Bosettingsdato\";\"Målgruppe\";\"Enslig mindreårig\"");
    List<String> rows = lines.subList(1, lines.size());
    assertThat(rows).hasSize(3);
    assertThat(rows)
        .anySatisfy(l -> assertThat(l).startsWith("\"'=HYPERLINK(\"\"x\"\")\";\"Olena\";"));
    assertThat(rows)
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("\"Haddad\";\"Amina\";\"")
                    .endsWith(";\"0301\";\"Oslo\";13.10.2023;\"Flyktning\";nei"));
    assertThat(rows).anySatisfy(l -> assertThat(l).startsWith("\"Tesfay\";\"Sara \"\"Mimi\"\"\";"));
    assertThat(rows).allSatisfy(l -> assertThat(l.split(";")[2]).matches("\"\\d{6}\\*{5}\""));
  }

  @Test
  void theHeadersAreInEnglishWhenTheReaderAsksForIt() {
    String text = csv("kommune.oslo", SettlementFilter.NONE, "en");
    assertThat(text.lines().findFirst().orElseThrow())
        .startsWith("\uFEFF\"Family name\";\"Given name\";\"National id (masked)\"");
    assertThat(text).contains(";13.10.2023;\"Refugee\";no");
  }

  @Test
  void bergensExportHoldsNoneOfOslosPersonsEvenWhenItAsksForOslo() {
    String all = csv("kommune.bergen", SettlementFilter.NONE, "nb");
    assertThat(all.lines().skip(1)).singleElement().asString().startsWith("\"Bergesen\"");
    String oslo = csv("kommune.bergen", new SettlementFilter("0301", null, null, null, null), "nb");
    assertThat(oslo.lines().skip(1)).isEmpty();
    assertThat(csv("imdi.saksbehandler", SettlementFilter.NONE, "nb").lines().skip(1)).hasSize(4);
  }

  @Test
  void theExportFollowsTheListsFilterAndOrderAndIsLogged() {
    String text =
        csv(
            "imdi.saksbehandler",
            new SettlementFilter(null, null, null, 2023, null),
            SettlementSort.SETTLEMENT_DATE,
            false,
            "nb");
    assertThat(text.lines().skip(1).map(l -> l.split(";")[0]))
        .containsExactly("\"Haddad\"", "\"Bergesen\"", "\"Tesfay\"");

    List<ExportRecord> records =
        db.inTransaction(
            em ->
                em.createQuery("select r from ExportRecord r", ExportRecord.class).getResultList());
    assertThat(records)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.getUsername()).isEqualTo("imdi.saksbehandler");
              assertThat(r.getListName()).isEqualTo("settlements");
              assertThat(r.getFormat()).isEqualTo("CSV");
              assertThat(r.getFilter()).isEqualTo("year=2023");
              assertThat(r.getSortOrder()).isEqualTo("SETTLEMENT_DATE desc");
              assertThat(r.getRowCount()).isEqualTo(3);
              assertThat(r.isCompleted()).isTrue();
              assertThat(r.getExportedAt()).isEqualTo(NOW);
            });
  }

  @Test
  void theXlsxHasTypedCellsDatesAsDatesAndTextsAsText() throws IOException {
    byte[] bytes = export("kommune.oslo", SettlementFilter.NONE, ExportFormat.XLSX, "nb");
    try (XSSFWorkbook book = ExportFiles.workbook(bytes)) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("Bosettinger");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Etternavn");
      assertThat(sheet.getLastRowNum()).isEqualTo(3);
      Row formula = rowOf(sheet, "=HYPERLINK(\"x\")");
      assertThat(formula.getCell(0).getCellType()).isEqualTo(CellType.STRING);
      Row amina = rowOf(sheet, "Haddad");
      Cell date = amina.getCell(5);
      assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
      assertThat(date.getCellStyle().getDataFormatString()).isEqualTo("dd.mm.yyyy");
      assertThat(date.getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2023, 10, 13));
      assertThat(amina.getCell(6).getStringCellValue()).isEqualTo("Flyktning");
      assertThat(amina.getCell(7).getCellType()).isEqualTo(CellType.BOOLEAN);
      assertThat(amina.getCell(7).getBooleanCellValue()).isFalse();
    }
  }

  @Test
  void anExportThatBreaksOffEndsTheFileWithAWarningAndIsLoggedAsIncomplete() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportOutcome outcome =
        db.inTransaction(
            em -> {
              CurrentUser user = new CurrentUser(Callers.as("kommune.oslo"), em);
              Exports exports = ExportFiles.exports(user, em, clock());
              int[] seen = {0};
              RowSource<SettlementRow> failing =
                  rows ->
                      new SettlementRepository(em)
                          .stream(user.settlementScope(), SettlementFilter.NONE, null, true, 1)
                              .forEach(
                                  row -> {
                                    if (++seen[0] == 2) {
                                      throw new IllegalStateException("connection lost");
                                    }
                                    rows.accept(row);
                                  });
              return exports.run(
                  SettlementExport.TABLE,
                  failing,
                  new ExportRequest(ExportFormat.CSV, Locale.forLanguageTag("nb"), out),
                  "(none)",
                  "NAME asc");
            });
    assertThat(outcome.completed()).isFalse();
    assertThat(outcome.started()).isTrue();
    assertThat(outcome.rows()).isEqualTo(1);
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text.lines().filter(l -> !l.isEmpty()).reduce((a, b) -> b).orElseThrow())
        .startsWith("\"EKSPORTEN ER UFULLSTENDIG: den stoppet etter 1 rader");
    assertThat(
            db.count(
                "select count(*) from export_log where not completed and row_count = 1"
                    + " and failure like '%connection lost%'"))
        .isEqualTo(1);
  }

  private static Row rowOf(Sheet sheet, String familyName) {
    for (Row row : sheet) {
      if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals(familyName)) {
        return row;
      }
    }
    throw new AssertionError("No row of " + familyName);
  }

  private String csv(String user, SettlementFilter filter, String language) {
    return csv(user, filter, SettlementSort.NAME, true, language);
  }

  private String csv(
      String user, SettlementFilter filter, SettlementSort sort, boolean asc, String language) {
    return new String(
        export(user, filter, sort, asc, ExportFormat.CSV, language), StandardCharsets.UTF_8);
  }

  private byte[] export(
      String user, SettlementFilter filter, ExportFormat format, String language) {
    return export(user, filter, SettlementSort.NAME, true, format, language);
  }

  private byte[] export(
      String user,
      SettlementFilter filter,
      SettlementSort sort,
      boolean ascending,
      ExportFormat format,
      String language) {
    return ExportFiles.bytes(
        format,
        language,
        request ->
            db.inTransaction(
                em -> {
                  CurrentUser current = new CurrentUser(Callers.as(user), em);
                  return new SettlementExport(
                          new SettlementRepository(em),
                          current,
                          ExportFiles.exports(current, em, clock()),
                          2)
                      .export(filter, sort, ascending, request);
                }));
  }

  private static Clock clock() {
    return Clock.fixed(NOW, ZoneId.of("Europe/Oslo"));
  }
}

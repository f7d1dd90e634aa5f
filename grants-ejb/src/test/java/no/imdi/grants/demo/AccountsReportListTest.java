package no.imdi.grants.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import no.imdi.grants.admintest.Callers;
import no.imdi.grants.disability.report.AccountsReportState;
import no.imdi.grants.disability.report.list.AccountsReportList;
import no.imdi.grants.disability.report.list.ReportListRow;
import no.imdi.grants.disability.report.list.ReportListSort;
import no.imdi.grants.export.ExportOutcome;
import no.imdi.grants.export.ExportRequest;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.shared.Formats;
import no.imdi.grants.shared.PageRequest;
import no.imdi.grants.testsupport.CsvRows;
import no.imdi.grants.testsupport.ExportFiles;
import no.imdi.grants.testsupport.TestPersistence;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The municipality's list of T2 accounts reports (R-REP-1) on the demo's reports (one of Oslo in
 * each state), on PostgreSQL: paged and sorted in the database (signed first, then drafts, by
 * default; by due date or granted amount when asked), Oslo's only; the CSV and the XLSX parse back
 * to the page's rows in the page's order; every export is in the export log; Bergen's list and
 * export hold none of Oslo's reports, and IMDi's users have no such list.
 */
class AccountsReportListTest {

  static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/Oslo"));

  private TestPersistence db;

  @BeforeEach
  void arrange() throws SQLException {
    db = new TestPersistence();
    DemoFixtures.load(db, CLOCK);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void R_REP_1_theListIsOslosOnlyWithThoseWaitingForASignatureFirst() {
    List<ReportListRow> rows = page("kommune.oslo", ReportListSort.ATTENTION, true, 0, 25);
    assertThat(rows)
        .hasSize(
            (int) db.count("select count(*) from accounts_report where municipality = '0301'"));
    assertThat(rows).hasSizeGreaterThan(2);
    assertThat(rows.get(0).state()).isEqualTo(AccountsReportState.SIGNED);
    assertThat(rows.get(1).state()).isEqualTo(AccountsReportState.DRAFT);
    assertThat(page("kommune.bergen", ReportListSort.ATTENTION, true, 0, 25))
        .extracting(ReportListRow::id)
        .doesNotContainAnyElementsOf(rows.stream().map(ReportListRow::id).toList());
    // one page of two in the database, the next page starts where the first ended
    List<ReportListRow> first = page("kommune.oslo", ReportListSort.DUE, true, 0, 2);
    List<ReportListRow> second = page("kommune.oslo", ReportListSort.DUE, true, 2, 2);
    assertThat(first).hasSize(2);
    assertThat(first.get(0).id()).isNotEqualTo(second.get(0).id());
    assertThat(
            page("kommune.oslo", ReportListSort.GRANTED, false, 0, 25).stream()
                .map(r -> r.granted().amount())
                .toList())
        .isSortedAccordingTo(Comparator.reverseOrder());
  }

  @Test
  void R_REP_1_theCsvHoldsThePagesRowsInThePagesOrderAndIsLogged() {
    List<ReportListRow> page = page("okonomi.oslo", ReportListSort.DUE, false, 0, 25);

    String csv = ExportFiles.csv("nb", export("okonomi.oslo", ReportListSort.DUE, false));

    assertThat(csv)
        .startsWith(
            "\uFEFF\"Saksnummer\";\"Person\";\"Tilskuddsår\";\"Status\";\"Frist\";\"Tildelt\"\r\n");
    List<List<String>> rows = CsvRows.parse(csv);
    assertThat(rows).hasSize(page.size() + 1);
    for (int i = 0; i < page.size(); i++) {
      ReportListRow report = page.get(i);
      List<String> row = rows.get(i + 1);
      assertThat(row.get(0)).isEqualTo(report.caseNumber());
      assertThat(row.get(1)).isEqualTo(report.personName());
      assertThat(row.get(2)).isEqualTo(String.valueOf(report.grantYear()));
      assertThat(row.get(4)).isEqualTo(Formats.date(report.dueDate()));
      assertThat(row.get(5)).isEqualTo(report.granted().amount().toPlainString().replace('.', ','));
    }
    assertThat(
            db.count(
                "select count(*) from export_log where username = 'okonomi.oslo'"
                    + " and list_name = 'accounts-reports' and format = 'CSV' and completed"
                    + " and filter = 'municipality=0301' and sort_order = 'DUE desc'"
                    + " and row_count = "
                    + page.size()))
        .isOne();
    assertThat(
            CsvRows.parse(
                ExportFiles.csv("nb", export("kommune.bergen", ReportListSort.DUE, false))))
        .extracting(r -> r.get(0))
        .doesNotContainAnyElementsOf(page.stream().map(ReportListRow::caseNumber).toList());
  }

  @Test
  void R_REP_1_theXlsxHoldsTheGrantsAsNumbersAndTheStatesInEnglish() throws Exception {
    List<ReportListRow> page = page("kommune.oslo", ReportListSort.ATTENTION, true, 0, 25);
    try (XSSFWorkbook book = ExportFiles.xlsx("en", export("kommune.oslo", null, true))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(book.getSheetName(0)).isEqualTo("Accounts reports");
      assertThat(sheet.getLastRowNum()).isEqualTo(page.size());
      for (int i = 0; i < page.size(); i++) {
        Row row = sheet.getRow(i + 1);
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo(page.get(i).caseNumber());
        assertThat(row.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(row.getCell(5).getNumericCellValue())
            .isEqualTo(page.get(i).granted().amount().doubleValue());
        assertThat(row.getCell(4).getLocalDateTimeCellValue().toLocalDate())
            .isEqualTo(page.get(i).dueDate());
      }
      assertThat(sheet.getRow(1).getCell(3).getStringCellValue())
          .isEqualTo("signed by the caseworker");
    }
  }

  @Test
  void R_REP_1_imdisUsersHaveNoMunicipalityList() {
    assertThatThrownBy(() -> page("imdi.saksbehandler", ReportListSort.ATTENTION, true, 0, 25))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> ExportFiles.csv("nb", export("imdi.saksbehandler", null, true)))
        .isInstanceOf(AccessDeniedException.class);
  }

  private List<ReportListRow> page(
      String user, ReportListSort sort, boolean ascending, int first, int size) {
    return db.inTransaction(
        em -> list(em, user).page(new PageRequest<>(first, size, sort, ascending)).rows());
  }

  private Function<ExportRequest, ExportOutcome> export(
      String user, ReportListSort sort, boolean ascending) {
    return request -> db.inTransaction(em -> list(em, user).export(sort, ascending, request));
  }

  private static AccountsReportList list(EntityManager em, String user) {
    CurrentUser current = new CurrentUser(Callers.as(user), em);
    return new AccountsReportList(em, current, ExportFiles.exports(current, em, CLOCK));
  }
}

package no.imdi.grants.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import no.imdi.grants.admintest.Callers;
import no.imdi.grants.export.ExportOutcome;
import no.imdi.grants.export.ExportRequest;
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
 * The users list's export on PostgreSQL: more users than one page of the list's query (250 Bergen
 * caseworkers and the demo's nine), so the file is read through several pages; it holds the list's
 * rows with its filter and order, is logged (names and e-mail addresses are personal data), and is
 * the administrator's only.
 */
class UserExportTest {

  static final Instant NOW = Instant.parse("2026-11-20T09:15:00Z");
  static final UserFilter BERGEN = new UserFilter(null, "4601", true, null);

  private TestPersistence db;

  @BeforeEach
  void database() {
    db = new TestPersistence();
    Register.users(db);
    for (int i = 0; i < 250; i++) {
      Register.user(db, "bergen.%03d".formatted(i), Role.MUNICIPALITY_CASEWORKER, "4601");
    }
    db.run(
        em ->
            em.createNativeQuery(
                    "UPDATE app_user SET enabled = false WHERE username IN ('bergen.007',"
                        + " 'bergen.123')")
                .executeUpdate());
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void theCsvAndXlsxHoldTheListsRowsThroughSeveralPagesAndAreLogged() throws Exception {
    List<String> list = new java.util.ArrayList<>();
    for (int first : new int[] {0, 200}) {
      db.inTransaction(
              em ->
                  UserQueries.list(
                      em, BERGEN, new PageRequest<>(first, 200, UserSort.USERNAME, false)))
          .rows()
          .forEach(u -> list.add(u.getUsername()));
    }
    // hand-counted: 250 added and kommune.bergen, less the two disabled
    assertThat(list).hasSize(249).startsWith("kommune.bergen", "bergen.249");
    assertThat(list).doesNotContain("bergen.007", "bergen.123", "kommune.oslo");

    String csv = ExportFiles.csv("nb", request -> export("admin", request));
    assertThat(csv)
        .startsWith(
            "\uFEFF\"brukernavn\";\"navn\";\"e-post\";\"rolle\";\"kommunenummer\";\"aktiv\";"
                + "\"felles innlogging\"\r\n");
    List<List<String>> rows = CsvRows.parse(csv);
    assertThat(rows.subList(1, rows.size()))
        .extracting(r -> r.get(0))
        .containsExactlyElementsOf(list);
    assertThat(rows.get(1).subList(3, 7))
        .containsExactly("kommunens saksbehandler", "4601", "ja", "nei");
    assertThat(
            db.count(
                "select count(*) from export_log where list_name = 'users' and username = 'admin'"
                    + " and row_count = 249 and completed and sort_order = 'USERNAME desc'"
                    + " and filter like '%municipalityNumber=4601%'"))
        .isEqualTo(1);

    try (XSSFWorkbook book = ExportFiles.xlsx("en", request -> export("admin", request))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(book.getSheetName(0)).isEqualTo("Users");
      assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("role");
      assertThat(sheet.getLastRowNum()).isEqualTo(list.size());
      for (int i = 0; i < list.size(); i++) {
        assertThat(sheet.getRow(i + 1).getCell(0).getStringCellValue()).isEqualTo(list.get(i));
      }
      assertThat(sheet.getRow(1).getCell(3).getStringCellValue())
          .isEqualTo("the municipality's caseworker");
    }
    assertThat(db.count("select count(*) from export_log where list_name = 'users'")).isEqualTo(2);
  }

  @Test
  void onlyTheAdministratorMayExportTheUsers() {
    assertThatThrownBy(
            () -> ExportFiles.csv("nb", request -> export("imdi.saksbehandler", request)))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(db.count("select count(*) from export_log")).isZero();
  }

  private ExportOutcome export(String user, ExportRequest request) {
    Clock clock = Clock.fixed(NOW, ZoneId.of("Europe/Oslo"));
    return db.inTransaction(
        em ->
            new UserExport(
                    em, new CurrentUser(Callers.as(user), em), ExportFiles.exports(em, user, clock))
                .export(BERGEN, UserSort.USERNAME, false, request));
  }
}

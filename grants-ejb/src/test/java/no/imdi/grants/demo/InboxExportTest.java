package no.imdi.grants.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import no.imdi.grants.admintest.Callers;
import no.imdi.grants.casefile.CaseNumber;
import no.imdi.grants.export.ExportOutcome;
import no.imdi.grants.export.ExportRequest;
import no.imdi.grants.inbox.Inbox;
import no.imdi.grants.inbox.InboxExport;
import no.imdi.grants.inbox.InboxItem;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.testsupport.CsvRows;
import no.imdi.grants.testsupport.ExportFiles;
import no.imdi.grants.testsupport.TestPersistence;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The municipality's inbox as CSV and XLSX on the demo's letters, on PostgreSQL: the file holds the
 * page's rows (Oslo's own items) in the page's order (unread first, then newest), with the page's
 * filters (one case number, unread only); every export is in the export log with its filter;
 * Bergen's export holds none of Oslo's items and IMDi has no inbox to export.
 */
class InboxExportTest {

  static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/Oslo"));

  private TestPersistence db;

  @BeforeEach
  void arrange() throws SQLException {
    db = new TestPersistence();
    DemoFixtures.load(db, CLOCK);
    // the demo's letters are delivered by the container's observers; put each approved decision's
    // letter in its municipality's inbox as delivery does, a minute apart, and open Oslo's oldest
    // so that the order (unread first) is seen in the file
    db.run(
        em ->
            em.createNativeQuery(
                    "insert into inbox_item (municipality, case_id, item_kind, source, source_id,"
                        + " letter_kind, title, document_id, delivered_at)"
                        + " select distinct on (d.id) s.municipality, a.case_id, 'LETTER',"
                        + " 'DECISION', d.id, 'GRANT', 'Vedtak ' || d.id, gen_random_uuid(),"
                        + " timestamptz '2026-11-01 09:00+01' + d.id * interval '1 minute'"
                        + " from decision d join grant_application a on a.id = d.application_id"
                        + " join case_file c on c.id = a.case_id"
                        + " join settlement s on s.person_id = c.person_id"
                        + " where d.proposal_status = 'APPROVED' order by d.id, s.id")
                .executeUpdate());
    db.run(
        em ->
            em.createNativeQuery(
                    "update inbox_item set first_opened_at = now(), first_opened_by = 'kommune.oslo'"
                        + " where id = (select min(id) from inbox_item where municipality = '0301')")
                .executeUpdate());
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void theCsvHoldsOslosItemsInThePagesOrderAndIsLogged() {
    List<InboxItem> page = page(false, null);
    assertThat(page).hasSizeGreaterThan(1);
    assertThat(page.get(page.size() - 1).isUnread()).isFalse();

    String csv = ExportFiles.csv("nb", export("kommune.oslo", false, null));

    assertThat(csv).startsWith("\uFEFF\"Status\";\"Type\";\"Emne\";\"Saksnummer\";\"Levert\";");
    List<List<String>> rows = CsvRows.parse(csv);
    assertThat(rows).hasSize(page.size() + 1);
    for (int i = 0; i < page.size(); i++) {
      InboxItem item = page.get(i);
      List<String> row = rows.get(i + 1);
      assertThat(row.get(0)).isEqualTo(item.isUnread() ? "Ny" : "Lest");
      assertThat(row.get(2)).isEqualTo(item.title());
      assertThat(row.get(3)).isEqualTo(item.caseNumber());
    }
    assertThat(rows.get(rows.size() - 1).get(6)).isEqualTo("kommune.oslo");
    assertThat(
            db.count(
                "select count(*) from export_log where username = 'kommune.oslo'"
                    + " and list_name = 'inbox' and format = 'CSV' and completed"
                    + " and filter = 'municipality=0301' and row_count = "
                    + page.size()))
        .isOne();
    List<String> oslos = page.stream().map(InboxItem::caseNumber).toList();
    assertThat(CsvRows.parse(ExportFiles.csv("nb", export("kommune.bergen", false, null))))
        .extracting(r -> r.get(3))
        .doesNotContainAnyElementsOf(oslos);
  }

  @Test
  void theXlsxHasThePagesFilterOneCaseOrUnreadOnly() throws Exception {
    List<InboxItem> all = page(false, null);
    CaseNumber one = CaseNumber.parse(all.get(0).caseNumber());
    List<InboxItem> ofCase = page(false, one);
    List<InboxItem> unread = page(true, null);
    assertThat(ofCase.size()).isLessThan(all.size());
    assertThat(unread.size()).isEqualTo(all.size() - 1);

    assertThat(xlsxRows(false, one)).isEqualTo(ofCase.size());
    assertThat(xlsxRows(true, null)).isEqualTo(unread.size());
    assertThat(
            db.count(
                "select count(*) from export_log where list_name = 'inbox' and filter = "
                    + "'municipality=0301 case="
                    + one
                    + "' and row_count = "
                    + ofCase.size()))
        .isOne();
    assertThatThrownBy(() -> ExportFiles.csv("nb", export("imdi.saksbehandler", false, null)))
        .isInstanceOf(AccessDeniedException.class);
  }

  private int xlsxRows(boolean unreadOnly, CaseNumber caseNumber) throws Exception {
    try (XSSFWorkbook book =
        ExportFiles.xlsx("en", export("kommune.oslo", unreadOnly, caseNumber))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(book.getSheetName(0)).isEqualTo("Inbox");
      return sheet.getLastRowNum();
    }
  }

  private List<InboxItem> page(boolean unreadOnly, CaseNumber caseNumber) {
    List<InboxItem> rows =
        db.inTransaction(em -> new Inbox(em).page("0301", unreadOnly, caseNumber, 0, 200));
    assertThat(rows).hasSizeLessThan(200);
    return rows;
  }

  private Function<ExportRequest, ExportOutcome> export(
      String user, boolean unreadOnly, CaseNumber caseNumber) {
    return request ->
        db.inTransaction(em -> exporter(em, user).export(unreadOnly, caseNumber, request));
  }

  private static InboxExport exporter(EntityManager em, String user) {
    CurrentUser current = new CurrentUser(Callers.as(user), em);
    return new InboxExport(current, new Inbox(em), ExportFiles.exports(current, em, CLOCK));
  }
}

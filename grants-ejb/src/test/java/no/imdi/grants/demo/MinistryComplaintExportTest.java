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
import no.imdi.grants.complaint.ComplaintLetterDue;
import no.imdi.grants.complaint.ComplaintRepository;
import no.imdi.grants.complaint.ComplaintServicesAs;
import no.imdi.grants.complaint.ComplaintState;
import no.imdi.grants.complaint.ComplaintView;
import no.imdi.grants.complaint.MinistryComplaintExport;
import no.imdi.grants.export.ExportOutcome;
import no.imdi.grants.export.ExportRequest;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.shared.Formats;
import no.imdi.grants.testsupport.CsvRows;
import no.imdi.grants.testsupport.ExportFiles;
import no.imdi.grants.testsupport.TestPersistence;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ministry's list of forwarded complaints (R-AP-7) as CSV and XLSX, on the demo's complaints
 * (put on a demo dismissal: one with the ministry, one decided by it, one reversed by IMDi), on
 * PostgreSQL: the file holds the page's rows in the page's order and no complaint that was not
 * forwarded; every export is in the export log; IMDi's users may not export it.
 */
class MinistryComplaintExportTest {

  static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/Oslo"));

  private TestPersistence db;

  @BeforeEach
  void arrange() throws SQLException {
    db = new TestPersistence();
    DemoFixtures.load(db, CLOCK);
    // R-AP-7: the demo's complaints are made by the container's letter observers, so three are put
    // on a dismissal as the services leave them: one with the ministry, one decided by it, and one
    // reversed by IMDi, which was never forwarded and must not be listed
    complaint(1, "WITH_MINISTRY", "forwarded_on, forwarded_at", "DATE '2026-11-02', now()");
    complaint(
        2,
        "DECIDED_BY_MINISTRY",
        "forwarded_on, forwarded_at, ministry_outcome, ministry_decided_by, ministry_decided_at",
        "DATE '2026-10-01', now(), 'UPHELD', 'departementet', now()");
    complaint(
        3, "REVERSED", "reversed_by, reversed_at, reversal_reason", "'eva', now(), 'Omgjort'");
  }

  private void complaint(int id, String state, String columns, String values) {
    db.run(
        em ->
            em.createNativeQuery(
                    "insert into complaint (id, case_id, decision_id, application_id, decision_kind,"
                        + " decided_on, notice_received_on, grounds, sent_on, deadline, timeliness,"
                        + " last_date_late, received_by, received_at, state, "
                        + columns
                        + ") select "
                        + id
                        + ", a.case_id, d.id, a.id, 'DISMISSED', DATE '2026-09-01',"
                        + " DATE '2026-09-02', 'Klage', DATE '2026-09-10', DATE '2026-09-23',"
                        + " 'IN_TIME', DATE '2027-09-01', 'kommune.oslo', now(), '"
                        + state
                        + "', "
                        + values
                        + " from decision d join grant_application a on a.id = d.application_id"
                        + " where d.proposal_status = 'APPROVED' and a.outcome = 'DISMISSED'"
                        + " order by d.id limit 1")
                .executeUpdate());
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void R_AP_7_theCsvHoldsTheForwardedComplaintsInThePagesOrderAndIsLogged() {
    List<ComplaintView> page =
        db.inTransaction(
            em ->
                new ComplaintServicesAs(em, CLOCK, new RecordedEvents<ComplaintLetterDue>())
                    .ministry("departementet")
                    .forwarded(0, 200)
                    .rows());
    assertThat(page).hasSize(2);
    assertThat(page.get(0).state()).isEqualTo(ComplaintState.WITH_MINISTRY);
    assertThat(db.count("select count(*) from complaint")).isGreaterThan(page.size());

    String csv = ExportFiles.csv("nb", export("departementet"));

    assertThat(csv).startsWith("\uFEFF\"Saksnummer\";\"Status\";\"Over én måned uten svar\";");
    List<List<String>> rows = CsvRows.parse(csv);
    assertThat(rows).hasSize(page.size() + 1);
    for (int i = 0; i < page.size(); i++) {
      ComplaintView k = page.get(i);
      List<String> row = rows.get(i + 1);
      assertThat(row.get(0)).isEqualTo(k.caseNumber());
      assertThat(row.get(2)).isEqualTo(k.overdue() ? "ja" : "nei");
      assertThat(row.get(3))
          .isEqualTo(k.forwardedOn() == null ? "" : Formats.date(k.forwardedOn()));
    }
    assertThat(rows.subList(1, rows.size()))
        .extracting(r -> r.get(1))
        .allMatch(s -> s.equals("oversendt departementet") || s.equals("avgjort av departementet"));
    assertThat(
            db.count(
                "select count(*) from export_log where username = 'departementet'"
                    + " and list_name = 'ministry-complaints' and format = 'CSV' and completed"
                    + " and row_count = "
                    + page.size()))
        .isOne();
  }

  @Test
  void R_AP_7_theXlsxHasOneRowPerForwardedComplaintAndImdiMayNotExportIt() throws Exception {
    long forwarded =
        db.count(
            "select count(*) from complaint where state in ('WITH_MINISTRY', 'DECIDED_BY_MINISTRY')");
    try (XSSFWorkbook book = ExportFiles.xlsx("en", export("departementet"))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(book.getSheetName(0)).isEqualTo("Complaints to the ministry");
      assertThat(forwarded).isEqualTo(2);
      assertThat(sheet.getLastRowNum()).isEqualTo((int) forwarded);
    }
    assertThatThrownBy(() -> ExportFiles.csv("nb", export("imdi.saksbehandler")))
        .isInstanceOf(AccessDeniedException.class);
  }

  private Function<ExportRequest, ExportOutcome> export(String user) {
    return request -> db.inTransaction(em -> exporter(em, user).export(request));
  }

  private static MinistryComplaintExport exporter(EntityManager em, String user) {
    CurrentUser current = new CurrentUser(Callers.as(user), em);
    return new MinistryComplaintExport(
        current, new ComplaintRepository(em), ExportFiles.exports(current, em, CLOCK));
  }
}

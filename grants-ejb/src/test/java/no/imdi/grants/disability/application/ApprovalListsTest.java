package no.imdi.grants.disability.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import no.imdi.grants.admintest.Callers;
import no.imdi.grants.approval.list.ApprovalFilter;
import no.imdi.grants.approval.list.ApprovalLists;
import no.imdi.grants.approval.list.PendingDecisionRow;
import no.imdi.grants.approval.list.PendingDecisionSort;
import no.imdi.grants.approval.list.PendingOutcomeRow;
import no.imdi.grants.approval.list.PendingOutcomeSort;
import no.imdi.grants.approval.list.PendingStatementRow;
import no.imdi.grants.approval.list.PendingStatementSort;
import no.imdi.grants.audit.SecurityEvent.Kind;
import no.imdi.grants.audit.SecurityLog;
import no.imdi.grants.casefile.CaseNumber;
import no.imdi.grants.complaint.ComplaintApprovalService;
import no.imdi.grants.complaint.ComplaintRepository;
import no.imdi.grants.complaint.ComplaintView;
import no.imdi.grants.demo.DemoFixtures;
import no.imdi.grants.disability.report.AccountsReportRepository;
import no.imdi.grants.disability.report.OutcomeKind;
import no.imdi.grants.disability.report.OutcomeView;
import no.imdi.grants.disability.report.ReportApprovalService;
import no.imdi.grants.export.ExportFormat;
import no.imdi.grants.export.ExportLog;
import no.imdi.grants.export.ExportRequest;
import no.imdi.grants.export.Exports;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.security.RefusalAudit;
import no.imdi.grants.shared.Page;
import no.imdi.grants.shared.PageRequest;
import no.imdi.grants.testsupport.CsvRows;
import no.imdi.grants.testsupport.TestPersistence;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * IMDi's approver's lists (maker/checker) on PostgreSQL, on the demo's cases and a hand-made
 * fixture: besides the demo's one decision waiting (prepared by the caseworker) three approved
 * decisions are put back to waiting (prepared on 1 October and 1 November 2020 by others, on 15
 * November 2020 by the approver himself); the demo's one accounts-report outcome waiting (an
 * underspend recovery, R-REP-4); three complaints with a forwarding statement waiting (R-AP-6), one
 * of them prepared by the approver (written " IMDI.GODKJENNER ", as {@code Proposal.mayBeCheckedBy}
 * still knows him). Each list equals the former list's rows and order, is filtered and sorted in
 * the database, exports as CSV and XLSX with the page's rows in its order, and is logged; a
 * non-approver is refused and the refusal is in the security log.
 */
class ApprovalListsTest {

  static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/Oslo"));
  static final String APPROVER = "imdi.godkjenner";
  static final String CASEWORKER = "imdi.saksbehandler";

  private TestPersistence db;
  private final List<String> refusals = new ArrayList<>();

  @BeforeEach
  void arrange() throws Exception {
    db = new TestPersistence();
    DemoFixtures.load(db, CLOCK);
    List<Long> approved =
        db.inTransaction(
            em ->
                em
                    .createNativeQuery(
                        "select id from decision where proposal_status = 'APPROVED'"
                            + " order by id limit 3",
                        Long.class)
                    .getResultList()
                    .stream()
                    .map(o -> ((Number) o).longValue())
                    .toList());
    waiting(approved.get(0), "kari.nordmann", "2020-11-01T08:00:00Z");
    waiting(approved.get(1), CASEWORKER, "2020-10-01T08:00:00Z");
    waiting(approved.get(2), APPROVER, "2020-11-15T08:00:00Z");
    statement(1, CASEWORKER, "2026-09-12");
    statement(2, " IMDI.GODKJENNER ", "2026-09-11");
    statement(3, CASEWORKER, "2026-09-10");
  }

  private void waiting(long decision, String preparedBy, String at) {
    db.run(
        em ->
            em.createNativeQuery(
                    "update decision set proposal_status = 'PENDING', reviewed_by = null,"
                        + " reviewed_at = null, review_comment = null, prepared_by = ?,"
                        + " prepared_at = cast(? as timestamptz) where id = ?")
                .setParameter(1, preparedBy)
                .setParameter(2, at)
                .setParameter(3, decision)
                .executeUpdate());
  }

  /**
   * A complaint (on one of the demo's approved decisions) with a statement waiting for a checker.
   */
  private void statement(int id, String preparedBy, String sentOn) {
    db.run(
        em -> {
          em.createNativeQuery(
                  "insert into complaint (id, case_id, decision_id, application_id, decision_kind,"
                      + " decided_on, notice_received_on, grounds, sent_on, deadline, timeliness,"
                      + " last_date_late, received_by, received_at, state) select "
                      + id
                      + ", a.case_id, d.id, a.id, 'DISMISSED', DATE '2026-09-01',"
                      + " DATE '2026-09-02', 'Klage', DATE '"
                      + sentOn
                      + "', DATE '2026-09-23', 'IN_TIME', DATE '2027-09-01', 'kommune.oslo',"
                      + " now(), 'STATEMENT_PREPARED' from decision d join grant_application a"
                      + " on a.id = d.application_id where d.proposal_status = 'APPROVED'"
                      + " and a.outcome is not null order by d.id offset "
                      + id
                      + " limit 1")
              .executeUpdate();
          em.createNativeQuery(
                  "insert into complaint_statement (id, complaint_id, text, prepared_by,"
                      + " prepared_at, proposal_status) values (?, ?, 'Oversendelse', ?, now(),"
                      + " 'PENDING')")
              .setParameter(1, 100 + id)
              .setParameter(2, id)
              .setParameter(3, preparedBy)
              .executeUpdate();
        });
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void theDecisionsWaitingAreTheFormerListsInItsOrderFilteredAndSortedInTheDatabase() {
    List<PendingDecisionRow> rows =
        decisions(ApprovalFilter.NONE, PendingDecisionSort.PREPARED, true);
    // hand-counted: the demo's one and the two put back by others; not the approver's own
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).preparedBy()).isEqualTo(CASEWORKER);
    assertThat(rows.get(1).preparedBy()).isEqualTo("kari.nordmann");
    List<DecisionView> former =
        as(
            APPROVER,
            em ->
                new DecisionApprovalService(
                        new CurrentUser(Callers.as(APPROVER), em),
                        new ApplicationRepository(em),
                        null,
                        null,
                        null,
                        CLOCK)
                    .pending(new PageRequest<>(0, 200, null, true)));
    assertThat(rows)
        .extracting(PendingDecisionRow::id)
        .containsExactlyElementsOf(former.stream().map(DecisionView::id).toList());
    assertThat(rows)
        .extracting(PendingDecisionRow::outcome)
        .containsExactlyElementsOf(former.stream().map(DecisionView::outcome).toList());
    List<PendingDecisionRow> own = as(APPROVER, em -> lists(em, APPROVER).ownDecisions());
    assertThat(own).singleElement().satisfies(r -> assertThat(r.preparedBy()).isEqualTo(APPROVER));

    // newest first, a page of one in the database, and the filter on case number and kind
    List<PendingDecisionRow> newest =
        decisions(ApprovalFilter.NONE, PendingDecisionSort.PREPARED, false);
    assertThat(newest).extracting(PendingDecisionRow::id).containsExactlyElementsOf(reversed(rows));
    Page<PendingDecisionRow> middle =
        as(
            APPROVER,
            em ->
                lists(em, APPROVER)
                    .decisions(
                        ApprovalFilter.NONE,
                        new PageRequest<>(1, 1, PendingDecisionSort.PREPARED, true)));
    assertThat(middle.total()).isEqualTo(3);
    assertThat(middle.rows()).extracting(PendingDecisionRow::id).containsExactly(rows.get(1).id());
    PendingDecisionRow second = rows.get(1);
    ApprovalFilter one =
        new ApprovalFilter(CaseNumber.parse(second.caseNumber()), null, null, null);
    assertThat(decisions(one, PendingDecisionSort.PREPARED, true))
        .extracting(PendingDecisionRow::caseNumber)
        .containsOnly(second.caseNumber());
    ApprovalFilter kind = new ApprovalFilter(null, second.kind(), null, null);
    assertThat(decisions(kind, PendingDecisionSort.PREPARED, true))
        .hasSize((int) rows.stream().filter(r -> r.kind() == second.kind()).count())
        .allMatch(r -> r.kind() == second.kind());
    ApprovalFilter outcome = new ApprovalFilter(null, null, second.outcome(), null);
    assertThat(decisions(outcome, PendingDecisionSort.PREPARED, true))
        .isNotEmpty()
        .allMatch(r -> r.outcome() == second.outcome());
    assertThat(decisions(new ApprovalFilter(new CaseNumber(2199, 1), null, null, null), null, true))
        .isEmpty();
    assertThat(decisions(ApprovalFilter.NONE, PendingDecisionSort.PREPARED_BY, true))
        .extracting(PendingDecisionRow::preparedBy)
        .containsExactly(CASEWORKER, CASEWORKER, "kari.nordmann");
  }

  @Test
  void theCsvOfTheDecisionsHoldsThePagesRowsInItsOrderAndIsLogged() {
    List<PendingDecisionRow> page =
        decisions(ApprovalFilter.NONE, PendingDecisionSort.PREPARED, false);

    String csv =
        export(
            APPROVER,
            ExportFormat.CSV,
            "nb",
            (l, r) -> l.exportDecisions(null, PendingDecisionSort.PREPARED, false, r));

    assertThat(csv)
        .startsWith(
            "\uFEFF\"Saksnummer\";\"Søknad\";\"Tilskuddsår\";\"Utfall\";\"Beløp\";"
                + "\"Forberedt av\";\"Forberedt\"\r\n");
    List<List<String>> rows = CsvRows.parse(csv);
    assertThat(rows).hasSize(page.size() + 1);
    for (int i = 0; i < page.size(); i++) {
      assertThat(rows.get(i + 1).get(0)).isEqualTo(page.get(i).caseNumber());
      assertThat(rows.get(i + 1).get(2)).isEqualTo(Integer.toString(page.get(i).grantYear()));
      assertThat(rows.get(i + 1).get(5)).isEqualTo(page.get(i).preparedBy());
    }
    assertThat(rows.subList(1, rows.size()))
        .extracting(r -> r.get(3))
        .allMatch(List.of("innvilget", "delvis innvilget", "avslag", "avvisning")::contains);
    assertThat(
            db.count(
                "select count(*) from export_log where username = 'imdi.godkjenner'"
                    + " and list_name = 'approval-decisions' and format = 'CSV' and completed"
                    + " and filter = 'pending' and sort_order = 'PREPARED desc' and row_count = 3"))
        .isOne();
  }

  @Test
  void R_REP_4_theOutcomesWaitingAreTheFormerListsAndTheXlsxHoldsThem() throws Exception {
    List<PendingOutcomeRow> rows =
        as(
                APPROVER,
                em ->
                    lists(em, APPROVER)
                        .outcomes(
                            ApprovalFilter.NONE,
                            new PageRequest<>(0, 25, PendingOutcomeSort.PREPARED, true)))
            .rows();
    List<OutcomeView> former =
        as(
            APPROVER,
            em ->
                new ReportApprovalService(
                        new CurrentUser(Callers.as(APPROVER), em),
                        new AccountsReportRepository(em),
                        null,
                        null,
                        null,
                        CLOCK)
                    .pending(new PageRequest<>(0, 200, null, true)));
    // hand-counted: the demo's one underspend recovery prepared by the caseworker (R-REP-4)
    assertThat(rows)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.kind()).isEqualTo(OutcomeKind.UNDERSPEND_RECOVERY);
              assertThat(r.id()).isEqualTo(former.get(0).id());
              assertThat(r.recovery()).isEqualTo(former.get(0).recovery());
            });
    assertThat(former).hasSize(1);
    assertThat(outcomes(new ApprovalFilter(null, null, null, OutcomeKind.SETTLED))).isEmpty();
    assertThat(
            outcomes(
                new ApprovalFilter(
                    CaseNumber.parse(rows.get(0).caseNumber()),
                    null,
                    null,
                    OutcomeKind.UNDERSPEND_RECOVERY)))
        .hasSize(1);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exportTo(
        APPROVER,
        ExportFormat.XLSX,
        "en",
        out,
        (l, r) -> l.exportOutcomes(ApprovalFilter.NONE, PendingOutcomeSort.RECOVERY, true, r));
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(book.getSheetName(0)).isEqualTo("Accounts outcomes to approve");
      assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Recovery");
      assertThat(sheet.getLastRowNum()).isEqualTo(1);
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
          .isEqualTo(rows.get(0).caseNumber());
      assertThat(sheet.getRow(1).getCell(2).getStringCellValue())
          .isEqualTo("the unused amount is recovered (R-REP-4)");
      assertThat(sheet.getRow(1).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(sheet.getRow(1).getCell(3).getNumericCellValue())
          .isEqualTo(rows.get(0).recovery().amount().doubleValue());
    }
    assertThat(
            db.count(
                "select count(*) from export_log where list_name = 'approval-outcomes'"
                    + " and format = 'XLSX' and sort_order = 'RECOVERY asc' and row_count = 1"))
        .isOne();
  }

  @Test
  void R_AP_6_theStatementsWaitingLeaveOutTheApproversOwnAndExportInTheirOrder() {
    List<PendingStatementRow> rows = statements(ApprovalFilter.NONE, null, true);
    List<ComplaintView> former =
        as(
            APPROVER,
            em ->
                new ComplaintApprovalService(
                        new CurrentUser(Callers.as(APPROVER), em),
                        new ComplaintRepository(em),
                        null,
                        CLOCK)
                    .pending(new PageRequest<>(0, 50, null, true)));
    // hand-counted: complaints 1 and 3, oldest first; 2 is the approver's own
    assertThat(rows).extracting(PendingStatementRow::complaintId).containsExactly(1L, 3L);
    assertThat(former).extracting(ComplaintView::id).containsExactly(1L, 3L);
    assertThat(statements(ApprovalFilter.NONE, PendingStatementSort.SENT, true))
        .extracting(PendingStatementRow::complaintId)
        .containsExactly(3L, 1L);
    assertThat(
            statements(new ApprovalFilter(new CaseNumber(2199, 1), null, null, null), null, true))
        .isEmpty();

    String csv =
        export(
            APPROVER,
            ExportFormat.CSV,
            "nb",
            (l, r) -> l.exportStatements(null, PendingStatementSort.SENT, true, r));
    List<List<String>> file = CsvRows.parse(csv);
    assertThat(file.get(0))
        .containsExactly("Saksnummer", "Klagen sendt", "Forberedt av", "Forberedt");
    assertThat(file.subList(1, file.size()))
        .extracting(r -> r.get(1))
        .containsExactly("10.09.2026", "12.09.2026");
    assertThat(
            db.count(
                "select count(*) from export_log where list_name = 'approval-statements'"
                    + " and sort_order = 'SENT asc' and row_count = 2 and completed"))
        .isOne();
  }

  @Test
  void aCaseworkerIsRefusedTheListsAndTheirExportAndTheRefusalIsLogged() {
    assertThatThrownBy(
            () ->
                audited(
                    CASEWORKER,
                    "exportDecisions",
                    l ->
                        l.exportDecisions(
                            null,
                            null,
                            true,
                            new ExportRequest(
                                ExportFormat.CSV, Locale.ROOT, new ByteArrayOutputStream()))))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("IMDI_APPROVER");
    assertThatThrownBy(() -> audited(CASEWORKER, "ownOutcomes", ApprovalLists::ownOutcomes))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(refusals)
        .containsExactly(
            "REFUSED ApprovalLists.exportDecisions(null, null, Boolean, ExportRequest)",
            "REFUSED ApprovalLists.ownOutcomes()");
    assertThat(db.count("select count(*) from export_log")).isZero();
  }

  // ---- helpers

  private List<PendingDecisionRow> decisions(
      ApprovalFilter filter, PendingDecisionSort sort, boolean ascending) {
    return as(
            APPROVER,
            em -> lists(em, APPROVER).decisions(filter, new PageRequest<>(0, 200, sort, ascending)))
        .rows();
  }

  private List<PendingOutcomeRow> outcomes(ApprovalFilter filter) {
    return as(
            APPROVER,
            em -> lists(em, APPROVER).outcomes(filter, new PageRequest<>(0, 200, null, true)))
        .rows();
  }

  private List<PendingStatementRow> statements(
      ApprovalFilter filter, PendingStatementSort sort, boolean ascending) {
    return as(
            APPROVER,
            em ->
                lists(em, APPROVER).statements(filter, new PageRequest<>(0, 200, sort, ascending)))
        .rows();
  }

  private static List<Long> reversed(List<PendingDecisionRow> rows) {
    List<Long> ids = new ArrayList<>(rows.stream().map(PendingDecisionRow::id).toList());
    java.util.Collections.reverse(ids);
    return ids;
  }

  private <T> T as(String user, Function<EntityManager, T> work) {
    return db.inTransaction(work);
  }

  private static ApprovalLists lists(EntityManager em, String user) {
    CurrentUser current = new CurrentUser(Callers.as(user), em);
    return new ApprovalLists(em, current, new Exports(current, new ExportLog(em, CLOCK)));
  }

  @FunctionalInterface
  private interface Export {
    no.imdi.grants.export.ExportOutcome run(ApprovalLists lists, ExportRequest request);
  }

  private String export(String user, ExportFormat format, String language, Export export) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exportTo(user, format, language, out, export);
    return out.toString(StandardCharsets.UTF_8);
  }

  private void exportTo(
      String user, ExportFormat format, String language, ByteArrayOutputStream out, Export export) {
    assertThat(
            db.inTransaction(
                    em ->
                        export.run(
                            lists(em, user),
                            new ExportRequest(format, Locale.forLanguageTag(language), out)))
                .completed())
        .isTrue();
  }

  /**
   * Calls the service through the refusal audit the container binds to it, with a security log that
   * records what it is given.
   */
  private void audited(String user, String method, java.util.function.Consumer<ApprovalLists> call)
      throws Exception {
    RefusalAudit audit = new RefusalAudit();
    Field log = RefusalAudit.class.getDeclaredField("log");
    log.setAccessible(true);
    log.set(
        audit,
        new SecurityLog() {
          @Override
          public void record(Kind kind, String target, String detail) {
            refusals.add(kind + " " + target);
          }
        });
    Method target =
        java.util.Arrays.stream(ApprovalLists.class.getMethods())
            .filter(m -> m.getName().equals(method))
            .findFirst()
            .orElseThrow();
    Object[] parameters =
        target.getParameterCount() == 0 ? new Object[0] : new Object[] {null, null, true, out()};
    try {
      db.run(
          em -> {
            InvocationContext invocation =
                (InvocationContext)
                    Proxy.newProxyInstance(
                        getClass().getClassLoader(),
                        new Class<?>[] {InvocationContext.class},
                        (proxy, m, args) ->
                            switch (m.getName()) {
                              case "getMethod" -> target;
                              case "getParameters" -> parameters;
                              case "proceed" -> {
                                call.accept(lists(em, user));
                                yield null;
                              }
                              default -> null;
                            });
            try {
              audit.audit(invocation);
            } catch (RuntimeException e) {
              throw e;
            } catch (Exception e) {
              throw new IllegalStateException(e);
            }
          });
    } catch (AccessDeniedException e) {
      throw e;
    }
  }

  private static ExportRequest out() {
    return new ExportRequest(ExportFormat.CSV, Locale.ROOT, new ByteArrayOutputStream());
  }
}

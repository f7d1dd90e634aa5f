package no.imdi.grants.disability.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import no.imdi.grants.admintest.Callers;
import no.imdi.grants.approval.list.ApprovalFilter;
import no.imdi.grants.approval.list.ApprovalLists;
import no.imdi.grants.approval.list.PendingDecisionRow;
import no.imdi.grants.approval.list.PendingDecisionSort;
import no.imdi.grants.approval.list.PendingOutcomeRow;
import no.imdi.grants.approval.list.PendingOutcomeSort;
import no.imdi.grants.approval.list.PendingStatementRow;
import no.imdi.grants.approval.list.PendingStatementSort;
import no.imdi.grants.casefile.CaseNumber;
import no.imdi.grants.complaint.ComplaintApprovalService;
import no.imdi.grants.complaint.ComplaintRepository;
import no.imdi.grants.complaint.ComplaintView;
import no.imdi.grants.disability.report.AccountsReportRepository;
import no.imdi.grants.disability.report.OutcomeKind;
import no.imdi.grants.disability.report.OutcomeView;
import no.imdi.grants.disability.report.ReportApprovalService;
import no.imdi.grants.export.ExportFormat;
import no.imdi.grants.export.ExportRequest;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.shared.Page;
import no.imdi.grants.shared.PageRequest;
import no.imdi.grants.testsupport.CsvRows;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
class ApprovalListsTest extends ApprovalListsFixture {

  @Test
  void theDecisionsWaitingAreTheFormerListsInItsOrderFilteredAndSortedInTheDatabase() {
    List<PendingDecisionRow> rows =
        decisions(ApprovalFilter.NONE, PendingDecisionSort.PREPARED, true);
    // hand-counted: the demo's one and the two put back by others; not the approver's own
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).preparedBy()).isEqualTo(CASEWORKER);
    assertThat(rows.get(1).preparedBy()).isEqualTo("kari.nordmann");
    List<DecisionView> former =
        db.inTransaction(
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
    List<PendingDecisionRow> own = db.inTransaction(em -> lists(em, APPROVER).ownDecisions());
    assertThat(own).singleElement().satisfies(r -> assertThat(r.preparedBy()).isEqualTo(APPROVER));

    // newest first, a page of one in the database, and the filter on case number and kind
    List<PendingDecisionRow> newest =
        decisions(ApprovalFilter.NONE, PendingDecisionSort.PREPARED, false);
    assertThat(newest).extracting(PendingDecisionRow::id).containsExactlyElementsOf(reversed(rows));
    Page<PendingDecisionRow> middle =
        db.inTransaction(
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
        db.inTransaction(
                em ->
                    lists(em, APPROVER)
                        .outcomes(
                            ApprovalFilter.NONE,
                            new PageRequest<>(0, 25, PendingOutcomeSort.PREPARED, true)))
            .rows();
    List<OutcomeView> former =
        db.inTransaction(
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
        db.inTransaction(
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
}

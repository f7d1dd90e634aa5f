package no.imdi.grants.disability.report.list;

import java.time.LocalDate;
import no.imdi.grants.disability.report.AccountsReportState;
import no.imdi.grants.shared.Nok;

/** One T2 accounts report as its list shows it (R-REP-1): its case, person, state and grant. */
public record ReportListRow(
    long id,
    String caseNumber,
    String personName,
    AccountsReportState state,
    int grantYear,
    LocalDate dueDate,
    Nok granted) {}

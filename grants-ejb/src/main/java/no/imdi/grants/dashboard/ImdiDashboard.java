package no.imdi.grants.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * IMDi's caseworker's start page: the work queue per state and age, what falls due this week (queue
 * items by their deadline, reply dates of requests for documentation), accounts reports overdue
 * (R-REP-1), complaints near or past their month without an interim reply (R-AP-8), and the payment
 * run of the current instalment.
 */
public record ImdiDashboard(
    List<AgeTally> queue,
    LocalDate weekStart,
    LocalDate weekEnd,
    long dueThisWeek,
    List<DueItem> dueThisWeekItems,
    long overdueReports,
    List<DueItem> overdueReportItems,
    int interimWarningDays,
    long interimNear,
    long interimOverdue,
    List<DueItem> interimItems,
    RunStatus run) {

  public long queueTotal() {
    return queue.stream().mapToLong(AgeTally::total).sum();
  }
}

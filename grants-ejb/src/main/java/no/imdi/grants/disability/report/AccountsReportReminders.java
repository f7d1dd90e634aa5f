package no.imdi.grants.disability.report;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import no.imdi.grants.settings.SettingsBook;
import no.imdi.grants.shared.Formats;

/**
 * The daily run for accounts reports (R-REP-1), on the injected clock: it opens any report a
 * granted budget-based T2 year still lacks, and for each report still with the municipality that is
 * due within the reminder days (a setting) or overdue, records the stage on the report (which puts
 * it in IMDi's work queue) and delivers a reminder to the municipality's inbox. Idempotent: a stage
 * is recorded once per report and the inbox's unique (source, source_id) keeps one reminder per
 * report and stage, so running it twice adds nothing.
 */
@Singleton
public class AccountsReportReminders {

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  @Inject private AccountsReportRepository reports;
  @Inject private ReportOpener opener;
  @Inject private SettingsBook settings;
  @Inject private Clock clock;

  public AccountsReportReminders() {}

  public AccountsReportReminders(
      EntityManager em,
      AccountsReportRepository reports,
      ReportOpener opener,
      SettingsBook settings,
      Clock clock) {
    this.em = em;
    this.reports = reports;
    this.opener = opener;
    this.settings = settings;
    this.clock = clock;
  }

  @Schedule(hour = "5", minute = "30", persistent = false)
  public void daily() {
    run(LocalDate.now(clock));
  }

  /** Runs for the day; returns how many reminders were delivered. */
  public int run(LocalDate today) {
    reports.grantsWithoutReport().forEach(opener::open);
    int days = settings.accountsReportReminderDays();
    int delivered = 0;
    for (AccountsReport report : reports.openDueBy(today.plusDays(days))) {
      Reminder stage = report.getDueDate().isBefore(today) ? Reminder.OVERDUE : Reminder.DUE_SOON;
      report.remind(stage);
      delivered += deliver(report, stage);
    }
    em.flush();
    return delivered;
  }

  private int deliver(AccountsReport report, Reminder stage) {
    String title =
        (stage == Reminder.OVERDUE
                ? "Regnskapsrapport for T2 er ikke sendt inn; fristen var "
                : "Regnskapsrapport for T2 skal sendes inn innen ")
            + Formats.date(report.getDueDate())
            + " (tilskuddsår "
            + report.getGrantYear()
            + ", R-REP-1)";
    return em.createNativeQuery(
            "insert into inbox_item (municipality, case_id, item_kind, source, source_id, title,"
                + " delivered_at) values (:m, :c, 'REMINDER', :s, :id, :t, :at)"
                + " on conflict on constraint inbox_item_once do nothing")
        .setParameter("m", report.getMunicipality().getNumber())
        .setParameter("c", report.getCaseFile().getId())
        .setParameter("s", stage == Reminder.OVERDUE ? "ACCOUNTS_OVERDUE" : "ACCOUNTS_DUE_SOON")
        .setParameter("id", report.getId())
        .setParameter("t", title)
        .setParameter("at", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
        .executeUpdate();
  }
}

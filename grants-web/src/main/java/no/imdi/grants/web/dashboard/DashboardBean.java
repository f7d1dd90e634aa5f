package no.imdi.grants.web.dashboard;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.security.enterprise.SecurityContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.imdi.grants.dashboard.AdminDashboard;
import no.imdi.grants.dashboard.AgeTally;
import no.imdi.grants.dashboard.ApproverDashboard;
import no.imdi.grants.dashboard.DashboardService;
import no.imdi.grants.dashboard.FinanceDashboard;
import no.imdi.grants.dashboard.ImdiDashboard;
import no.imdi.grants.dashboard.MinistryDashboard;
import no.imdi.grants.dashboard.MunicipalityDashboard;
import no.imdi.grants.payment.Ore;
import no.imdi.grants.payment.PaymentGroup;
import no.imdi.grants.security.Role;
import no.imdi.grants.shared.Formats;
import no.imdi.grants.web.shared.Messages;

/**
 * The start page (*oversikt*, {@code app/dashboard.xhtml}) of every role: loads the caller's own
 * figures from {@link DashboardService} once per request (one call per role; the service counts in
 * the database and keeps the scope), and writes dates, amounts and the queue's chart.
 */
@Named("dashboard")
@RequestScoped
public class DashboardBean {

  @EJB private DashboardService service;
  @Inject private SecurityContext security;
  @Inject private Messages messages;

  private MunicipalityDashboard municipality;
  private FinanceDashboard finance;
  private ImdiDashboard imdi;
  private ApproverDashboard approver;
  private MinistryDashboard ministry;
  private AdminDashboard admin;

  /** Reads the figures of the caller's role. */
  public void load() {
    if (in(Role.MUNICIPALITY_CASEWORKER_NAME)) {
      municipality = service.municipality();
    }
    if (in(Role.MUNICIPALITY_FINANCE_NAME)) {
      finance = service.finance();
    }
    if (in(Role.IMDI_CASEWORKER_NAME)) {
      imdi = service.imdi();
    }
    if (in(Role.IMDI_APPROVER_NAME)) {
      approver = service.approver();
    }
    if (in(Role.MINISTRY_NAME)) {
      ministry = service.ministry();
    }
    if (in(Role.ADMIN_NAME)) {
      admin = service.admin();
    }
  }

  private boolean in(String role) {
    return security.isCallerInRole(role);
  }

  public String date(LocalDate date) {
    return date == null ? "" : Formats.date(date);
  }

  public String amount(long ore) {
    return Formats.amount(Ore.nok(ore));
  }

  /** R-AP-8: the sentence on how near the month's end counts as near (the setting's days). */
  public String getInterimHelp() {
    return imdi == null ? "" : messages.text("dash.interim.help", imdi.interimWarningDays());
  }

  /** A waiting item's name: its case number, or "Utbetaling 17" for a payment run. */
  public String waitingLabel(no.imdi.grants.dashboard.WaitingItem item) {
    return item.caseNumber() != null
        ? item.caseNumber()
        : messages.text("dash.run.label", String.valueOf(item.id()));
  }

  /** The payment groups of an instalment in the order of R-PAY-3. */
  public List<Map.Entry<PaymentGroup, Long>> groups(Map<PaymentGroup, Long> groups) {
    return groups == null ? List.of() : List.copyOf(groups.entrySet());
  }

  /**
   * The IMDi queue by state and age as a Chart.js 4 bar chart (stacked: under a week, a week to a
   * month, older); the table beside it holds the same numbers (WCAG 1.1.1).
   */
  public String getQueueChart() {
    if (imdi == null || imdi.queue().isEmpty()) {
      return null;
    }
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder week = Json.createArrayBuilder();
    JsonArrayBuilder month = Json.createArrayBuilder();
    JsonArrayBuilder older = Json.createArrayBuilder();
    for (AgeTally t : imdi.queue()) {
      labels.add(messages.text("queue.status." + t.key()));
      week.add(t.underWeek());
      month.add(t.underMonth());
      older.add(t.older());
    }
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(dataset("dash.age.week", week, "#0b5cab"))
                        .add(dataset("dash.age.month", month, "#8a4b00"))
                        .add(dataset("dash.age.older", older, "#7a1f1f"))))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("animation", false)
                .add("indexAxis", "y")
                // every state labelled: the chart's height follows the number of states
                .add("maintainAspectRatio", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("x", Json.createObjectBuilder().add("stacked", true))
                        .add(
                            "y",
                            Json.createObjectBuilder()
                                .add("stacked", true)
                                .add("ticks", Json.createObjectBuilder().add("autoSkip", false)))))
        .build()
        .toString();
  }

  /** The queue chart's height: a bar of about 1.75rem per state, and room for the legend. */
  public String getQueueChartStyle() {
    int states = imdi == null ? 0 : imdi.queue().size();
    return "position: relative; height: " + (6 + states * 1.75) + "rem";
  }

  private jakarta.json.JsonObjectBuilder dataset(String key, JsonArrayBuilder data, String colour) {
    return Json.createObjectBuilder()
        .add("label", messages.text(key))
        .add("data", data)
        .add("backgroundColor", colour);
  }

  public MunicipalityDashboard getMunicipality() {
    return municipality;
  }

  public FinanceDashboard getFinance() {
    return finance;
  }

  public ImdiDashboard getImdi() {
    return imdi;
  }

  public ApproverDashboard getApprover() {
    return approver;
  }

  public MinistryDashboard getMinistry() {
    return ministry;
  }

  public AdminDashboard getAdmin() {
    return admin;
  }
}

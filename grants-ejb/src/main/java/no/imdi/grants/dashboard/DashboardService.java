package no.imdi.grants.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.imdi.grants.complaint.ComplaintDeadline;
import no.imdi.grants.complaint.RollForwardSetting;
import no.imdi.grants.integrationgrant.InstalmentTerm;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.security.RefusalAudit;
import no.imdi.grants.security.Role;
import no.imdi.grants.settings.SettingsBook;

/**
 * The start page of each role (*oversikt*): small figures counted by aggregate SQL in the database,
 * never by loading rows, and the oldest or soonest few items with what a page needs to link to
 * them. A municipality's figures are its own only (the caller's municipality, as every municipality
 * query); IMDi's roles see all municipalities; the ministry only the complaints forwarded to it;
 * the administrator no case content. "Today", "this week" and "the next 30 days" come from the
 * injected clock.
 */
@Stateless
@Interceptors(RefusalAudit.class)
public class DashboardService {

  /** The window for a municipality's deadlines: the next 30 days. */
  public static final int DEADLINE_DAYS = 30;

  /** R-AP-8: how many days before the month ends a complaint counts as near the limit. */
  public static final String INTERIM_WARNING_DAYS = "dashboard.interimReplyWarningDays";

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  @Inject private CurrentUser currentUser;
  @Inject private SettingsBook settings;
  @Inject private Clock clock;

  public DashboardService() {}

  public DashboardService(
      EntityManager em, CurrentUser currentUser, SettingsBook settings, Clock clock) {
    this.em = em;
    this.currentUser = currentUser;
    this.settings = settings;
    this.clock = clock;
  }

  /** The municipality caseworker's figures, for the caller's own municipality. */
  @RolesAllowed(Role.MUNICIPALITY_CASEWORKER_NAME)
  public MunicipalityDashboard municipality() {
    String municipality = ownMunicipality();
    LocalDate today = LocalDate.now(clock);
    LocalDate to = today.plusDays(DEADLINE_DAYS);
    Instant since = today.minusDays(DEADLINE_DAYS + 1L).atStartOfDay(clock.getZone()).toInstant();
    MunicipalityOverview o = MunicipalityOverview.of(em, municipality, today, to, since);
    List<DueItem> deadlines = new ArrayList<>();
    deadlines.addAll(o.drafts);
    deadlines.addAll(o.reports);
    deadlines.addAll(complaintDeadlines(o.dismissals, today, to));
    deadlines.addAll(o.replies);
    deadlines.sort(Comparator.comparing(DueItem::due).thenComparing(DueItem::kind));
    InstalmentFigure[] instalments = MunicipalityFigures.instalments(em, municipality);
    return new MunicipalityDashboard(
        municipality,
        o.openApplications,
        DEADLINE_DAYS,
        deadlines,
        o.unreadLetters,
        o.unreadRequests,
        instalments[0],
        instalments[1]);
  }

  /** The finance officer's figures, for the caller's own municipality. */
  @RolesAllowed(Role.MUNICIPALITY_FINANCE_NAME)
  public FinanceDashboard finance() {
    String municipality = ownMunicipality();
    InstalmentFigure[] instalments = MunicipalityFigures.instalments(em, municipality);
    Counted<DueItem> signed =
        MunicipalityFigures.awaitingSignature(em, municipality, ImdiFigures.OLDEST);
    return new FinanceDashboard(
        municipality, signed.count(), signed.items(), instalments[0], instalments[1]);
  }

  /** IMDi's caseworker's figures (the approvers may look at the queue too). */
  @RolesAllowed({Role.IMDI_CASEWORKER_NAME, Role.IMDI_APPROVER_NAME})
  public ImdiDashboard imdi() {
    imdiCaller();
    LocalDate today = LocalDate.now(clock);
    ZonedDateTime now = ZonedDateTime.now(clock);
    LocalDate monday = today.with(DayOfWeek.MONDAY);
    LocalDate sunday = monday.plusDays(6);
    int warning = Integer.parseInt(settings.get(INTERIM_WARNING_DAYS).getValue());
    LocalDate limit = today.plusDays(warning);
    Counted<DueItem> due = ImdiFigures.dueThisWeek(em, monday, sunday);
    Counted<DueItem> overdue = ImdiFigures.overdueReports(em, today);
    Counted<DueItem> interim = ImdiFigures.interimReplies(em, today, limit);
    return new ImdiDashboard(
        ImdiFigures.queue(em, now.minusDays(7).toInstant(), now.minusMonths(1).toInstant()),
        monday,
        sunday,
        due.count(),
        due.items(),
        overdue.count(),
        overdue.items(),
        warning,
        interim.count(),
        interim.second(),
        interim.items(),
        ImdiFigures.run(em, InstalmentTerm.firstOnOrAfter(today).basisDate(today.getYear())));
  }

  /** What waits for IMDi's approver, oldest first. */
  @RolesAllowed(Role.IMDI_APPROVER_NAME)
  public ApproverDashboard approver() {
    imdiCaller();
    return new ApproverDashboard(ImdiFigures.approvals(em));
  }

  /** The complaints forwarded to the ministry, by age. */
  @RolesAllowed(Role.MINISTRY_NAME)
  public MinistryDashboard ministry() {
    currentUser.user();
    ZonedDateTime now = ZonedDateTime.now(clock);
    return new MinistryDashboard(
        ImdiFigures.withMinistry(em, now.minusDays(7).toInstant(), now.minusMonths(1).toInstant()),
        ImdiFigures.withMinistryOldest(em));
  }

  /** The administrator's figures: unverified rates and settings, users, recent changes. */
  @RolesAllowed(Role.ADMIN_NAME)
  public AdminDashboard admin() {
    currentUser.user();
    return new AdminDashboard(
        AdminFigures.unverifiedRates(em),
        AdminFigures.unverifiedSettings(em),
        AdminFigures.usersByRole(em),
        AdminFigures.disabledUsers(em),
        AdminFigures.recent(em));
  }

  /** Dismissals not complained about whose complaint deadline (R-AP-3) falls in the window. */
  private List<DueItem> complaintDeadlines(
      List<Object[]> dismissals, LocalDate from, LocalDate to) {
    RollForwardSetting roll = settings.complaintRollForward();
    List<DueItem> items = new ArrayList<>();
    for (Object[] r : dismissals) {
      LocalDate notice = MunicipalityOverview.deliveredAt(r).atZone(clock.getZone()).toLocalDate();
      LocalDate deadline = ComplaintDeadline.forNotice(notice, roll).deadline();
      if (!deadline.isBefore(from) && !deadline.isAfter(to)) {
        items.add(
            new DueItem(
                DueKind.COMPLAINT_DEADLINE,
                Rows.number(r[0]),
                Rows.number(r[1]),
                Rows.caseNumber(r[2], r[3]),
                deadline,
                ComplaintDeadline.RULE,
                "DISMISSED"));
      }
    }
    return items;
  }

  private String ownMunicipality() {
    return currentUser
        .settlementScope()
        .restrictedTo()
        .orElseThrow(() -> new AccessDeniedException("A municipality's dashboard"));
  }

  private void imdiCaller() {
    if (!currentUser.actor().isImdi()) {
      throw new AccessDeniedException("IMDi's dashboard");
    }
  }
}

package no.imdi.grants.demo;

import static no.imdi.grants.demo.DemoContent.health;

import jakarta.ejb.SessionContext;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import no.imdi.grants.casefile.CaseJournal;
import no.imdi.grants.casefile.CaseRepository;
import no.imdi.grants.casefile.CaseTrail;
import no.imdi.grants.demo.DemoCases.DemoCase;
import no.imdi.grants.disability.application.ApplicationRepository;
import no.imdi.grants.disability.application.CaseFacts;
import no.imdi.grants.disability.application.Decision;
import no.imdi.grants.disability.application.DecisionDraft;
import no.imdi.grants.disability.application.DocumentKind;
import no.imdi.grants.disability.application.HealthInformation;
import no.imdi.grants.disability.cost.CostLine;
import no.imdi.grants.disability.report.AccountsReport;
import no.imdi.grants.disability.report.AccountsReportRepository;
import no.imdi.grants.disability.report.ImdiReportService;
import no.imdi.grants.disability.report.MunicipalityReportService;
import no.imdi.grants.disability.report.OutcomeApproved;
import no.imdi.grants.disability.report.ReportApprovalService;
import no.imdi.grants.disability.report.ReportContent;
import no.imdi.grants.disability.report.ReportMeasureInput;
import no.imdi.grants.disability.report.ReportOpener;
import no.imdi.grants.disability.report.ReportOutcome;
import no.imdi.grants.rate.RateBook;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.settings.SettingsBook;
import no.imdi.grants.settlement.SettlementRepository;
import no.imdi.grants.settlement.Sex;
import no.imdi.grants.shared.Nok;

/**
 * The demo's T2 accounts reports of Oslo (R-REP-1..5), one in each state: a budget-based T2 grant
 * for grant year 1 whose period has ended, and its report left as a draft, signed by kommune.oslo,
 * co-signed by okonomi.oslo (submitted), with an underspend recovery prepared by IMDi's caseworker
 * (R-REP-4), and approved by the approver (the recovery row written; the letter follows where the
 * container delivers the approval's event).
 */
final class DemoAccountsReports {

  private static final String OSLO = "0301";
  private static final String USER = "kommune.oslo";
  private static final String FINANCE = "okonomi.oslo";
  private static final HealthInformation BRAIN_INJURY =
      health(
          "Ervervet hjerneskade før bosetting, med nedsatt hukommelse og impulskontroll",
          "Trenger fast miljøarbeider i bolig og ledsager til aktiviteter");

  private DemoAccountsReports() {}

  static List<DemoCase> all() {
    return List.of(
        demo("oslo-accounts-draft", "Samira", "Nouri", LocalDate.of(1993, 2, 11), 400, 0),
        demo("oslo-accounts-signed", "Ahmad", "Rahimi", LocalDate.of(1986, 7, 30), 420, 1),
        demo("oslo-accounts-submitted", "Hawa", "Jalloh", LocalDate.of(1995, 12, 3), 470, 2),
        demo("oslo-accounts-prepared", "Dmytro", "Bondarenko", LocalDate.of(1981, 4, 17), 520, 3),
        demo("oslo-accounts-decided", "Leyla", "Karimi", LocalDate.of(1990, 8, 25), 600, 4));
  }

  private static DemoCase demo(
      String key, String given, String family, LocalDate birth, int settledDaysAgo, int steps) {
    Sex sex = given.equals("Ahmad") || given.equals("Dmytro") ? Sex.MALE : Sex.FEMALE;
    Consumer<DemoStory> story = s -> story(s, settledDaysAgo, steps);
    return new DemoCase(key, OSLO, USER, given, family, birth, sex, settledDaysAgo, story);
  }

  /** The grant, then the report taken {@code steps} steps along its way. */
  private static void story(DemoStory s, int settledDaysAgo, int steps) {
    long application = DemoOsloCases.submittedT2(s, settledDaysAgo - 60, BRAIN_INJURY);
    s.day(settledDaysAgo - 80);
    s.take();
    s.assess(application);
    s.day(settledDaysAgo - 95);
    long decision = s.prepare(application, DecisionDraft.grant(null));
    s.day(settledDaysAgo - 100);
    s.approve(decision, "Godkjent.");
    EntityManager em = s.em();
    long report = opener(s).open(em.find(Decision.class, decision)).orElseThrow();
    int reportDay = Math.max(1, settledDaysAgo - 380);
    s.day(reportDay);
    if (steps >= 1) {
      municipality(s, USER).saveDraft(report, version(em, report), actual(em, report));
      municipality(s, USER)
          .attach(
              report,
              version(em, report),
              DocumentKind.ACCOUNTS_REPORT,
              "Regnskap for tilskuddsåret",
              s.received("regnskap.pdf", "Regnskap for tilskuddsåret", USER));
      municipality(s, USER).sign(report, version(em, report));
    }
    if (steps >= 2) {
      s.day(Math.max(1, reportDay - 1));
      municipality(s, FINANCE).coSign(report, version(em, report));
    }
    if (steps >= 3) {
      s.day(Math.max(1, reportDay - 2));
      imdi(s).prepareOutcome(report, version(em, report), Set.of(), "Færre timer enn budsjettert.");
    }
    if (steps >= 4) {
      s.day(Math.max(1, reportDay - 3));
      ReportOutcome outcome =
          em.createQuery(
                  "select o from ReportOutcome o where o.report.id = :r", ReportOutcome.class)
              .setParameter("r", report)
              .getSingleResult();
      approval(s).approve(outcome.getId(), outcome.getVersion(), "Godkjent.");
    }
  }

  /** The report's measures with a fifth fewer hours than budgeted: an underspend (R-REP-4). */
  private static ReportContent actual(EntityManager em, long reportId) {
    AccountsReport report = em.find(AccountsReport.class, reportId);
    return new ReportContent(
        report.getMeasures().stream()
            .map(
                m ->
                    new ReportMeasureInput(
                        m.getName(),
                        m.getGrantedPosition(),
                        m.getLines().stream()
                            .map(
                                l ->
                                    new CostLine(
                                        l.role(),
                                        Nok.of(l.hourlyPay()),
                                        l.hours()
                                            .multiply(new BigDecimal("0.8"))
                                            .setScale(0, java.math.RoundingMode.HALF_UP),
                                        l.category(),
                                        l.holidayPayRate(),
                                        l.pensionRate()))
                            .toList()))
            .toList(),
        null,
        null);
  }

  private static long version(EntityManager em, long report) {
    em.flush();
    return em.find(AccountsReport.class, report).getVersion();
  }

  private static ReportOpener opener(DemoStory s) {
    EntityManager em = s.em();
    ApplicationRepository applications = new ApplicationRepository(em);
    return new ReportOpener(
        new AccountsReportRepository(em),
        applications,
        new CaseRepository(em),
        new CaseFacts(
            new SettlementRepository(em), applications, new RateBook(em), new SettingsBook(em)),
        new CaseTrail(em),
        s.clock());
  }

  private static MunicipalityReportService municipality(DemoStory s, String user) {
    EntityManager em = s.em();
    return new MunicipalityReportService(
        caller(em, user),
        new AccountsReportRepository(em),
        new CaseRepository(em),
        new CaseTrail(em),
        new CaseJournal(em, s.clock()),
        s.clock());
  }

  private static ImdiReportService imdi(DemoStory s) {
    EntityManager em = s.em();
    return new ImdiReportService(
        caller(em, DemoStory.CASEWORKER),
        new AccountsReportRepository(em),
        new CaseRepository(em),
        new CaseTrail(em),
        s.clock());
  }

  private static ReportApprovalService approval(DemoStory s) {
    EntityManager em = s.em();
    return new ReportApprovalService(
        caller(em, DemoStory.APPROVER),
        new AccountsReportRepository(em),
        new CaseRepository(em),
        new CaseTrail(em),
        approvedEvent(),
        s.clock());
  }

  /**
   * The container's event for approved outcomes, so that the letter follows; outside a container
   * (the demo's tests) an event nobody observes.
   */
  private static Event<OutcomeApproved> approvedEvent() {
    try {
      return CDI.current().getBeanManager().getEvent().select(OutcomeApproved.class);
    } catch (IllegalStateException e) {
      return CDI_LESS;
    }
  }

  @SuppressWarnings("unchecked")
  private static final Event<OutcomeApproved> CDI_LESS =
      (Event<OutcomeApproved>)
          Proxy.newProxyInstance(
              DemoAccountsReports.class.getClassLoader(),
              new Class<?>[] {Event.class},
              (proxy, method, args) ->
                  switch (method.getName()) {
                    case "fire" -> null;
                    case "toString" -> "no observers";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                  });

  private static CurrentUser caller(EntityManager em, String username) {
    Principal principal = () -> username;
    SessionContext context =
        (SessionContext)
            Proxy.newProxyInstance(
                DemoAccountsReports.class.getClassLoader(),
                new Class<?>[] {SessionContext.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "getCallerPrincipal" -> principal;
                      case "toString" -> "caller " + username;
                      case "hashCode" -> System.identityHashCode(proxy);
                      case "equals" -> proxy == args[0];
                      default -> throw new UnsupportedOperationException(method.getName());
                    });
    return new CurrentUser(context, em);
  }
}

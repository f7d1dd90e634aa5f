package no.imdi.grants.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Function;
import no.imdi.grants.admintest.Callers;
import no.imdi.grants.payment.PaymentGroup;
import no.imdi.grants.payment.RunState;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.settings.SettingsBook;
import no.imdi.grants.testsupport.TestPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The start pages' figures on PostgreSQL against the hand-counted rows of {@link DashboardFixture}
 * (today Tuesday 10.03.2026): each role's counts and lists, and the municipality scope (Bergen's
 * caseworker never sees Oslo's numbers, nor Oslo's Bergen's).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardServiceTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-10T08:00:00Z"), ZoneId.of("Europe/Oslo"));

  private TestPersistence db;

  @BeforeAll
  void arrange() {
    db = new TestPersistence();
    DashboardFixture.arrange(db);
  }

  @AfterAll
  void close() {
    db.close();
  }

  @Test
  void osloCaseworkerSeesOslosOpenApplicationsDeadlinesUnreadAndInstalmentsOnly() {
    MunicipalityDashboard oslo = as("kommune.oslo", DashboardService::municipality);

    assertThat(oslo.municipality()).isEqualTo("0301");
    assertThat(oslo.openApplications())
        .containsExactly(new Tally("DRAFT", 3), new Tally("SUBMITTED", 1));
    assertThat(oslo.openApplicationsTotal()).isEqualTo(4);
    assertThat(oslo.deadlines())
        .extracting(DueItem::kind, DueItem::id, DueItem::due, DueItem::rule)
        .containsExactly(
            tuple(DueKind.REPLY_DATE, 401L, LocalDate.of(2026, 3, 13), null),
            tuple(DueKind.ACCOUNTS_REPORT, 301L, LocalDate.of(2026, 3, 20), "R-REP-1"),
            tuple(DueKind.COMPLAINT_DEADLINE, 701L, LocalDate.of(2026, 3, 23), "R-AP-3"),
            tuple(DueKind.APPLICATION, 104L, LocalDate.of(2026, 3, 25), "R-DL-2"),
            tuple(DueKind.APPLICATION, 101L, LocalDate.of(2026, 4, 1), "R-DL-1"));
    assertThat(oslo.unreadLetters()).isEqualTo(3);
    assertThat(oslo.unreadRequests()).isEqualTo(1);
    assertThat(oslo.next().instalment()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(oslo.next().state()).isEqualTo(RunState.PROPOSED);
    assertThat(oslo.next().netOre()).isEqualTo(3_000_000);
    assertThat(oslo.last().instalment()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(oslo.last().state()).isEqualTo(RunState.PAID);
    assertThat(oslo.last().netOre()).isEqualTo(15_000_000);
    assertThat(oslo.last().groupOre())
        .isEqualTo(
            Map.of(
                PaymentGroup.INTEGRATION_YEAR_ONE,
                10_000_000L,
                PaymentGroup.DISABILITY,
                5_000_000L));
  }

  @Test
  void bergensCaseworkerNeverSeesOslosNumbers() {
    MunicipalityDashboard bergen = as("kommune.bergen", DashboardService::municipality);

    assertThat(bergen.municipality()).isEqualTo("4601");
    assertThat(bergen.openApplications())
        .containsExactly(new Tally("DRAFT", 1), new Tally("PREPARED", 1));
    // Bergen's dismissal letter 706 is complained about already (502): no deadline left
    assertThat(bergen.deadlines())
        .extracting(DueItem::kind, DueItem::id, DueItem::due)
        .containsExactly(
            tuple(DueKind.ACCOUNTS_REPORT, 304L, LocalDate.of(2026, 3, 15)),
            tuple(DueKind.APPLICATION, 106L, LocalDate.of(2026, 4, 1)));
    assertThat(bergen.unreadLetters()).isEqualTo(1);
    assertThat(bergen.unreadRequests()).isZero();
    assertThat(bergen.next().netOre()).isEqualTo(9_900_000);
    assertThat(bergen.last().netOre()).isEqualTo(7_000_000);
  }

  @Test
  void financeOfficerSeesTheReportsWaitingForTheCoSignatureOfItsOwnMunicipality() {
    FinanceDashboard oslo = as("okonomi.oslo", DashboardService::finance);
    FinanceDashboard bergen = as("okonomi.bergen", DashboardService::finance);

    assertThat(oslo.awaitingSignature()).isEqualTo(1);
    assertThat(oslo.awaiting()).extracting(DueItem::id).containsExactly(302L);
    assertThat(oslo.next().netOre()).isEqualTo(3_000_000);
    assertThat(oslo.last().netOre()).isEqualTo(15_000_000);
    assertThat(bergen.awaitingSignature()).isEqualTo(1);
    assertThat(bergen.awaiting()).extracting(DueItem::id).containsExactly(304L);
  }

  @Test
  void imdiCaseworkerSeesTheQueueByAgeTheWeeksDatesOverdueReportsComplaintsAndTheRun() {
    ImdiDashboard imdi = as("imdi.saksbehandler", DashboardService::imdi);

    assertThat(imdi.queue())
        .contains(new AgeTally("SUBMITTED", 1, 0, 0), new AgeTally("PREPARED", 0, 0, 1));
    assertThat(imdi.weekStart()).isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(imdi.weekEnd()).isEqualTo(LocalDate.of(2026, 3, 15));
    assertThat(imdi.dueThisWeek()).isEqualTo(2);
    assertThat(imdi.dueThisWeekItems())
        .extracting(DueItem::kind, DueItem::id, DueItem::due)
        .containsExactly(
            tuple(DueKind.QUEUE_ITEM, 105L, LocalDate.of(2026, 3, 12)),
            tuple(DueKind.REPLY_DATE, 401L, LocalDate.of(2026, 3, 13)));
    assertThat(imdi.overdueReports()).isEqualTo(1);
    assertThat(imdi.overdueReportItems()).extracting(DueItem::id).containsExactly(303L);
    // R-AP-8 with the setting's 7 days: 501 ends 14.03 (near), 502 ended 20.02 (overdue)
    assertThat(imdi.interimWarningDays()).isEqualTo(7);
    assertThat(imdi.interimNear()).isEqualTo(1);
    assertThat(imdi.interimOverdue()).isEqualTo(1);
    assertThat(imdi.interimItems())
        .extracting(DueItem::id, DueItem::due)
        .containsExactly(
            tuple(502L, LocalDate.of(2026, 2, 20)), tuple(501L, LocalDate.of(2026, 3, 14)));
    assertThat(imdi.run())
        .isEqualTo(new RunStatus(LocalDate.of(2026, 3, 31), 602L, RunState.PROPOSED, 2));
  }

  @Test
  void approverSeesWhatWaitsForApprovalOldestFirst() {
    ApproverDashboard approver = as("imdi.godkjenner", DashboardService::approver);

    assertThat(approver.groups())
        .extracting(WaitingGroup::kind, WaitingGroup::count)
        .containsExactly(
            tuple("DECISION", 1L),
            tuple("PAYMENT_RUN", 1L),
            tuple("COMPLAINT_STATEMENT", 0L),
            tuple("ACCOUNTS_OUTCOME", 0L));
    assertThat(approver.groups().get(0).oldest())
        .extracting(WaitingItem::id, WaitingItem::linkId, WaitingItem::by)
        .containsExactly(tuple(202L, 107L, "imdi.saksbehandler"));
    assertThat(approver.groups().get(1).oldest()).extracting(WaitingItem::id).containsExactly(602L);
  }

  @Test
  void ministrySeesTheForwardedComplaintsByAge() {
    MinistryDashboard ministry = as("departementet", DashboardService::ministry);

    assertThat(ministry.byAge()).isEqualTo(new AgeTally("WITH_MINISTRY", 0, 0, 1));
    assertThat(ministry.oldest()).extracting(WaitingItem::id).containsExactly(504L);
  }

  @Test
  void administratorSeesUnverifiedRatesAndSettingsUsersAndTheLatestChanges() {
    AdminDashboard before = as("admin", DashboardService::admin);
    DashboardFixture.execute(
        db,
        "INSERT INTO rate (code, calendar_year, amount, source, verified, created_at, created_by)"
            + " VALUES ('AR-1', 2099, 1000, 'test', false, now(), 'admin');"
            + "INSERT INTO rate_audit (rate_id, action, username, at, details) SELECT id, 'CREATE',"
            + " 'admin', now() + interval '1 day', 'test' FROM rate WHERE calendar_year = 2099;"
            + "UPDATE app_user SET enabled = false WHERE username = 'imdi.annen';");
    AdminDashboard after = as("admin", DashboardService::admin);

    assertThat(after.unverifiedRates()).isEqualTo(before.unverifiedRates() + 1);
    // V130's interim-reply warning days is one of the unverified settings
    assertThat(after.unverifiedSettings()).isPositive();
    assertThat(after.usersByRole())
        .containsExactly(
            new Tally("ADMIN", 1),
            new Tally("IMDI_APPROVER", 2),
            new Tally("IMDI_CASEWORKER", 1),
            new Tally("MINISTRY", 1),
            new Tally("MUNICIPALITY_CASEWORKER", 2),
            new Tally("MUNICIPALITY_FINANCE", 2));
    assertThat(after.disabledUsers()).isEqualTo(before.disabledUsers() + 1);
    assertThat(after.recent().get(0))
        .extracting(AuditEvent::area, AuditEvent::by, AuditEvent::subject)
        .containsExactly("RATE", "admin", "AR-1 2099");
  }

  @Test
  void aRoleOutsideTheMunicipalitiesHasNoMunicipalityDashboard() {
    assertThatThrownBy(() -> as("departementet", DashboardService::municipality))
        .isInstanceOf(AccessDeniedException.class);
  }

  private <T> T as(String user, Function<DashboardService, T> call) {
    return db.inTransaction(
        em ->
            call.apply(
                new DashboardService(
                    em, new CurrentUser(Callers.as(user), em), new SettingsBook(em), CLOCK)));
  }
}

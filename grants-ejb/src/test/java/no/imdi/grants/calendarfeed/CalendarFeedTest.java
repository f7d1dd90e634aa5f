package no.imdi.grants.calendarfeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.ICalDate;
import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.imdi.grants.admintest.Callers;
import no.imdi.grants.complaint.ComplaintDeadline;
import no.imdi.grants.complaint.ComplaintRepository;
import no.imdi.grants.complaint.ComplaintSettings;
import no.imdi.grants.demo.DemoFixtures;
import no.imdi.grants.disability.application.ApplicationRepository;
import no.imdi.grants.disability.application.CaseFacts;
import no.imdi.grants.inbox.Inbox;
import no.imdi.grants.rate.RateBook;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.settings.SettingsBook;
import no.imdi.grants.settlement.SettlementRepository;
import no.imdi.grants.testsupport.TestPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The deadline calendar feed on PostgreSQL with the demo cases: the iCalendar text parses with the
 * library and holds exactly Oslo's deadlines (draft application deadline R-DL-1, documentation
 * reply date, accounts reports due R-REP-1, the complaint deadline of a dismissal letter R-AP-3),
 * all-day, with stable UIDs, none of Bergen's and no national id or name; the token is stored only
 * as its hash, one feed is active per user, and a revoked, unknown or disabled user's feed gives
 * nothing.
 */
class CalendarFeedTest {

  static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/Oslo"));
  static final String BASE = "https://tilskudd.example/grants/";

  private static TestPersistence db;

  @BeforeAll
  static void arrange() throws SQLException {
    db = new TestPersistence();
    DemoFixtures.load(db, CLOCK);
    // the demo's letters are delivered by the container's observers; put two dismissal letters
    // in Oslo's inbox as delivery does: one not complained on (its deadline is in the feed), one
    // complained on (not in the feed)
    sql(
        "insert into inbox_item (municipality, case_id, item_kind, source, source_id, letter_kind,"
            + " title, document_id, delivered_at)"
            + " select '0301', a.case_id, 'LETTER', 'DECISION', d.id, 'DISMISSAL', 'Vedtak',"
            + " gen_random_uuid(), timestamptz '2026-11-27 09:00+01'"
            + " from decision d join grant_application a on a.id = d.application_id"
            + " where d.proposal_status = 'APPROVED' and a.outcome = 'DISMISSED'"
            + " and a.case_id in (select c.id from case_file c join settlement s"
            + " on s.person_id = c.person_id where s.municipality = '0301')");
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void osloFeedParsesAndHoldsExactlyOslosDeadlinesAllDayWithTheirCaseNumbers() throws Exception {
    String text = feedOf("kommune.oslo");
    ICalendar ical = Biweekly.parse(text).first();

    assertThat(ical).isNotNull();
    assertThat(text).contains("DTSTART;VALUE=DATE:");
    Map<String, String> found = new TreeMap<>();
    for (VEvent e : ical.getEvents()) {
      ICalDate start = e.getDateStart().getValue();
      assertThat(start.hasTime()).isFalse();
      LocalDate day = LocalDate.ofInstant(start.toInstant(), ZoneId.systemDefault());
      found.put(e.getUid().getValue(), day + " " + e.getSummary().getValue());
      assertThat(e.getUrl().getValue()).startsWith(BASE + "app/");
      assertThat(e.getDescription().getValue()).contains(e.getUrl().getValue());
    }
    Map<String, String> expected = expectedOslo(90);
    assertThat(found).isEqualTo(expected);
    // Oslo's demo has a draft, open accounts reports and dismissals, so the check above covers
    // those computations (the request for documentation is Bergen's: see the next test)
    assertThat(String.join(",", found.keySet()))
        .contains("application-", "accounts-report-", "complaint-");
    assertThat(found.values())
        .anyMatch(s -> s.contains("Frist: rapport om regnskap, sak "))
        .anyMatch(s -> s.contains("Frist: klage på vedtak om avvisning, sak "));
    // the same deadlines with the same UIDs when read again
    assertThat(uids(feedOf("kommune.oslo"))).isEqualTo(new ArrayList<>(found.keySet()));
    // the finance officer, who has no case scope, gets the accounts reports only (R-REP-1)
    assertThat(uids(feedOf("okonomi.oslo")))
        .isNotEmpty()
        .isEqualTo(found.keySet().stream().filter(u -> u.startsWith("accounts-report-")).toList());
  }

  @Test
  void noFeedHoldsAnotherMunicipalitysCaseNorANationalIdOrAName() throws Exception {
    String oslo = feedOf("kommune.oslo");
    String bergen = feedOf("kommune.bergen");

    for (String number : column(caseNumbers("4601"))) {
      assertThat(oslo).doesNotContain("sak " + number);
    }
    for (String number : column(caseNumbers("0301"))) {
      assertThat(bergen).doesNotContain("sak " + number);
    }
    // Bergen's request for documentation waits for its answer: the reply date is in its feed
    List<String[]> replies =
        rows(
            "select q.id, q.reply_by from enquiry q join case_file c on c.id = q.case_id"
                + " join settlement s on s.person_id = c.person_id where s.municipality = '4601'"
                + " and q.documentation_request and q.state = 'WAITING_FOR_MUNICIPALITY'");
    assertThat(replies).hasSize(1);
    VEvent reply =
        Biweekly.parse(bergen).first().getEvents().stream()
            .filter(
                e -> e.getUid().getValue().startsWith("documentation-" + replies.get(0)[0] + "-"))
            .findFirst()
            .orElseThrow();
    assertThat(
            LocalDate.ofInstant(
                reply.getDateStart().getValue().toInstant(), ZoneId.systemDefault()))
        .isEqualTo(LocalDate.parse(replies.get(0)[1]));
    assertThat(reply.getSummary().getValue())
        .startsWith("Frist: svar på anmodning om dokumentasjon, sak ");
    for (String id : column("select national_id from person")) {
      assertThat(oslo).doesNotContain(id);
      assertThat(bergen).doesNotContain(id);
    }
    for (String name :
        column(
            "select distinct p.family_name from person p join case_file c on c.person_id = p.id")) {
      assertThat(oslo).doesNotContain(name);
    }
  }

  @Test
  void theTokenIsStoredOnlyAsItsHashOneFeedIsActiveAndARevokedOneGivesNothing() throws Exception {
    asUser("kommune.bergen", CalendarFeeds::revoke); // another test's feed, if any
    long before = db.count("select coalesce(max(id), 0) from calendar_feed_audit");
    FeedToken first = create("kommune.bergen");
    assertThat(first.value()).matches("[A-Za-z0-9_-]{43}");
    assertThat(
            db.count(
                "select count(*) from calendar_feed where token_hash = '" + first.hash() + "'"))
        .isOne();
    assertThat(
            db.count(
                "select count(*) from calendar_feed where token_hash like '%"
                    + first.value()
                    + "%'"))
        .isZero();
    assertThat(read(first.value())).isPresent();
    assertThat(first.toString()).doesNotContain(first.value());

    FeedToken second = create("kommune.bergen");
    assertThat(second).isNotEqualTo(first);
    assertThat(read(first.value())).isEmpty();
    assertThat(read(second.value())).isPresent();
    assertThat(
            db.count(
                "select count(*) from calendar_feed where username = 'kommune.bergen'"
                    + " and revoked_at is null"))
        .isOne();

    assertThat(asUser("kommune.bergen", CalendarFeeds::revoke)).isTrue();
    assertThat(asUser("kommune.bergen", CalendarFeeds::revoke)).isFalse();
    assertThat(read(second.value())).isEmpty();
    boolean stillActive = asUser("kommune.bergen", feeds -> feeds.active().isPresent());
    assertThat(stillActive).isFalse();
    assertThat(
            column(
                "select action from calendar_feed_audit where username = 'kommune.bergen'"
                    + " and changed_by = 'kommune.bergen' and id > "
                    + before
                    + " order by id"))
        .containsExactly("CREATED", "REVOKED", "CREATED", "REVOKED");
    assertThat(read("not-a-token")).isEmpty();
    assertThat(read(FeedToken.generate().value())).isEmpty();
  }

  @Test
  void aDisabledUserOrOneWithoutAMunicipalityRoleGetsNothing() {
    FeedToken token = create("kommune.oslo");
    assertThat(read(token.value())).isPresent();

    sql("update app_user set enabled = false where username = 'kommune.oslo'");
    try {
      assertThat(read(token.value())).isEmpty();
    } finally {
      sql("update app_user set enabled = true where username = 'kommune.oslo'");
    }
    sql(
        "update app_user set role = 'IMDI_CASEWORKER', municipality_number = null"
            + " where username = 'kommune.oslo'");
    try {
      assertThat(read(token.value())).isEmpty();
    } finally {
      sql(
          "update app_user set role = 'MUNICIPALITY_CASEWORKER', municipality_number = '0301'"
              + " where username = 'kommune.oslo'");
    }
    assertThat(read(token.value())).isPresent();
    assertThatThrownBy(() -> asUser("imdi.saksbehandler", CalendarFeeds::create))
        .hasMessageContaining("municipality");
  }

  @Test
  void deadlinesPassedMoreThanThePastDaysAgoAreLeftOutAndComingOnesStay() throws Exception {
    // one open accounts report of Oslo moved to a 2025 period due 1.3.2026: long passed on
    // 1.12.2026
    String[] report =
        rows("select id, period_start, period_end, due_date from accounts_report"
                + " where municipality = '0301' and state in ('DRAFT', 'SIGNED')"
                + " order by id limit 1")
            .get(0);
    String dates =
        "update accounts_report set period_start = date '%s', period_end = date '%s',"
            + " due_date = date '%s' where id = "
            + report[0];
    sql(dates.formatted("2025-01-01", "2025-12-31", "2026-03-01"));
    try {
      LocalDate today = LocalDate.ofInstant(NOW, ZoneId.of("Europe/Oslo"));
      Map<String, String> all = expectedOslo(null);
      assertThat(all.values())
          .anyMatch(v -> LocalDate.parse(v.substring(0, 10)).isBefore(today.minusDays(90)))
          .anyMatch(v -> !LocalDate.parse(v.substring(0, 10)).isBefore(today));
      for (int days : new int[] {90, 0, 3650}) {
        sql("update setting set value = '" + days + "' where key = 'calendar.pastDays'");
        Map<String, String> found = new TreeMap<>();
        for (VEvent e : Biweekly.parse(feedOf("kommune.oslo")).first().getEvents()) {
          LocalDate day =
              LocalDate.ofInstant(e.getDateStart().getValue().toInstant(), ZoneId.systemDefault());
          found.put(e.getUid().getValue(), day + " " + e.getSummary().getValue());
        }
        assertThat(found).as("past days " + days).isEqualTo(expectedOslo(days));
      }
      assertThat(expectedOslo(3650)).isEqualTo(all);
      assertThat(expectedOslo(90)).isNotEqualTo(all);
    } finally {
      sql("update setting set value = '90' where key = 'calendar.pastDays'");
      sql(dates.formatted(report[1], report[2], report[3]));
    }
  }

  /**
   * Oslo's deadlines as the tables and the rules give them, by UID: day and summary; without those
   * that passed more than the days ago (none left out when null).
   */
  private static Map<String, String> expectedOslo(Integer pastDays) throws SQLException {
    Map<String, String> expected = new TreeMap<>();
    String inOslo =
        " and c.id in (select c2.id from case_file c2 join settlement s2 on s2.person_id ="
            + " c2.person_id where s2.municipality = '0301')";
    String number = "c.case_year || '/' || lpad(c.case_sequence::text, 5, '0')";
    // R-DL-1: a first application for year 1 or 2, 14 months after settlement (as PostgreSQL adds
    // months: the month's last day when it has no such day)
    for (String[] r :
        rows(
            "select 'application-' || a.id || '-case-' || c.id || '@tilskudd',"
                + " (s.settlement_date + interval '14 months')::date, "
                + number
                + " from grant_application a join case_file c on c.id = a.case_id"
                + " join settlement s on s.person_id = c.person_id"
                + " where a.state = 'DRAFT' and a.conversion_of is null and a.grant_year <= 2"
                + inOslo)) {
      expected.put(r[0], r[1] + " Frist: søknad, sak " + r[2]);
    }
    for (String[] r :
        rows(
            "select 'documentation-' || q.id || '-case-' || c.id || '@tilskudd', q.reply_by, "
                + number
                + " from enquiry q join case_file c on c.id = q.case_id"
                + " where q.documentation_request and q.state = 'WAITING_FOR_MUNICIPALITY'"
                + inOslo)) {
      expected.put(r[0], r[1] + " Frist: svar på anmodning om dokumentasjon, sak " + r[2]);
    }
    for (String[] r :
        rows(
            "select 'accounts-report-' || a.id || '-case-' || c.id || '@tilskudd', a.due_date, "
                + number
                + " from accounts_report a join case_file c on c.id = a.case_id"
                + " where a.municipality = '0301' and a.state in ('DRAFT', 'SIGNED')")) {
      expected.put(r[0], r[1] + " Frist: rapport om regnskap, sak " + r[2]);
    }
    // R-AP-3 from the day of delivery (the seeded settings), not for a decision complained on
    for (String[] r :
        rows(
            "select 'complaint-' || i.id || '-case-' || c.id || '@tilskudd',"
                + " (i.delivered_at at time zone 'Europe/Oslo')::date, "
                + number
                + " from inbox_item i join case_file c on c.id = i.case_id"
                + " where i.municipality = '0301' and i.letter_kind = 'DISMISSAL'"
                + " and not exists (select 1 from complaint k where k.decision_id = i.source_id)")) {
      LocalDate deadline = ComplaintDeadline.forNotice(LocalDate.parse(r[1])).deadline();
      expected.put(r[0], deadline + " Frist: klage på vedtak om avvisning, sak " + r[2]);
    }
    if (pastDays != null) {
      LocalDate from = LocalDate.ofInstant(NOW, ZoneId.of("Europe/Oslo")).minusDays(pastDays);
      expected.values().removeIf(v -> LocalDate.parse(v.substring(0, 10)).isBefore(from));
    }
    return expected;
  }

  private static String caseNumbers(String municipality) {
    return "select c.case_year || '/' || lpad(c.case_sequence::text, 5, '0') from case_file c"
        + " join settlement s on s.person_id = c.person_id where s.municipality = '"
        + municipality
        + "'";
  }

  private static List<String> uids(String text) {
    return Biweekly.parse(text).first().getEvents().stream()
        .map(e -> e.getUid().getValue())
        .sorted()
        .toList();
  }

  private static String feedOf(String username) {
    FeedToken token = create(username);
    return read(token.value()).orElseThrow();
  }

  private static FeedToken create(String username) {
    return asUser(username, CalendarFeeds::create);
  }

  private static <T> T asUser(String username, java.util.function.Function<CalendarFeeds, T> work) {
    return db.inTransaction(
        em -> work.apply(new CalendarFeeds(em, new CurrentUser(Callers.as(username), em), CLOCK)));
  }

  private static java.util.Optional<String> read(String token) {
    return db.inTransaction(em -> feed(em).read(token, BASE).calendar());
  }

  private static DeadlineFeed feed(EntityManager em) {
    SettingsBook settings = new SettingsBook(em);
    ApplicationRepository applications = new ApplicationRepository(em);
    CaseFacts facts =
        new CaseFacts(new SettlementRepository(em), applications, new RateBook(em), settings);
    MunicipalityDeadlines deadlines =
        new MunicipalityDeadlines(
            em,
            facts,
            applications,
            new ComplaintRepository(em),
            new Inbox(em),
            new ComplaintSettings(settings));
    return new DeadlineFeed(em, deadlines, null, CLOCK);
  }

  private static void sql(String statement) {
    db.execute(statement);
  }

  private static List<String> column(String query) throws SQLException {
    List<String> out = new ArrayList<>();
    for (String[] r : rows(query)) {
      out.add(r[0]);
    }
    return out;
  }

  private static List<String[]> rows(String query) {
    return db.rows(query);
  }
}

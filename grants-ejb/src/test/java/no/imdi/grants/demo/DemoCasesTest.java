package no.imdi.grants.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.imdi.grants.casefile.QueueFilter;
import no.imdi.grants.casefile.QueueItem;
import no.imdi.grants.casefile.QueueItemType;
import no.imdi.grants.casefile.QueueSort;
import no.imdi.grants.casefile.WorkQueue;
import no.imdi.grants.disability.application.ApplicationState;
import no.imdi.grants.disability.application.DecisionApproved;
import no.imdi.grants.disability.application.DecisionOutcome;
import no.imdi.grants.disability.application.ExtensionDecided;
import no.imdi.grants.security.MunicipalityScope;
import no.imdi.grants.shared.PageRequest;
import no.imdi.grants.testsupport.TestPersistence;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The demo cases on PostgreSQL, loaded as the container loads them at startup (through the case
 * services, as the demo users, with the clock counted back): a case in every state of the flow, in
 * Oslo and Bergen, with PDFs the upload checks accepted, maker/checker kept, and a second load that
 * adds nothing.
 */
class DemoCasesTest {

  static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/Oslo"));

  private TestPersistence db;
  private final RecordedEvents<DecisionApproved> approved = new RecordedEvents<>();
  private final RecordedEvents<ExtensionDecided> extensions = new RecordedEvents<>();

  @BeforeEach
  void arrange() throws SQLException {
    db = new TestPersistence();
    try (Connection c = db.dataSource().getConnection()) {
      DemoDataLoader.insertUsers(c);
      DemoPopulation.populate(c, 200, 3);
      DemoRates.insert(c, NOW);
    }
  }

  @AfterEach
  void close() {
    db.close();
  }

  private DemoCases.Loaded load() {
    return new DemoCases(db::run, db.dataSource(), CLOCK, approved, extensions, Thread::new).load();
  }

  @Test
  void everyStateOfTheFlowIsThereForOsloAndBergenThroughTheServices() throws Exception {
    assertThat(load()).isEqualTo(new DemoCases.Loaded(DemoCases.all().size(), 0, 0));

    assertThat(column("select distinct state from grant_application"))
        .containsExactlyInAnyOrderElementsOf(names(ApplicationState.values()));
    assertThat(column("select distinct outcome from grant_application where outcome is not null"))
        .containsExactlyInAnyOrderElementsOf(names(DecisionOutcome.values()));
    assertThat(
            column(
                "select distinct s.municipality from case_file c"
                    + " join settlement s on s.person_id = c.person_id"))
        .containsExactlyInAnyOrder("0301", "4601");
    // R-DL-6: the late application was flagged when it came and dismissed on that rule
    assertThat(
            db.count(
                "select count(*) from grant_application a join decision d on d.application_id = a.id"
                    + " where a.outcome = 'DISMISSED' and a.flagged_for_dismissal"
                    + " and a.received_on > a.deadline and d.dismissal_rule = 'R-DL-6'"
                    + " and d.proposal_status = 'APPROVED'"))
        .isEqualTo(1);
    // R-DL-5: one request waiting, one granted, and the application sent after the original
    // deadline but within the granted one is in time
    assertThat(column("select state from extension_request order by state"))
        .containsExactly("GRANTED", "RECEIVED");
    assertThat(
            db.count(
                "select count(*) from extension_request e join grant_application a"
                    + " on a.case_id = e.case_id and a.grant_year = e.grant_year"
                    + " where e.state = 'GRANTED' and a.received_on > e.original_deadline"
                    + " and a.received_on <= e.granted_deadline and a.deadline = e.granted_deadline"
                    + " and not a.flagged_for_dismissal"))
        .isEqualTo(1);
    // R-T2-5: a granted T1 converted into a granted T2 of the same grant year
    assertThat(
            db.count(
                "select count(*) from grant_application t2 join grant_application t1"
                    + " on t1.id = t2.conversion_of where t1.kind = 'T1' and t2.kind = 'T2'"
                    + " and t1.outcome = 'GRANTED' and t2.outcome = 'GRANTED'"
                    + " and t1.grant_year = t2.grant_year"))
        .isEqualTo(1);
    // enquiries: IMDi's request for documentation waits for the municipality; a thread written
    // in both directions waits for IMDi
    assertThat(
            db.count(
                "select count(*) from enquiry q join grant_application a on a.id = q.application_id"
                    + " where q.documentation_request and q.state = 'WAITING_FOR_MUNICIPALITY'"
                    + " and a.state = 'WAITING_FOR_DOCUMENTATION' and q.reply_by > date '2026-12-01'"))
        .isEqualTo(1);
    assertThat(
            db.count(
                "select count(*) from enquiry q where q.state = 'WAITING_FOR_IMDI'"
                    + " and (select count(distinct side) from enquiry_message m"
                    + " where m.enquiry_id = q.id) = 2"))
        .isEqualTo(1);
    assertThat(queueTypes())
        .containsOnly(
            QueueItemType.APPLICATION,
            QueueItemType.CONVERSION,
            QueueItemType.EXTENSION_REQUEST,
            QueueItemType.ENQUIRY,
            QueueItemType.ACCOUNTS_REPORT);
    // R-REP-1..5: one accounts report of Oslo in each state, the decided one recovered once
    assertThat(column("select distinct state from accounts_report where municipality = '0301'"))
        .containsExactlyInAnyOrderElementsOf(
            names(no.imdi.grants.disability.report.AccountsReportState.values()));
    assertThat(
            db.count(
                "select count(*) from recovery r join accounts_report a"
                    + " on r.source_key = 'REP-' || a.id where a.state = 'DECIDED'"
                    + " and r.rule_ids = 'R-REP-4' and r.amount > 0"))
        .isEqualTo(1);
  }

  @Test
  void decisionsArePreparedAndApprovedByTwoPeopleAndEveryApprovalIsAnnounced() throws Exception {
    load();

    assertThat(column("select distinct prepared_by from decision"))
        .containsExactly(DemoStory.CASEWORKER);
    assertThat(column("select distinct reviewed_by from decision where reviewed_by is not null"))
        .containsExactly(DemoStory.APPROVER);
    assertThat(column("select proposal_status from decision order by proposal_status"))
        .contains("APPROVED", "PENDING", "SENT_BACK");
    long approvedDecisions =
        db.count("select count(*) from decision where proposal_status = 'APPROVED'");
    assertThat(approvedDecisions)
        .isEqualTo(db.count("select count(*) from grant_application where state = 'DECIDED'"));
    assertThat(approved.fired).hasSize((int) approvedDecisions);
    assertThat(extensions.fired).hasSize(1);
    // every state was reached by a verb: the application's state is its audit trail's last step
    assertThat(
            db.count(
                "select count(*) from grant_application a where a.state <> (select t.to_state"
                    + " from case_audit t where t.matter = 'APPLICATION' and t.matter_id = a.id"
                    + " order by t.at desc, t.id desc limit 1)"))
        .isZero();
    assertThat(db.count("select count(*) from case_audit where at > '" + NOW + "'")).isZero();
    assertThat(db.count("select count(*) from person_access_log where purpose is not null"))
        .isPositive();
  }

  @Test
  void theDocumentsAreSmallPdfsThatPassedTheUploadChecksAndAreAttachedToTheChecklist()
      throws Exception {
    load();

    assertThat(
            db.count(
                "select count(*) from application_attachment a left join stored_document d"
                    + " on d.id = a.document_id where d.id is null or d.sha256 <> a.sha256"
                    + " or d.size_bytes <> a.size_bytes"))
        .isZero();
    assertThat(
            db.count(
                "select count(*) from grant_application a where a.state <> 'DRAFT' and not exists"
                    + " (select 1 from application_attachment t where t.application_id = a.id"
                    + " and t.kind = 'CONSENT')"))
        .isZero();
    assertThat(column("select distinct kind from application_attachment"))
        .contains("CONSENT", "HEALTH_DOCUMENTATION", "BUDGET");
    assertThat(db.count("select max(size_bytes) from stored_document")).isLessThan(10_000);
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("select content from stored_document")) {
      int read = 0;
      while (rows.next()) {
        try (PDDocument pdf = Loader.loadPDF(rows.getBytes(1))) {
          assertThat(new PDFTextStripper().getText(pdf)).contains(DemoDocuments.SYNTHETIC);
        }
        read++;
      }
      assertThat(read).isGreaterThan(DemoCases.all().size());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-03-02T07:30:00Z", "2025-08-31T21:00:00Z", "2024-12-31T12:00:00Z"})
  void theStoriesHoldWhateverDayTheDemoIsFirstStarted(String now) throws Exception {
    Clock clock = Clock.fixed(Instant.parse(now), ZoneId.of("Europe/Oslo"));

    DemoCases.Loaded loaded =
        new DemoCases(db::run, db.dataSource(), clock, approved, extensions, Thread::new).load();

    assertThat(loaded).isEqualTo(new DemoCases.Loaded(DemoCases.all().size(), 0, 0));
    assertThat(column("select distinct state from grant_application"))
        .containsExactlyInAnyOrderElementsOf(names(ApplicationState.values()));
    assertThat(db.count("select count(*) from case_audit where at > '" + now + "'")).isZero();
  }

  @Test
  void aSecondLoadAddsNothing() throws Exception {
    load();
    Map<String, Long> before = counts();

    assertThat(load()).isEqualTo(new DemoCases.Loaded(0, DemoCases.all().size(), 0));

    assertThat(counts()).isEqualTo(before);
    assertThat(before.get("case_file")).isEqualTo(DemoCases.all().size());
  }

  private Map<String, Long> counts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table :
        List.of(
            "person",
            "settlement",
            "case_file",
            "case_number_counter",
            "grant_application",
            "application_attachment",
            "decision",
            "extension_request",
            "enquiry",
            "enquiry_message",
            "journal_entry",
            "case_audit",
            "stored_document",
            "person_access_log")) {
      counts.put(table, db.count("select count(*) from " + table));
    }
    return counts;
  }

  private List<QueueItemType> queueTypes() {
    return db.inTransaction(
        em ->
            new WorkQueue(em)
                    .list(
                        MunicipalityScope.ALL,
                        QueueFilter.NONE,
                        new PageRequest<>(0, 100, QueueSort.DEADLINE, true))
                    .rows()
                    .stream()
                    .map(QueueItem::type)
                    .toList());
  }

  private List<String> column(String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  private static List<String> names(Enum<?>[] values) {
    return java.util.Arrays.stream(values).map(Enum::name).toList();
  }
}

package no.imdi.grants.disability.application;

import static no.imdi.grants.disability.application.CaseFlow.EVA;
import static no.imdi.grants.disability.application.CaseFlow.KARI;
import static no.imdi.grants.disability.application.CaseFlow.OSLO;
import static no.imdi.grants.disability.application.CaseFlow.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.imdi.grants.admintest.Callers;
import no.imdi.grants.audit.AccessLog;
import no.imdi.grants.casefile.CaseRepository;
import no.imdi.grants.casefile.QueueFilter;
import no.imdi.grants.casefile.QueueItem;
import no.imdi.grants.casefile.QueueItemType;
import no.imdi.grants.casefile.QueueSort;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.casefile.WorkQueue;
import no.imdi.grants.disability.cost.CostLine;
import no.imdi.grants.disability.report.AccountsReportState;
import no.imdi.grants.disability.report.AccountsReportView;
import no.imdi.grants.disability.report.OutcomeKind;
import no.imdi.grants.disability.report.OutcomeView;
import no.imdi.grants.disability.report.ReportContent;
import no.imdi.grants.disability.report.ReportMeasureInput;
import no.imdi.grants.document.PostgresDocumentStore;
import no.imdi.grants.inbox.Inbox;
import no.imdi.grants.inbox.InboxItem;
import no.imdi.grants.inbox.InboxService;
import no.imdi.grants.letter.LetterKind;
import no.imdi.grants.letter.VeraPdf;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.security.MunicipalityScope;
import no.imdi.grants.shared.Nok;
import no.imdi.grants.shared.PageRequest;
import no.imdi.grants.testsupport.Register;
import no.imdi.grants.testsupport.TestPersistence;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * T2 accounts reports on PostgreSQL (R-REP-1..5): opened by the approval of a budget-based T2
 * grant, due 13.12.2024 for grant year 1 (13.10.2023–12.10.2024); signed by the caseworker and not
 * yet submitted; co-signed by the finance officer, submitted and journaled; Bergen cannot reach it;
 * IMDi's caseworker prepares an underspend recovery (R-REP-4) that only another officer, an
 * approver, can approve; the approval writes one recovery row for the payment run however often it
 * is tried, an audit row for every transition, and a PDF/A letter in Oslo's inbox that says there
 * is no complaint right (R-AP-1). The daily reminders (R-REP-1) are idempotent.
 */
class AccountsReportServicesTest {

  static final Instant NOV_4 = Instant.parse("2024-11-04T09:00:00Z");
  static final String FINANCE = "okonomi.oslo";
  static final String BERGEN = "kommune.bergen";

  private TestPersistence db;
  private CaseWorld world;
  private CaseFlow flow;
  private ReportWorld reports;
  private long caseId;

  @BeforeEach
  void arrange() {
    db = new TestPersistence();
    Register.users(db);
    long person = Register.settle(db, "0301", "Amina", "Haddad", LocalDate.of(2023, 10, 13));
    world = new CaseWorld(db, NOV_4);
    flow = new CaseFlow(world);
    reports = new ReportWorld(db, world);
    caseId = world.municipality(OSLO, s -> s.openCase(person)).id();
  }

  @AfterEach
  void close() {
    db.close();
  }

  /** The seed's T2 of 348 005 kr granted in full, and its report opened by the approval. */
  private long grantedReport() {
    long application = flow.submittedT2(caseId);
    long decision = flow.prepared(caseId, application, DecisionDraft.grant(null));
    world.approval(
        KARI, s -> run(() -> s.approve(decision, flow.decisionVersion(application), null)));
    DecisionApproved approved =
        world.events.stream()
            .filter(DecisionApproved.class::isInstance)
            .map(DecisionApproved.class::cast)
            .reduce((a, b) -> b)
            .orElseThrow();
    reports.opener(o -> run(() -> o.decisionApproved(approved)));
    return reports.municipality(OSLO, s -> s.ofCase(caseId)).get(0).id();
  }

  private long version(long report) {
    return reports.imdi(EVA, s -> s.report(report)).version();
  }

  private static ReportContent actual(long hours) {
    return new ReportContent(
        List.of(
            new ReportMeasureInput(
                "Personlig assistanse",
                0,
                List.of(
                    CostLine.directUserTime(
                        "Miljøterapeut",
                        Nok.kroner(250),
                        BigDecimal.valueOf(hours),
                        new BigDecimal("0.12"),
                        new BigDecimal("0.10"))))),
        null,
        null);
  }

  private long submitted(long report, long hours) {
    reports.municipality(OSLO, s -> run(() -> s.saveDraft(report, version(report), actual(hours))));
    reports.municipality(
        OSLO,
        s ->
            s.attach(
                report,
                version(report),
                DocumentKind.ACCOUNTS_REPORT,
                "Regnskap 2024",
                CaseWorld.document(9)));
    reports.municipality(OSLO, s -> run(() -> s.sign(report, version(report))));
    reports.municipality(FINANCE, s -> run(() -> s.coSign(report, version(report))));
    return report;
  }

  @Test
  void R_REP_1_signedByTheCaseworkerOnlyIsNotSubmittedUntilTheFinanceOfficerCoSigns() {
    long report = grantedReport();
    AccountsReportView opened = reports.municipality(FINANCE, s -> s.report(report));
    assertThat(opened.state()).isEqualTo(AccountsReportState.DRAFT);
    assertThat(opened.dueDate()).isEqualTo(LocalDate.of(2024, 12, 13));
    assertThat(opened.granted()).isEqualTo(Nok.kroner(348_005));
    assertThat(opened.measures())
        .singleElement()
        .satisfies(m -> assertThat(m.actual()).isEqualTo(Nok.kroner(348_005)));

    reports.municipality(OSLO, s -> run(() -> s.saveDraft(report, version(report), actual(800))));
    assertThatThrownBy(
            () -> reports.municipality(OSLO, s -> run(() -> s.sign(report, version(report)))))
        .isInstanceOf(Refusal.class);
    reports.municipality(
        OSLO,
        s ->
            s.attach(
                report,
                version(report),
                DocumentKind.ACCOUNTS_REPORT,
                "Regnskap",
                CaseWorld.document(9)));
    reports.municipality(OSLO, s -> run(() -> s.sign(report, version(report))));

    assertThat(reports.municipality(FINANCE, s -> s.report(report)).state())
        .isEqualTo(AccountsReportState.SIGNED);
    assertThat(queue(QueueItemType.ACCOUNTS_REPORT)).isEmpty();
    assertThatThrownBy(
            () -> reports.municipality(OSLO, s -> run(() -> s.coSign(report, version(report)))))
        .isInstanceOf(Refusal.class);

    reports.municipality(FINANCE, s -> run(() -> s.coSign(report, version(report))));

    AccountsReportView submitted = reports.municipality(OSLO, s -> s.report(report));
    assertThat(submitted.state()).isEqualTo(AccountsReportState.SUBMITTED);
    assertThat(submitted.signature().by()).isEqualTo(OSLO);
    assertThat(submitted.coSignature().by()).isEqualTo(FINANCE);
    assertThat(queue(QueueItemType.ACCOUNTS_REPORT))
        .singleElement()
        .satisfies(q -> assertThat(q.state()).isEqualTo("ACCOUNTS_SUBMITTED"));
    assertThat(
            db.count(
                "select count(*) from journal_entry where entry_type = 'INCOMING'"
                    + " and matter = 'ACCOUNTS_REPORT' and matter_id = "
                    + report))
        .isEqualTo(1);
    assertThat(
            db.count(
                "select count(*) from case_audit where matter = 'ACCOUNTS_REPORT' and matter_id = "
                    + report))
        .isEqualTo(3); // opened, signed, co-signed
  }

  @Test
  void anotherMunicipalityDoesNotReachTheReport() {
    long report = grantedReport();

    assertThatThrownBy(() -> reports.municipality(BERGEN, s -> s.report(report)))
        .isInstanceOf(AccessDeniedException.class);
    List<AccountsReportView> bergens = reports.municipality(BERGEN, s -> s.ofCase(caseId));
    assertThat(bergens).isEmpty();
    assertThatThrownBy(
            () -> reports.municipality(BERGEN, s -> run(() -> s.saveDraft(report, 0, actual(1)))))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void R_REP_4_anUnderspendIsRecoveredOnceWithAnApprovedOutcomeAndALetter() throws IOException {
    long report = submitted(grantedReport(), 800);

    assertThat(reports.imdi(EVA, s -> s.preview(report, Set.of())).recovery())
        .isEqualTo(Nok.kroner(69_601));
    long outcome =
        reports.imdi(
            EVA, s -> s.prepareOutcome(report, version(report), Set.of(), "Ubrukte midler"));
    OutcomeView prepared = reports.imdi(EVA, s -> s.report(report)).outcomes().get(0);
    assertThat(prepared.kind()).isEqualTo(OutcomeKind.UNDERSPEND_RECOVERY);
    assertThat(prepared.recovery()).isEqualTo(Nok.kroner(69_601));
    assertThat(prepared.explanation().norwegian())
        .contains("348 005 kr", "278 404 kr", "69 601 kr", "R-REP-4");
    assertThatThrownBy(
            () ->
                reports.approval(EVA, s -> run(() -> s.approve(outcome, prepared.version(), null))))
        .isInstanceOf(AccessDeniedException.class);
    List<OutcomeView> pending = reports.approval(KARI, s -> s.pending(page()));
    assertThat(pending).hasSize(1);

    reports.approval(KARI, s -> run(() -> s.approve(outcome, prepared.version(), null)));

    assertThatThrownBy(
            () ->
                reports.approval(
                    KARI, s -> run(() -> s.approve(outcome, prepared.version() + 1, null))))
        .isInstanceOf(RuntimeException.class);
    assertThat(db.count("select count(*) from recovery")).isEqualTo(1);
    assertThat(
            db.count(
                "select count(*) from recovery where source_key = 'REP-"
                    + report
                    + "' and municipality = '0301' and code = 'FHT2' and amount = 69601.00"
                    + " and rule_ids = 'R-REP-4' and decided_on = date '2024-11-04'"))
        .isEqualTo(1);
    assertThatThrownBy(
            () ->
                db.run(
                    em ->
                        em.createNativeQuery(
                                "insert into recovery (source_key, municipality, code, amount,"
                                    + " rule_ids, reason_key, decided_on, created_by, created_at)"
                                    + " values ('REP-"
                                    + report
                                    + "', '0301', 'FHT2', 1, 'x', 'x', current_date, 'x', now())")
                            .executeUpdate()))
        .hasStackTraceContaining("recovery_source_key_key");
    assertThat(reports.municipality(OSLO, s -> s.report(report)).state())
        .isEqualTo(AccountsReportState.DECIDED);
    assertThat(
            db.count(
                "select count(*) from case_audit where (matter = 'ACCOUNTS_REPORT' and matter_id = "
                    + report
                    + ") or (matter = 'ACCOUNTS_OUTCOME' and matter_id = "
                    + outcome
                    + ")"))
        .isEqualTo(6); // opened, signed, co-signed, prepared, approved (report and outcome)

    InboxItem letter = inbox(s -> s.items(false, 0, 10)).rows().get(0);
    assertThat(letter.letterKind()).isEqualTo(LetterKind.ACCOUNTS_OUTCOME);
    assertThat(letter.municipality()).isEqualTo("0301");
    assertThat(
            db.count(
                "select count(*) from journal_entry where entry_type = 'OUTGOING'"
                    + " and matter = 'ACCOUNTS_OUTCOME' and matter_id = "
                    + outcome))
        .isEqualTo(1);
    byte[] pdf = inbox(s -> s.letter(letter.id())).openContent().readAllBytes();
    assertThat(VeraPdf.validate(pdf, PDFAFlavour.PDFA_2_A).failures()).isEmpty();
    assertThat(VeraPdf.validate(pdf, PDFAFlavour.PDFUA_1).failures()).isEmpty();
    assertThat(text(pdf))
        .contains("69 601 kr", "278 404 kr", "348 005 kr", "R-REP-4")
        .contains("Ingen klagerett", "R-AP-1", "ikke et enkeltvedtak")
        .contains("31.12.2024")
        .doesNotContain("Amina", "Haddad");
  }

  @Test
  void R_REP_5_aBudgetGrantBelowTheThresholdIsRecoveredInFull() {
    long report = submitted(grantedReport(), 500);

    long outcome =
        reports.imdi(EVA, s -> s.prepareOutcome(report, version(report), Set.of(), null));
    long v = reports.imdi(EVA, s -> s.report(report)).outcomes().get(0).version();
    reports.approval(KARI, s -> run(() -> s.approve(outcome, v, null)));

    assertThat(
            db.count(
                "select count(*) from recovery where amount = 348005.00 and rule_ids = 'R-REP-5'"
                    + " and reason_key = 'R-REP-5.recovery'"))
        .isEqualTo(1);
  }

  @Test
  void R_REP_1_remindersDueSoonAndOverdueOnceEach() {
    long report = grantedReport();
    world.now(Instant.parse("2024-11-28T06:00:00Z")); // 15 days before 13.12.2024
    assertThat(remind(LocalDate.of(2024, 11, 28))).isZero();
    assertThat(queue(QueueItemType.ACCOUNTS_REPORT_DUE)).isEmpty();

    world.now(Instant.parse("2024-11-29T06:00:00Z")); // 14 days before
    assertThat(remind(LocalDate.of(2024, 11, 29))).isEqualTo(1);
    assertThat(remind(LocalDate.of(2024, 11, 29))).isZero();
    assertThat(remind(LocalDate.of(2024, 12, 13))).isZero();
    assertThat(queue(QueueItemType.ACCOUNTS_REPORT_DUE))
        .singleElement()
        .satisfies(q -> assertThat(q.flaggedForDismissal()).isFalse());

    world.now(Instant.parse("2024-12-14T06:00:00Z"));
    assertThat(remind(LocalDate.of(2024, 12, 14))).isEqualTo(1);
    assertThat(remind(LocalDate.of(2024, 12, 14))).isZero();

    assertThat(db.count("select count(*) from inbox_item where item_kind = 'REMINDER'"))
        .isEqualTo(2);
    assertThat(inbox(s -> s.items(false, 0, 10)).rows())
        .extracting(InboxItem::title)
        .anySatisfy(t -> assertThat(t).contains("ikke sendt inn", "13.12.2024"));
    assertThat(queue(QueueItemType.ACCOUNTS_REPORT_DUE))
        .singleElement()
        .satisfies(q -> assertThat(q.flaggedForDismissal()).isTrue());
    submitted(report, 800);
    assertThat(queue(QueueItemType.ACCOUNTS_REPORT_DUE)).isEmpty();
    assertThat(remind(LocalDate.of(2024, 12, 15))).isZero();
  }

  @Test
  void R_REP_1_theDailyRunOpensAMissingReportOnce() {
    long application = flow.submittedT2(caseId);
    long decision = flow.prepared(caseId, application, DecisionDraft.grant(null));
    world.approval(
        KARI, s -> run(() -> s.approve(decision, flow.decisionVersion(application), null)));
    assertThat(db.count("select count(*) from accounts_report")).isZero();

    remind(LocalDate.of(2024, 11, 4));
    remind(LocalDate.of(2024, 11, 5));

    assertThat(db.count("select count(*) from accounts_report")).isEqualTo(1);
  }

  private int remind(LocalDate day) {
    return reports.<Integer>reminders(r -> r.run(day));
  }

  private List<QueueItem> queue(QueueItemType type) {
    return db.inTransaction(
        em ->
            new WorkQueue(em)
                .rows(
                    MunicipalityScope.ALL,
                    new QueueFilter(null, null, type, null, null, false),
                    new PageRequest<>(0, 20, QueueSort.DEADLINE, true)));
  }

  private static PageRequest<QueueSort> page() {
    return new PageRequest<>(0, 20, QueueSort.DEADLINE, true);
  }

  private <T> T inbox(java.util.function.Function<InboxService, T> call) {
    return db.inTransaction(
        em -> {
          CurrentUser caller = new CurrentUser(Callers.as(OSLO), em);
          return call.apply(
              new InboxService(
                  caller,
                  new Inbox(em),
                  new CaseRepository(em),
                  new PostgresDocumentStore(db.dataSource()),
                  new HealthReads(new AccessLog(em, world.clock()), caller),
                  world.clock()));
        });
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper()
          .getText(document)
          .replace('\u00A0', ' ')
          .replaceAll("\\s*\\R\\s*", " ");
    }
  }
}

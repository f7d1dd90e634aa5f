package no.imdi.grants.disability.application;

import static no.imdi.grants.disability.application.CaseFlow.EVA;
import static no.imdi.grants.disability.application.CaseFlow.KARI;
import static no.imdi.grants.disability.application.CaseFlow.OSLO;
import static no.imdi.grants.disability.application.CaseFlow.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.imdi.grants.casefile.CaseMessage;
import no.imdi.grants.casefile.QueueFilter;
import no.imdi.grants.casefile.QueueItem;
import no.imdi.grants.casefile.QueueItemType;
import no.imdi.grants.casefile.QueueSort;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.casefile.WorkQueue;
import no.imdi.grants.disability.cost.CostLine;
import no.imdi.grants.disability.report.OutcomeKind;
import no.imdi.grants.disability.report.ReportContent;
import no.imdi.grants.disability.report.ReportMeasureInput;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.MunicipalityScope;
import no.imdi.grants.shared.Nok;
import no.imdi.grants.shared.PageRequest;
import no.imdi.grants.testsupport.Register;
import no.imdi.grants.testsupport.TestPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R-REP-3 on PostgreSQL: the seed's budget T2 of 348 005 kr (1 000 hours) is granted and paid at
 * the instalment of 31.12.2024; the accounts show 1 200 hours (417 606 kr, an overrun of 69 601 kr)
 * and claim 50 000 kr. The approved outcome routes the claim to IMDi's work queue; the caseworker
 * starts the additional decision (a supplement application, once per claim), prepares a partial
 * grant of 40 000 kr with its reason that only another officer approves; the approval closes the
 * claim, takes it off the queue, writes the letter to Oslo, and the next instalment (31.03.2025)
 * pays the supplement under its own ledger key while the original grant's line is untouched
 * (R-PAY-2, R-PAY-4).
 */
class ClaimSupplementTest {

  static final Instant NOV_4 = Instant.parse("2024-11-04T09:00:00Z");
  static final String FINANCE = "okonomi.oslo";

  private TestPersistence db;
  private CaseWorld world;
  private CaseFlow flow;
  private ReportWorld reports;
  private SupplementWorld supplements;
  private long caseId;

  @BeforeEach
  void arrange() {
    db = new TestPersistence();
    Register.users(db);
    long person = Register.settle(db, "0301", "Amina", "Haddad", LocalDate.of(2023, 10, 13));
    world = new CaseWorld(db, NOV_4);
    flow = new CaseFlow(world);
    reports = new ReportWorld(db, world);
    supplements = new SupplementWorld(db, world);
    caseId = world.municipality(OSLO, s -> s.openCase(person)).id();
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void R_REP_3_aClaimedOverrunBecomesAnAdditionalDecisionPaidAtTheNextInstalment() {
    long original = flow.submittedT2(caseId);
    long report = grantedReport(original);
    world.now(Instant.parse("2025-01-02T08:00:00Z"));
    long firstRun = supplements.paymentRun(LocalDate.of(2024, 12, 31));
    assertThat(fht2Lines(original)).containsExactly(firstRun + " 34800500");

    world.now(Instant.parse("2025-01-06T09:00:00Z"));
    claimed(report, 1200, Nok.kroner(50_000));
    assertThat(claims()).extracting(QueueItem::matterId).containsExactly(report);
    long claimVersion = reports.imdi(EVA, s -> s.report(report)).version();

    long supplement = supplements.supplements(EVA, s -> s.startSupplement(report, claimVersion));
    assertThatThrownBy(
            () -> supplements.supplements(EVA, s -> s.startSupplement(report, claimVersion)))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.reason()).isEqualTo(CaseMessage.SUPPLEMENT_EXISTS));
    assertThat(supplements.<java.util.Optional<Long>>supplements(EVA, s -> s.supplementOf(report)))
        .contains(supplement);
    assertThat(
            db.count(
                "select count(*) from grant_application where id = "
                    + supplement
                    + " and state = 'UNDER_ASSESSMENT' and kind = 'T2' and basis = 'ACCOUNTS'"
                    + " and supplement_of = "
                    + original
                    + " and supplement_claim = 50000.00 and supplement_granted = 348005.00"))
        .isEqualTo(1);
    assertThat(world.imdi(EVA, s -> s.limits(supplement)).maximum().value())
        .isEqualTo(Nok.kroner(50_000));

    assertThatThrownBy(() -> prepare(supplement, DecisionDraft.grant(Nok.kroner(50_001))))
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> assertThat(r.reason()).isEqualTo(CaseMessage.DECISION_ABOVE_MAXIMUM));
    assertThatThrownBy(() -> prepare(supplement, partly(40_000, null)))
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> assertThat(r.reason()).isEqualTo(CaseMessage.DECISION_REASON_REQUIRED));
    long decision = prepare(supplement, partly(40_000, "Ett tiltak var ikke nødvendig"));

    long decisionVersion = flow.decisionVersion(supplement);
    assertThatThrownBy(
            () -> world.approval(EVA, s -> run(() -> s.approve(decision, decisionVersion, null))))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(reports.imdi(EVA, s -> s.report(report)).claimOpen()).isTrue();

    world.now(Instant.parse("2025-01-10T09:00:00Z"));
    world.approval(KARI, s -> run(() -> s.approve(decision, decisionVersion, null)));
    DecisionApproved approved = lastApproved();
    assertThat(approved.applicationId()).isEqualTo(supplement);
    supplements.approved(approved);
    reports.opener(o -> run(() -> o.decisionApproved(approved)));

    assertThat(reports.imdi(EVA, s -> s.report(report)).claimOpen()).isFalse();
    assertThat(claims()).isEmpty();
    assertThat(db.count("select count(*) from accounts_report")).isEqualTo(1); // R-REP-2
    assertThat(
            db.count(
                "select count(*) from decision where id = "
                    + decision
                    + " and outcome = 'PARTLY_GRANTED' and amount = 40000.00"
                    + " and maximum = 50000.00 and proposal_status = 'APPROVED'"
                    + " and prepared_by = 'imdi.saksbehandler'"
                    + " and reviewed_by = 'imdi.godkjenner' and letter_entry_id is not null"))
        .isEqualTo(1);
    assertThat(
            db.count(
                "select count(*) from journal_entry where entry_type = 'OUTGOING'"
                    + " and matter = 'DECISION' and matter_id = "
                    + decision
                    + " and case_id = "
                    + caseId))
        .isEqualTo(1);
    assertThat(
            db.count(
                "select count(*) from inbox_item i join decision d"
                    + " on d.letter_entry_id = i.journal_entry_id"
                    + " where i.municipality = '0301' and d.id = "
                    + decision))
        .isEqualTo(1);
    assertThat(
            db.count(
                "select count(*) from case_audit where matter = 'APPLICATION' and matter_id = "
                    + supplement
                    + " and action in ('startSupplement', 'prepareDecision', 'approve')"))
        .isEqualTo(3);
    assertThat(
            db.count(
                "select count(*) from case_audit where matter = 'ACCOUNTS_REPORT' and matter_id = "
                    + report
                    + " and action = 'claimDecided'"))
        .isEqualTo(1);

    world.now(Instant.parse("2025-04-01T08:00:00Z"));
    long nextRun = supplements.paymentRun(LocalDate.of(2025, 3, 31));
    assertThat(fht2Lines(supplement)).containsExactly(nextRun + " 4000000");
    assertThat(fht2Lines(original)).containsExactly(firstRun + " 34800500");
  }

  @Test
  void R_REP_3_noAdditionalDecisionWithoutAnOpenClaim() {
    long original = flow.submittedT2(caseId);
    long report = grantedReport(original);
    world.now(Instant.parse("2025-01-06T09:00:00Z"));
    claimed(report, 800, null);
    long version = reports.imdi(EVA, s -> s.report(report)).version();

    assertThatThrownBy(() -> supplements.supplements(EVA, s -> s.startSupplement(report, version)))
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> assertThat(r.reason()).isEqualTo(CaseMessage.REPORT_CLAIM_NOT_OPEN));
    assertThatThrownBy(() -> supplements.supplements(KARI, s -> s.startSupplement(report, version)))
        .isInstanceOf(RuntimeException.class);
    assertThat(db.count("select count(*) from grant_application")).isEqualTo(1);
  }

  /** The T2 granted in full by EVA and KARI at 04.11.2024, and its report opened. */
  private long grantedReport(long application) {
    long decision = flow.prepared(caseId, application, DecisionDraft.grant(null));
    world.approval(
        KARI, s -> run(() -> s.approve(decision, flow.decisionVersion(application), null)));
    DecisionApproved approved = lastApproved();
    reports.opener(o -> run(() -> o.decisionApproved(approved)));
    return reports.municipality(OSLO, s -> s.ofCase(caseId)).get(0).id();
  }

  /** The accounts with the hours and claim, signed, co-signed, its outcome approved. */
  private void claimed(long report, long hours, Nok claim) {
    ReportContent content =
        new ReportContent(
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
            claim,
            claim == null ? null : "Økt behov om høsten");
    reports.municipality(OSLO, s -> run(() -> s.saveDraft(report, version(report), content)));
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
    long outcome =
        reports.imdi(EVA, s -> s.prepareOutcome(report, version(report), Set.of(), null));
    var prepared = reports.imdi(EVA, s -> s.report(report)).outcomes().get(0);
    assertThat(prepared.kind())
        .isEqualTo(claim == null ? OutcomeKind.UNDERSPEND_RECOVERY : OutcomeKind.OVERRUN_CLAIM);
    reports.approval(KARI, s -> run(() -> s.approve(outcome, prepared.version(), null)));
  }

  private long version(long report) {
    return reports.imdi(EVA, s -> s.report(report)).version();
  }

  private long prepare(long application, DecisionDraft draft) {
    return world.imdi(EVA, s -> s.prepareDecision(application, flow.version(application), draft));
  }

  private static DecisionDraft partly(long kroner, String reason) {
    return new DecisionDraft(
        DecisionOutcome.PARTLY_GRANTED, Nok.kroner(kroner), Set.of(), reason, null, false, false);
  }

  private DecisionApproved lastApproved() {
    return world.events.stream()
        .filter(DecisionApproved.class::isInstance)
        .map(DecisionApproved.class::cast)
        .reduce((a, b) -> b)
        .orElseThrow();
  }

  private List<QueueItem> claims() {
    return db.inTransaction(
        em ->
            new WorkQueue(em)
                .rows(
                    MunicipalityScope.ALL,
                    new QueueFilter(null, null, QueueItemType.ACCOUNTS_CLAIM, null, null, false),
                    new PageRequest<>(0, 20, QueueSort.DEADLINE, true)));
  }

  /** The FHT2 payment lines of the application, as {@code run amount-in-øre}. */
  private List<String> fht2Lines(long application) {
    return db.inTransaction(
        em ->
            em.createNativeQuery(
                    "select run_id || ' ' || amount_ore from payment_line"
                        + " where entitlement_key like '%/FHT2/A"
                        + application
                        + "%' order by run_id",
                    String.class)
                .getResultList());
  }
}

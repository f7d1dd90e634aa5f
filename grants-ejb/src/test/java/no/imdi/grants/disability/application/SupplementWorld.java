package no.imdi.grants.disability.application;

import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Function;
import no.imdi.grants.admintest.Callers;
import no.imdi.grants.audit.AccessLog;
import no.imdi.grants.casefile.CaseJournal;
import no.imdi.grants.casefile.CaseRepository;
import no.imdi.grants.casefile.CaseTrail;
import no.imdi.grants.disability.letters.DecisionLetters;
import no.imdi.grants.disability.letters.ExtensionLetters;
import no.imdi.grants.disability.letters.LetterDelivery;
import no.imdi.grants.disability.report.AccountsReportRepository;
import no.imdi.grants.disability.report.ClaimCloser;
import no.imdi.grants.disability.report.ClaimSupplementService;
import no.imdi.grants.document.PostgresDocumentStore;
import no.imdi.grants.inbox.Inbox;
import no.imdi.grants.letter.LetterRenderer;
import no.imdi.grants.payment.PaymentLedger;
import no.imdi.grants.payment.PaymentRunService;
import no.imdi.grants.payment.PaymentSettingsBook;
import no.imdi.grants.payment.RunEngine;
import no.imdi.grants.rate.RateBook;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.settings.SettingsBook;
import no.imdi.grants.settlement.SettlementRepository;
import no.imdi.grants.testsupport.TestPersistence;

/**
 * The services of an additional decision on a claimed overrun (R-REP-3) outside the container, on
 * the case world's database and clock: the supplement service, what the container runs on an
 * approved decision (the claim closed, the letter delivered), and the payment run (R-PAY-2).
 */
final class SupplementWorld {

  private final TestPersistence db;
  private final CaseWorld world;

  SupplementWorld(TestPersistence db, CaseWorld world) {
    this.db = db;
    this.world = world;
  }

  <T> T supplements(String user, Function<ClaimSupplementService, T> call) {
    return db.inTransaction(
        em ->
            call.apply(
                new ClaimSupplementService(
                    new CurrentUser(Callers.as(user), em),
                    new AccountsReportRepository(em),
                    new ApplicationRepository(em),
                    new CaseRepository(em),
                    new CaseTrail(em),
                    world.clock())));
  }

  /** The observers of the approval, as the container calls them in its transaction. */
  void approved(DecisionApproved event) {
    db.run(
        em -> {
          new ClaimCloser(
                  new AccountsReportRepository(em),
                  new ApplicationRepository(em),
                  new CaseRepository(em),
                  new CaseTrail(em))
              .decisionApproved(event);
          letters(em).decisionApproved(event);
        });
  }

  private LetterDelivery letters(EntityManager em) {
    ApplicationRepository applications = new ApplicationRepository(em);
    CaseFacts facts =
        new CaseFacts(
            new SettlementRepository(em), applications, new RateBook(em), new SettingsBook(em));
    return new LetterDelivery(
        em,
        applications,
        new SettlementRepository(em),
        new DecisionLetters(facts, new SettingsBook(em)),
        new ExtensionLetters(facts, applications),
        new LetterRenderer(world.clock()),
        new PostgresDocumentStore(db.dataSource()),
        new CaseJournal(em, world.clock()),
        new Inbox(em),
        world.clock());
  }

  /** Starts, computes to the end and approves the instalment's payment run; the run id. */
  long paymentRun(LocalDate instalment) {
    long run = payments("imdi.saksbehandler", s -> s.start(instalment)).runId();
    Clock clock = world.clock();
    RunEngine engine =
        new RunEngine(
            db.dataSource(),
            () -> {
              EntityManager em = db.entityManager();
              try {
                return new PaymentSettingsBook(new SettingsBook(em), new RateBook(em))
                    .entitlements();
              } finally {
                em.close();
              }
            },
            clock,
            2,
            Duration.ofSeconds(60),
            "test");
    try {
      engine.run(run, -1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    long version = payments("imdi.godkjenner", s -> s.progress(run)).version();
    payments("imdi.godkjenner", s -> s.approve(run, version, null));
    return run;
  }

  private <T> T payments(String user, Function<PaymentRunService, T> call) {
    return db.inTransaction(
        em ->
            call.apply(
                new PaymentRunService(
                    new CurrentUser(Callers.as(user), em),
                    new PaymentLedger(em),
                    runId -> {},
                    new AccessLog(em, world.clock()),
                    world.clock())));
  }
}

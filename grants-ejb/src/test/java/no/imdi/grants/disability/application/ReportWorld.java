package no.imdi.grants.disability.application;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.persistence.EntityManager;
import java.lang.annotation.Annotation;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import no.imdi.grants.admintest.Callers;
import no.imdi.grants.casefile.CaseJournal;
import no.imdi.grants.casefile.CaseRepository;
import no.imdi.grants.casefile.CaseTrail;
import no.imdi.grants.disability.report.AccountsOutcomeLetters;
import no.imdi.grants.disability.report.AccountsReportReminders;
import no.imdi.grants.disability.report.AccountsReportRepository;
import no.imdi.grants.disability.report.ImdiReportService;
import no.imdi.grants.disability.report.MunicipalityReportService;
import no.imdi.grants.disability.report.OutcomeApproved;
import no.imdi.grants.disability.report.ReportApprovalService;
import no.imdi.grants.disability.report.ReportOpener;
import no.imdi.grants.document.PostgresDocumentStore;
import no.imdi.grants.inbox.Inbox;
import no.imdi.grants.letter.LetterRenderer;
import no.imdi.grants.rate.RateBook;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.settings.SettingsBook;
import no.imdi.grants.settlement.SettlementRepository;
import no.imdi.grants.testsupport.TestPersistence;

/**
 * The accounts-report services outside the container, on the case world's database and clock: each
 * call runs one service method as the given user in its own transaction.
 */
final class ReportWorld {

  private final TestPersistence db;
  private final CaseWorld world;

  ReportWorld(TestPersistence db, CaseWorld world) {
    this.db = db;
    this.world = world;
  }

  <T> T municipality(String user, Function<MunicipalityReportService, T> call) {
    return db.inTransaction(
        em ->
            call.apply(
                new MunicipalityReportService(
                    caller(em, user),
                    new AccountsReportRepository(em),
                    new CaseRepository(em),
                    new CaseTrail(em),
                    new CaseJournal(em, world.clock()),
                    world.clock())));
  }

  <T> T imdi(String user, Function<ImdiReportService, T> call) {
    return db.inTransaction(
        em ->
            call.apply(
                new ImdiReportService(
                    caller(em, user),
                    new AccountsReportRepository(em),
                    new CaseRepository(em),
                    new CaseTrail(em),
                    world.clock())));
  }

  <T> T approval(String user, Function<ReportApprovalService, T> call) {
    return db.inTransaction(
        em ->
            call.apply(
                new ReportApprovalService(
                    caller(em, user),
                    new AccountsReportRepository(em),
                    new CaseRepository(em),
                    new CaseTrail(em),
                    new Delivering(letters(em)),
                    world.clock())));
  }

  <T> T opener(Function<ReportOpener, T> call) {
    return db.inTransaction(em -> call.apply(opener(em)));
  }

  <T> T reminders(Function<AccountsReportReminders, T> call) {
    return db.inTransaction(
        em ->
            call.apply(
                new AccountsReportReminders(
                    em,
                    new AccountsReportRepository(em),
                    opener(em),
                    new SettingsBook(em),
                    world.clock())));
  }

  AccountsOutcomeLetters letters(EntityManager em) {
    return new AccountsOutcomeLetters(
        em,
        new AccountsReportRepository(em),
        new LetterRenderer(world.clock()),
        new PostgresDocumentStore(db.dataSource()),
        new CaseJournal(em, world.clock()),
        new Inbox(em),
        world.clock());
  }

  /** The approval's event as the container delivers it: the letter, in the same transaction. */
  private record Delivering(AccountsOutcomeLetters letters) implements Event<OutcomeApproved> {
    @Override
    public void fire(OutcomeApproved event) {
      letters.outcomeApproved(event);
    }

    @Override
    public <U extends OutcomeApproved> CompletionStage<U> fireAsync(U event) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends OutcomeApproved> CompletionStage<U> fireAsync(
        U event, NotificationOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Event<OutcomeApproved> select(Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends OutcomeApproved> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends OutcomeApproved> Event<U> select(
        TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }
  }

  private ReportOpener opener(EntityManager em) {
    ApplicationRepository applications = new ApplicationRepository(em);
    return new ReportOpener(
        new AccountsReportRepository(em),
        applications,
        new CaseRepository(em),
        new CaseFacts(
            new SettlementRepository(em), applications, new RateBook(em), new SettingsBook(em)),
        new CaseTrail(em),
        world.clock());
  }

  private static CurrentUser caller(EntityManager em, String user) {
    return new CurrentUser(Callers.as(user), em);
  }
}

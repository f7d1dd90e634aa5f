package no.imdi.grants.disability.application;

import jakarta.persistence.EntityManager;
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
                    new AccountsOutcomeLetters(
                        em,
                        new LetterRenderer(world.clock()),
                        new PostgresDocumentStore(db.dataSource()),
                        new CaseJournal(em, world.clock()),
                        new Inbox(em),
                        world.clock()),
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

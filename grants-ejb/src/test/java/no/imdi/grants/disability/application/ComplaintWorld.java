package no.imdi.grants.disability.application;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.persistence.EntityManager;
import java.lang.annotation.Annotation;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import no.imdi.grants.admintest.Callers;
import no.imdi.grants.audit.AccessLog;
import no.imdi.grants.casefile.CaseJournal;
import no.imdi.grants.casefile.CaseRepository;
import no.imdi.grants.casefile.CaseTrail;
import no.imdi.grants.casefile.EnquiryRecords;
import no.imdi.grants.complaint.ComplaintApprovalService;
import no.imdi.grants.complaint.ComplaintIntake;
import no.imdi.grants.complaint.ComplaintLetterDelivery;
import no.imdi.grants.complaint.ComplaintLetterDue;
import no.imdi.grants.complaint.ComplaintLetters;
import no.imdi.grants.complaint.ComplaintOverdueCheck;
import no.imdi.grants.complaint.ComplaintRecords;
import no.imdi.grants.complaint.ComplaintRepository;
import no.imdi.grants.complaint.ComplaintSettings;
import no.imdi.grants.complaint.ImdiComplaintService;
import no.imdi.grants.complaint.MinistryComplaintService;
import no.imdi.grants.disability.letters.DecisionLetters;
import no.imdi.grants.disability.letters.ExtensionLetters;
import no.imdi.grants.disability.letters.LetterDelivery;
import no.imdi.grants.document.PostgresDocumentStore;
import no.imdi.grants.inbox.Inbox;
import no.imdi.grants.letter.LetterRenderer;
import no.imdi.grants.rate.RateBook;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.settings.SettingsBook;
import no.imdi.grants.settlement.SettlementRepository;
import no.imdi.grants.testsupport.TestPersistence;

/**
 * The complaint services outside the container on the case world's database and clock: each call
 * one service method as the given user in its own transaction; the letters asked for are kept in
 * the world's events and delivered in the same transaction, as the container's observer does.
 */
final class ComplaintWorld {

  private final TestPersistence db;
  private final CaseWorld world;

  ComplaintWorld(TestPersistence db, CaseWorld world) {
    this.db = db;
    this.world = world;
  }

  <T> T intake(String user, Function<ComplaintIntake, T> call) {
    return db.inTransaction(
        em -> {
          CaseTrail trail = new CaseTrail(em);
          CaseJournal journal = new CaseJournal(em, world.clock());
          return call.apply(
              new ComplaintIntake(
                  caller(em, user),
                  new Inbox(em),
                  new CaseRepository(em),
                  new ApplicationRepository(em),
                  new ComplaintRepository(em),
                  new SettlementRepository(em),
                  trail,
                  journal,
                  new EnquiryRecords(trail, journal, world.clock()),
                  new SettingsBook(em),
                  new Delivering(em),
                  world.clock()));
        });
  }

  <T> T imdi(String user, Function<ImdiComplaintService, T> call) {
    return db.inTransaction(
        em ->
            call.apply(
                new ImdiComplaintService(
                    caller(em, user),
                    new ComplaintRepository(em),
                    new ApplicationRepository(em),
                    records(em),
                    world.clock())));
  }

  <T> T approval(String user, Function<ComplaintApprovalService, T> call) {
    return db.inTransaction(
        em ->
            call.apply(
                new ComplaintApprovalService(
                    caller(em, user), new ComplaintRepository(em), records(em), world.clock())));
  }

  <T> T ministry(String user, Function<MinistryComplaintService, T> call) {
    return db.inTransaction(
        em -> {
          CurrentUser caller = caller(em, user);
          return call.apply(
              new MinistryComplaintService(
                  caller,
                  new ComplaintRepository(em),
                  new ApplicationRepository(em),
                  new CaseJournal(em, world.clock()),
                  new HealthReads(new AccessLog(em, world.clock()), caller),
                  records(em),
                  world.clock()));
        });
  }

  int overdueCheck() {
    return db.inTransaction(
        em ->
            new ComplaintOverdueCheck(
                    em, new ComplaintRepository(em), new CaseTrail(em), world.clock())
                .run());
  }

  /** Delivers the approved decision's letter to the inbox, as the approval's observer does. */
  void deliver(long decisionId) {
    db.inTransaction(em -> letterDelivery(em).deliverDecision(decisionId));
  }

  private ComplaintRecords records(EntityManager em) {
    return new ComplaintRecords(new CaseTrail(em), new ComplaintRepository(em), new Delivering(em));
  }

  private ComplaintLetterDelivery complaintLetters(EntityManager em) {
    ApplicationRepository applications = new ApplicationRepository(em);
    SettingsBook settings = new SettingsBook(em);
    return new ComplaintLetterDelivery(
        em,
        new ComplaintRepository(em),
        applications,
        new SettlementRepository(em),
        new ComplaintLetters(
            new CaseFacts(new SettlementRepository(em), applications, new RateBook(em), settings),
            new ComplaintSettings(settings)),
        new LetterRenderer(world.clock()),
        new PostgresDocumentStore(db.dataSource()),
        new CaseJournal(em, world.clock()),
        new Inbox(em),
        world.clock());
  }

  /** Keeps the letter asked for in the world's events and delivers it, as the observer does. */
  private final class Delivering implements Event<ComplaintLetterDue> {
    private final EntityManager em;

    Delivering(EntityManager em) {
      this.em = em;
    }

    @Override
    public void fire(ComplaintLetterDue event) {
      world.events.add(event);
      complaintLetters(em).due(event);
    }

    @Override
    public <U extends ComplaintLetterDue> CompletionStage<U> fireAsync(U event) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends ComplaintLetterDue> CompletionStage<U> fireAsync(
        U event, NotificationOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Event<ComplaintLetterDue> select(Annotation... qualifiers) {
      return this;
    }

    @Override
    public <U extends ComplaintLetterDue> Event<U> select(
        Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends ComplaintLetterDue> Event<U> select(
        TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }
  }

  private static CurrentUser caller(EntityManager em, String user) {
    return new CurrentUser(Callers.as(user), em);
  }

  private LetterDelivery letterDelivery(EntityManager em) {
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
}

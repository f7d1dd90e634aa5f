package no.imdi.grants.disability.application;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.persistence.EntityManager;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import no.imdi.grants.admintest.Callers;
import no.imdi.grants.audit.AccessLog;
import no.imdi.grants.casefile.CaseJournal;
import no.imdi.grants.casefile.CaseRepository;
import no.imdi.grants.casefile.CaseTrail;
import no.imdi.grants.casefile.EnquiryRecords;
import no.imdi.grants.casefile.WorkQueue;
import no.imdi.grants.disability.cost.ContributionZone;
import no.imdi.grants.disability.cost.CostLine;
import no.imdi.grants.journal.DocumentRef;
import no.imdi.grants.rate.RateBook;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.settings.SettingsBook;
import no.imdi.grants.settlement.SettlementRepository;
import no.imdi.grants.shared.Nok;
import no.imdi.grants.testsupport.TestPersistence;

/**
 * The case services outside the container, on a test database: each call runs one service method as
 * the given user in its own transaction (as the container would), with a clock the test sets.
 */
final class CaseWorld {

  static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  private final TestPersistence db;
  private Clock clock;
  final List<Object> events = new ArrayList<>();

  CaseWorld(TestPersistence db, Instant now) {
    this.db = db;
    this.clock = Clock.fixed(now, OSLO);
  }

  void now(Instant instant) {
    clock = Clock.fixed(instant, OSLO);
  }

  Clock clock() {
    return clock;
  }

  <T> T municipality(String user, Function<MunicipalityCaseService, T> call) {
    return db.inTransaction(em -> call.apply(municipalityService(em, user)));
  }

  <T> T imdi(String user, Function<ImdiCaseService, T> call) {
    return db.inTransaction(em -> call.apply(imdiService(em, user)));
  }

  <T> T approval(String user, Function<DecisionApprovalService, T> call) {
    return db.inTransaction(em -> call.apply(approvalService(em, user)));
  }

  <T> T reads(String user, Function<CaseReadService, T> call) {
    return db.inTransaction(em -> call.apply(readService(em, user)));
  }

  MunicipalityCaseService municipalityService(EntityManager em, String user) {
    CurrentUser caller = new CurrentUser(Callers.as(user), em);
    CaseTrail trail = new CaseTrail(em);
    CaseJournal journal = new CaseJournal(em, clock);
    return new MunicipalityCaseService(
        caller,
        new CaseRepository(em),
        new ApplicationRepository(em),
        new SettlementRepository(em),
        facts(em),
        trail,
        journal,
        new EnquiryRecords(trail, journal, clock),
        new HealthReads(new AccessLog(em, clock), caller),
        clock);
  }

  ImdiCaseService imdiService(EntityManager em, String user) {
    CaseTrail trail = new CaseTrail(em);
    CaseJournal journal = new CaseJournal(em, clock);
    return new ImdiCaseService(
        new CurrentUser(Callers.as(user), em),
        new CaseRepository(em),
        new ApplicationRepository(em),
        new SettlementRepository(em),
        facts(em),
        trail,
        journal,
        new EnquiryRecords(trail, journal, clock),
        new WorkQueue(em),
        new Recording<>(),
        clock);
  }

  DecisionApprovalService approvalService(EntityManager em, String user) {
    return new DecisionApprovalService(
        new CurrentUser(Callers.as(user), em),
        new ApplicationRepository(em),
        new CaseRepository(em),
        new CaseTrail(em),
        new Recording<>(),
        clock);
  }

  CaseReadService readService(EntityManager em, String user) {
    CurrentUser caller = new CurrentUser(Callers.as(user), em);
    AccessLog log = new AccessLog(em, clock);
    return new CaseReadService(
        caller,
        new CaseRepository(em),
        new ApplicationRepository(em),
        facts(em),
        new CaseTrail(em),
        new CaseJournal(em, clock),
        new HealthReads(log, caller),
        log);
  }

  private CaseFacts facts(EntityManager em) {
    return new CaseFacts(
        new SettlementRepository(em),
        new ApplicationRepository(em),
        new RateBook(em),
        new SettingsBook(em));
  }

  /** The seed's cost line: 1 000 hours at 250 kr, 12 % holiday pay, 10 % pension: 348 005 kr. */
  static DraftContent content(long hours) {
    return new DraftContent(
        new HealthInformation(
            "Alvorlig utviklingshemming", "Fra fødselen", true, "Hjelp hele døgnet"),
        "Fastlege Ola Lege",
        ContributionZone.I,
        false,
        false,
        false,
        List.of(
            new MeasureInput(
                "Personlig assistanse",
                "Ingen andre bidrar",
                null,
                List.of(
                    CostLine.directUserTime(
                        "Miljøterapeut",
                        Nok.kroner(250),
                        BigDecimal.valueOf(hours),
                        new BigDecimal("0.12"),
                        new BigDecimal("0.10"))))));
  }

  static DocumentRef document(long id) {
    return new DocumentRef(uuid(id), "application/pdf", 10_000 + id, "0123456789abcdef".repeat(4));
  }

  /** A document id the test can name again: 00000000-0000-0000-0000-00000000000n. */
  static java.util.UUID uuid(long id) {
    return new java.util.UUID(0, id);
  }

  /** An event sink that keeps what was fired. */
  final class Recording<T> implements Event<T> {
    @Override
    public void fire(T event) {
      events.add(event);
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Event<T> select(Annotation... qualifiers) {
      return this;
    }

    @Override
    public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }
  }
}

package no.imdi.grants.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import no.imdi.grants.disability.application.Application;
import no.imdi.grants.disability.application.ApplicationRepository;
import no.imdi.grants.disability.application.DecisionDraft;
import no.imdi.grants.disability.application.ExtensionRequest;
import no.imdi.grants.journal.JournalDraft;
import no.imdi.grants.journal.Screening;
import no.imdi.grants.municipality.Municipality;
import no.imdi.grants.security.MunicipalityScope;
import no.imdi.grants.settlement.Settlement;
import no.imdi.grants.settlement.SettlementRepository;
import no.imdi.grants.shared.ConcurrentChangeException;
import no.imdi.grants.testsupport.CaseSeed;
import no.imdi.grants.testsupport.Register;
import no.imdi.grants.testsupport.TestPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Case files on PostgreSQL: numbers under concurrency, one case per person, the municipality scope
 * on the case and everything in it, optimistic locking, and the append-only journal and trail.
 */
class CaseRepositoryTest {

  static final MunicipalityScope OSLO = MunicipalityScope.only("0301");
  static final MunicipalityScope BERGEN = MunicipalityScope.only("4601");

  private TestPersistence db;

  @BeforeEach
  void database() {
    db = new TestPersistence();
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void caseNumbersAreUniqueAndWithoutGapsWhenTakenAtTheSameTime() throws Exception {
    int threads = 8;
    int each = 15;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<CompletableFuture<List<Integer>>> takers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      takers.add(
          CompletableFuture.supplyAsync(
              () -> {
                List<Integer> mine = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                  mine.add(
                      db.inTransaction(
                          em -> new CaseRepository(em).allocateNumber(2026).sequence()));
                }
                return mine;
              },
              pool));
    }
    Set<Integer> all = new TreeSet<>();
    int count = 0;
    for (CompletableFuture<List<Integer>> taker : takers) {
      List<Integer> mine = taker.get();
      count += mine.size();
      all.addAll(mine);
      assertThat(mine).isSorted();
    }
    pool.shutdown();

    assertThat(count).isEqualTo(threads * each);
    assertThat(all)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, threads * each).boxed().toList());
  }

  @Test
  void aNumberTakenByATransactionThatRollsBackIsTakenAgainAndEachYearCountsAlone() {
    EntityManager em = db.entityManager();
    em.getTransaction().begin();
    assertThat(new CaseRepository(em).allocateNumber(2026)).hasToString("2026/00001");
    em.getTransaction().rollback();
    em.close();

    assertThat(next(2026)).isEqualTo("2026/00001");
    assertThat(next(2026)).isEqualTo("2026/00002");
    assertThat(next(2027)).isEqualTo("2027/00001");
  }

  @Test
  void aPersonHasAtMostOneCasePerScheme() {
    long person = Register.settle(db, "0301", "Amina", "Haddad", LocalDate.of(2023, 10, 13));
    db.run(em -> CaseSeed.caseFile(em, person));

    assertThatThrownBy(
            () ->
                db.run(
                    em -> {
                      CaseSeed.caseFile(em, person);
                      em.flush();
                    }))
        .isInstanceOf(PersistenceException.class)
        .hasStackTraceContaining("case_file_one_per_person");
    assertThat(db.count("select count(*) from case_file")).isEqualTo(1);
  }

  @Test
  void theScopeAppliesToTheCaseAndEveryMatterAndEntryInIt() {
    long person = Register.settle(db, "0301", "Amina", "Haddad", LocalDate.of(2023, 10, 13));
    long[] ids =
        db.inTransaction(
            em -> {
              CaseFile file = CaseSeed.caseFile(em, person);
              Application application = CaseSeed.draft(em, file, "0301");
              ExtensionRequest request =
                  ExtensionRequest.request(
                          file,
                          1,
                          LocalDate.of(2024, 12, 13),
                          null,
                          "Trenger tid",
                          List.of(),
                          LocalDate.of(2024, 11, 4),
                          CaseSeed.MUNICIPALITY,
                          CaseSeed.AT)
                      .matter();
              em.persist(request);
              Enquiry enquiry =
                  Enquiry.open(
                          file,
                          application.getId(),
                          "Spørsmål",
                          "Hei",
                          CaseSeed.MUNICIPALITY,
                          CaseSeed.AT)
                      .matter();
              em.persist(enquiry);
              long entry =
                  new CaseJournal(em, java.time.Clock.systemUTC())
                      .write(
                          file,
                          JournalDraft.note(
                              LocalDate.of(2024, 11, 4), "Notat", Screening.NONE, List.of()),
                          "x")
                      .getId();
              new CaseTrail(em)
                  .record(
                      file,
                      MatterKind.CASE,
                      file.getId(),
                      new StateChange<>("open", null, Handling.UNASSIGNED, "x", CaseSeed.AT, null));
              return new long[] {
                file.getId(), application.getId(), request.getId(), enquiry.getId(), entry
              };
            });

    assertThat(visible(OSLO, ids)).containsExactly(true, true, true, true, true, true);
    assertThat(visible(MunicipalityScope.ALL, ids))
        .containsExactly(true, true, true, true, true, true);
    assertThat(visible(BERGEN, ids)).containsExactly(false, false, false, false, false, false);

    db.run(
        em -> {
          Settlement s =
              new SettlementRepository(em)
                  .findByPerson(MunicipalityScope.ALL, person)
                  .orElseThrow();
          s.moveTo(em.find(Municipality.class, "4601"), LocalDate.of(2024, 12, 1));
        });

    assertThat(visible(BERGEN, ids)).containsExactly(true, true, true, true, true, true);
    assertThat(visible(OSLO, ids)).containsExactly(false, false, false, false, false, false);
  }

  @Test
  void aConcurrentChangeOfACaseIsRefusedNotLost() {
    long person = Register.settle(db, "0301", "Amina", "Haddad", LocalDate.of(2023, 10, 13));
    long caseId = db.inTransaction(em -> CaseSeed.caseFile(em, person).getId());

    concurrently(
        CaseFile.class,
        caseId,
        c -> c.take(CaseSeed.CASEWORKER, CaseSeed.AT),
        c ->
            c.take(
                new no.imdi.grants.security.Actor(
                    "imdi.annen", no.imdi.grants.security.Role.IMDI_CASEWORKER),
                CaseSeed.AT));

    String assigned = db.inTransaction(em -> em.find(CaseFile.class, caseId).getAssignedTo());
    assertThat(assigned).isEqualTo("imdi.saksbehandler");
  }

  @Test
  void aConcurrentChangeOfEveryEditableMatterIsRefused() {
    long person = Register.settle(db, "0301", "Amina", "Haddad", LocalDate.of(2023, 10, 13));
    long[] ids =
        db.inTransaction(
            em -> {
              CaseFile file = CaseSeed.caseFile(em, person);
              file.take(CaseSeed.CASEWORKER, CaseSeed.AT);
              Application draft = CaseSeed.draft(em, file, "0301");
              ExtensionRequest request =
                  ExtensionRequest.request(
                          file,
                          1,
                          LocalDate.of(2024, 12, 13),
                          null,
                          "Tid",
                          List.of(),
                          LocalDate.of(2024, 11, 4),
                          CaseSeed.MUNICIPALITY,
                          CaseSeed.AT)
                      .matter();
              em.persist(request);
              Enquiry enquiry =
                  Enquiry.open(file, null, "Spørsmål", "Hei", CaseSeed.MUNICIPALITY, CaseSeed.AT)
                      .matter();
              em.persist(enquiry);
              return new long[] {draft.getId(), request.getId(), enquiry.getId()};
            });

    concurrently(
        Application.class,
        ids[0],
        a -> a.saveDraft(CaseSeed.content(), CaseSeed.MUNICIPALITY, CaseSeed.AT.plusSeconds(1)),
        a -> a.withdraw(CaseSeed.MUNICIPALITY, CaseSeed.AT, "Feil"));
    concurrently(
        ExtensionRequest.class,
        ids[1],
        r -> r.grant(LocalDate.of(2025, 1, 31), null, CaseSeed.CASEWORKER, CaseSeed.AT),
        r -> r.refuse("Nei", CaseSeed.CASEWORKER, CaseSeed.AT));
    concurrently(
        Enquiry.class,
        ids[2],
        q -> q.reply("Svar", CaseSeed.CASEWORKER, CaseSeed.AT),
        q -> q.close(CaseSeed.CASEWORKER, CaseSeed.AT, null));
  }

  @Test
  void aConcurrentCheckOfADecisionIsRefused() {
    long person = Register.settle(db, "0301", "Amina", "Haddad", LocalDate.of(2023, 10, 13));
    long decisionId =
        db.inTransaction(
            em -> {
              CaseFile file = CaseSeed.caseFile(em, person);
              file.take(CaseSeed.CASEWORKER, CaseSeed.AT);
              Application application =
                  CaseSeed.submitted(em, file, "0301", CaseSeed.AT, LocalDate.of(2024, 12, 13));
              application.startAssessment(CaseSeed.CASEWORKER, CaseSeed.AT);
              var decision =
                  application
                      .prepareDecision(
                          DecisionDraft.grant(null),
                          new no.imdi.grants.disability.AppliedRate(
                              no.imdi.grants.rate.RateCode.T2,
                              2023,
                              no.imdi.grants.shared.Nok.kroner(1_520_000),
                              true,
                              no.imdi.grants.shared.Explanation.NONE),
                          CaseSeed.CASEWORKER,
                          CaseSeed.AT)
                      .decision();
              em.persist(decision);
              return decision.getId();
            });

    concurrently(
        no.imdi.grants.disability.application.Decision.class,
        decisionId,
        d -> d.getApplication().getState(),
        d -> d.approve(CaseSeed.APPROVER, CaseSeed.AT, null),
        d ->
            d.sendBack(
                new no.imdi.grants.security.Actor(
                    "imdi.godkjenner2", no.imdi.grants.security.Role.IMDI_APPROVER),
                CaseSeed.AT,
                "Nei"));
  }

  @Test
  void theJournalAndTheAuditTrailAreAppendOnly() {
    long person = Register.settle(db, "0301", "Amina", "Haddad", LocalDate.of(2023, 10, 13));
    db.run(
        em -> {
          CaseFile file = CaseSeed.caseFile(em, person);
          new CaseJournal(em, java.time.Clock.systemUTC())
              .write(
                  file,
                  JournalDraft.incoming(
                      LocalDate.of(2024, 11, 4),
                      "Oslo kommune",
                      "Søknad",
                      Screening.HEALTH_DATA,
                      List.of(
                          new no.imdi.grants.journal.JournalDocument(
                              "Legeerklæring", CaseSeed.document()))),
                  "x");
          new CaseTrail(em)
              .record(
                  file,
                  MatterKind.CASE,
                  file.getId(),
                  new StateChange<>("open", null, Handling.UNASSIGNED, "x", CaseSeed.AT, null));
        });

    for (String change :
        List.of(
            "update journal_entry set title = 'Endret'",
            "delete from journal_entry",
            "update journal_document set sha256 = '" + "cd".repeat(32) + "'",
            "delete from journal_document",
            "update case_audit set username = 'y'",
            "delete from case_audit",
            "truncate case_audit")) {
      assertThatThrownBy(() -> db.run(em -> em.createNativeQuery(change).executeUpdate()))
          .as(change)
          .hasStackTraceContaining("append-only");
    }
    assertThat(db.count("select count(*) from journal_entry where title = 'Søknad'")).isEqualTo(1);
  }

  @Test
  void journalEntriesAreNumberedInTheirCaseWhenWrittenAtTheSameTime() throws Exception {
    long person = Register.settle(db, "0301", "Amina", "Haddad", LocalDate.of(2023, 10, 13));
    long caseId = db.inTransaction(em -> CaseSeed.caseFile(em, person).getId());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<CompletableFuture<Void>> writers = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      writers.add(
          CompletableFuture.runAsync(
              () -> {
                for (int i = 0; i < 5; i++) {
                  db.run(
                      em ->
                          new CaseJournal(em, java.time.Clock.systemUTC())
                              .write(
                                  em.find(CaseFile.class, caseId),
                                  JournalDraft.note(
                                      LocalDate.of(2024, 11, 4), "Notat", null, List.of()),
                                  "x"));
                }
              },
              pool));
    }
    for (CompletableFuture<Void> writer : writers) {
      writer.get();
    }
    pool.shutdown();

    List<Integer> numbers =
        db.inTransaction(
            em ->
                new CaseJournal(em, java.time.Clock.systemUTC())
                    .of(MunicipalityScope.ALL, caseId).stream()
                        .map(no.imdi.grants.journal.JournalEntry::getNumber)
                        .toList());
    assertThat(numbers).containsExactlyElementsOf(IntStream.rangeClosed(1, 20).boxed().toList());
  }

  private String next(int year) {
    CaseNumber number = db.inTransaction(em -> new CaseRepository(em).allocateNumber(year));
    return number.toString();
  }

  private List<Boolean> visible(MunicipalityScope scope, long[] ids) {
    return db.inTransaction(
        em -> {
          CaseRepository cases = new CaseRepository(em);
          ApplicationRepository applications = new ApplicationRepository(em);
          CaseJournal journal = new CaseJournal(em, java.time.Clock.systemUTC());
          return List.of(
              cases.find(scope, ids[0]).isPresent(),
              applications.find(scope, ids[1]).isPresent(),
              applications.findExtension(scope, ids[2]).isPresent(),
              cases.findEnquiry(scope, ids[3]).isPresent(),
              journal.find(scope, ids[4]).isPresent(),
              !new CaseTrail(em).of(scope, ids[0]).isEmpty());
        });
  }

  /**
   * Two users open the same row; the first saves; the second's save is refused as a concurrent
   * change, and the first's change stands.
   */
  private <T> void concurrently(Class<T> type, long id, Consumer<T> first, Consumer<T> second) {
    concurrently(type, id, t -> {}, first, second);
  }

  private <T> void concurrently(
      Class<T> type, long id, Consumer<T> opened, Consumer<T> first, Consumer<T> second) {
    EntityManager late = db.entityManager();
    late.getTransaction().begin();
    T stale = late.find(type, id);
    opened.accept(stale);
    db.run(em -> first.accept(em.find(type, id)));
    second.accept(stale);
    assertThatThrownBy(() -> new CaseRepository(late).flush(type.getSimpleName() + " " + id))
        .isInstanceOf(ConcurrentChangeException.class);
    late.getTransaction().rollback();
    late.close();
  }
}

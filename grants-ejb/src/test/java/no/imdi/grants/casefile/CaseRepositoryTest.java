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
import java.util.stream.IntStream;
import no.imdi.grants.disability.application.Application;
import no.imdi.grants.disability.application.ApplicationRepository;
import no.imdi.grants.disability.application.ExtensionRequest;
import no.imdi.grants.journal.JournalDraft;
import no.imdi.grants.journal.Screening;
import no.imdi.grants.municipality.Municipality;
import no.imdi.grants.security.MunicipalityScope;
import no.imdi.grants.settlement.Settlement;
import no.imdi.grants.settlement.SettlementRepository;
import no.imdi.grants.testsupport.CaseSeed;
import no.imdi.grants.testsupport.Register;
import no.imdi.grants.testsupport.TestPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Case files on PostgreSQL: numbers under concurrency, one case per person, and the municipality
 * scope on the case and everything in it. Optimistic locking is in {@link CaseConcurrencyTest}, the
 * append-only journal and trail in {@link CaseJournalTest}.
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
}

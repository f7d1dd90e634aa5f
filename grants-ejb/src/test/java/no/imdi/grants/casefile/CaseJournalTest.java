package no.imdi.grants.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import no.imdi.grants.journal.JournalDraft;
import no.imdi.grants.journal.Screening;
import no.imdi.grants.security.MunicipalityScope;
import no.imdi.grants.testsupport.CaseSeed;
import no.imdi.grants.testsupport.Register;
import no.imdi.grants.testsupport.TestPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The case's journal and audit trail on PostgreSQL: append-only, and journal entries numbered
 * without gaps in their case when written at the same time.
 */
class CaseJournalTest {

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
}

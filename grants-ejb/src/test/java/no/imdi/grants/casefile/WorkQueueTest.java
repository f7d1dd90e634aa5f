package no.imdi.grants.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.disability.application.Application;
import no.imdi.grants.disability.application.ExtensionRequest;
import no.imdi.grants.security.MunicipalityScope;
import no.imdi.grants.shared.Page;
import no.imdi.grants.shared.PageRequest;
import no.imdi.grants.testsupport.CaseSeed;
import no.imdi.grants.testsupport.Register;
import no.imdi.grants.testsupport.TestPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * IMDi's work queue on PostgreSQL: what waits for IMDi, filtered by municipality, county, type,
 * status and who has the case, sorted by deadline or age, paged in the database. The rows are
 * arranged once and only read.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkQueueTest {

  private TestPersistence db;

  @BeforeAll
  void arrange() {
    db = new TestPersistence();
    long oslo1 = Register.settle(db, "0301", "Amina", "Haddad", LocalDate.of(2023, 10, 13));
    long oslo2 = Register.settle(db, "0301", "Olena", "Kovalenko", LocalDate.of(2023, 9, 1));
    long bergen = Register.settle(db, "4601", "Omar", "Abdi", LocalDate.of(2023, 8, 1));
    long trondheim = Register.settle(db, "5001", "Yusuf", "Haddad", LocalDate.of(2023, 7, 1));
    long drafting = Register.settle(db, "0301", "Sara", "Nilsen", LocalDate.of(2023, 7, 1));
    db.run(
        em -> {
          CaseFile a = CaseSeed.caseFile(em, oslo1);
          CaseSeed.submitted(em, a, "0301", at("2024-11-01"), LocalDate.of(2024, 12, 13));
          CaseFile b = CaseSeed.caseFile(em, oslo2);
          Application late =
              CaseSeed.submitted(em, b, "0301", at("2024-11-03"), LocalDate.of(2024, 11, 1));
          b.take(CaseSeed.CASEWORKER, CaseSeed.AT);
          late.startAssessment(CaseSeed.CASEWORKER, CaseSeed.AT);
          CaseFile c = CaseSeed.caseFile(em, bergen);
          CaseSeed.submitted(em, c, "4601", at("2024-10-20"), LocalDate.of(2025, 1, 31));
          em.persist(
              ExtensionRequest.request(
                      c,
                      2,
                      LocalDate.of(2024, 12, 13),
                      null,
                      "Tid",
                      List.of(),
                      LocalDate.of(2024, 11, 2),
                      CaseSeed.MUNICIPALITY,
                      at("2024-11-02"))
                  .matter());
          CaseFile d = CaseSeed.caseFile(em, trondheim);
          em.persist(
              Enquiry.open(d, null, "Spørsmål", "Hei", CaseSeed.MUNICIPALITY, at("2024-10-01"))
                  .matter());
          CaseFile e = CaseSeed.caseFile(em, drafting);
          CaseSeed.draft(em, e, "0301");
        });
  }

  @AfterAll
  void close() {
    db.close();
  }

  @Test
  void holdsWhatWaitsForIMDiSortedByTheDeadlineThatCounts() {
    Page<QueueItem> page = list(QueueFilter.NONE, QueueSort.DEADLINE, true, 0, 10);

    assertThat(page.total()).isEqualTo(5);
    assertThat(page.rows())
        .extracting(QueueItem::type, QueueItem::dueDate, QueueItem::municipality)
        .containsExactly(
            tuple(QueueItemType.APPLICATION, LocalDate.of(2024, 11, 1), "0301"),
            tuple(QueueItemType.APPLICATION, LocalDate.of(2024, 12, 13), "0301"),
            tuple(QueueItemType.EXTENSION_REQUEST, LocalDate.of(2024, 12, 13), "4601"),
            tuple(QueueItemType.APPLICATION, LocalDate.of(2025, 1, 31), "4601"),
            tuple(QueueItemType.ENQUIRY, null, "5001"));
    assertThat(page.rows().get(0).flaggedForDismissal()).isTrue();
    assertThat(page.rows().get(0).assignedTo()).isEqualTo("imdi.saksbehandler");
    assertThat(page.rows().get(0).personName()).isEqualTo("Olena Kovalenko");
    assertThat(page.rows()).extracting(QueueItem::caseNumber).allMatch(n -> n.startsWith("2024/"));
  }

  @Test
  void sortsByAgeTheLongestWaitingFirstAndBackwards() {
    assertThat(list(QueueFilter.NONE, QueueSort.AGE, true, 0, 10).rows())
        .extracting(QueueItem::receivedAt)
        .containsExactly(
            at("2024-10-01"),
            at("2024-10-20"),
            at("2024-11-01"),
            at("2024-11-02"),
            at("2024-11-03"));
    assertThat(list(QueueFilter.NONE, QueueSort.DEADLINE, false, 0, 1).rows())
        .extracting(QueueItem::type)
        .containsExactly(QueueItemType.ENQUIRY);
  }

  @Test
  void filtersByMunicipalityCountyTypeStatusAndWhoHasTheCase() {
    assertThat(count(new QueueFilter("0301", null, null, null, null, false))).isEqualTo(2);
    assertThat(count(new QueueFilter(null, "46", null, null, null, false))).isEqualTo(2);
    assertThat(count(new QueueFilter(null, "50", QueueItemType.ENQUIRY, null, null, false)))
        .isEqualTo(1);
    assertThat(count(new QueueFilter(null, null, QueueItemType.APPLICATION, null, null, false)))
        .isEqualTo(3);
    assertThat(count(new QueueFilter(null, null, null, "UNDER_ASSESSMENT", null, false)))
        .isEqualTo(1);
    assertThat(count(new QueueFilter(null, null, null, "RECEIVED", null, false))).isEqualTo(1);
    assertThat(count(new QueueFilter(null, null, null, null, "imdi.saksbehandler", false)))
        .isEqualTo(1);
    assertThat(count(new QueueFilter(null, null, null, null, null, true))).isEqualTo(4);
    assertThat(count(new QueueFilter("4601", "03", null, null, null, false))).isZero();
  }

  @Test
  void pagesInTheDatabaseAndKeepsTheScope() {
    Page<QueueItem> second = list(QueueFilter.NONE, QueueSort.DEADLINE, true, 2, 2);

    assertThat(second.total()).isEqualTo(5);
    assertThat(second.rows())
        .extracting(QueueItem::type)
        .containsExactly(QueueItemType.EXTENSION_REQUEST, QueueItemType.APPLICATION);
    Page<QueueItem> oslo =
        db.inTransaction(
            em ->
                new WorkQueue(em)
                    .list(
                        MunicipalityScope.only("0301"),
                        QueueFilter.NONE,
                        new PageRequest<>(0, 10, QueueSort.AGE, true)));
    assertThat(oslo.rows()).extracting(QueueItem::municipality).containsOnly("0301");
    assertThat(oslo.total()).isEqualTo(2);
  }

  private Page<QueueItem> list(
      QueueFilter filter, QueueSort sort, boolean ascending, int first, int size) {
    return db.inTransaction(
        em ->
            new WorkQueue(em)
                .list(
                    MunicipalityScope.ALL,
                    filter,
                    new PageRequest<>(first, size, sort, ascending)));
  }

  private long count(QueueFilter filter) {
    return list(filter, QueueSort.DEADLINE, true, 0, 1).total();
  }

  private static Instant at(String day) {
    return Instant.parse(day + "T08:00:00Z");
  }
}

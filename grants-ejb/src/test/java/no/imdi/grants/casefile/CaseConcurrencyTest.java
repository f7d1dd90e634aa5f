package no.imdi.grants.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import no.imdi.grants.disability.application.Application;
import no.imdi.grants.disability.application.DecisionDraft;
import no.imdi.grants.disability.application.ExtensionRequest;
import no.imdi.grants.shared.ConcurrentChangeException;
import no.imdi.grants.testsupport.CaseSeed;
import no.imdi.grants.testsupport.Register;
import no.imdi.grants.testsupport.TestPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Optimistic locking of case files on PostgreSQL: a concurrent change of the case, of every matter
 * a user edits, or of a decision's check is refused as a concurrent change, not lost.
 */
class CaseConcurrencyTest {

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

package no.imdi.grants.disability.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.casefile.QueueSort;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.shared.PageRequest;
import no.imdi.grants.testsupport.Register;
import no.imdi.grants.testsupport.TestPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the case-service tests on PostgreSQL share: the register with the demo users and a person
 * settled in Oslo, the case services run as the container runs them (one transaction per call, the
 * caller from the session context), and the steps the tests take on the way.
 */
abstract class CaseServicesFixture {

  static final Instant NOV_4 = Instant.parse("2024-11-04T09:00:00Z");
  static final String OSLO = "kommune.oslo";
  static final String BERGEN = "kommune.bergen";
  static final String EVA = "imdi.saksbehandler";
  static final String KARI = "imdi.godkjenner";

  TestPersistence db;
  CaseWorld world;
  long person;

  @BeforeEach
  void arrange() {
    db = new TestPersistence();
    Register.users(db);
    person = Register.settle(db, "0301", "Amina", "Haddad", LocalDate.of(2023, 10, 13));
    world = new CaseWorld(db, NOV_4);
  }

  @AfterEach
  void close() {
    db.close();
  }

  long submittedT2(long caseId) {
    long application =
        world.municipality(
            OSLO, s -> s.startApplication(caseId, GrantKind.T2, 1, ReportingBasis.BUDGET));
    world.municipality(
        OSLO,
        s -> run(() -> s.saveDraft(application, version(application), CaseWorld.content(1000))));
    long doc = 1;
    for (DocumentKind kind :
        List.of(DocumentKind.CONSENT, DocumentKind.HEALTH_DOCUMENTATION, DocumentKind.BUDGET)) {
      long id = doc++;
      world.municipality(
          OSLO,
          s ->
              s.attach(
                  application,
                  version(application),
                  kind,
                  kind.name(),
                  CaseWorld.document(id),
                  false));
    }
    assertThat(world.municipality(OSLO, s -> s.checkSubmission(application)).warnings()).isEmpty();
    world.municipality(OSLO, s -> s.submit(application, version(application), null));
    return application;
  }

  long version(long application) {
    return world.reads(EVA, s -> s.application(application)).summary().version();
  }

  long caseVersion(long caseId) {
    return world.reads(EVA, s -> s.caseFile(caseId)).version();
  }

  long decisionVersion(long application) {
    List<DecisionView> decisions = world.reads(EVA, s -> s.application(application)).decisions();
    return decisions.get(decisions.size() - 1).version();
  }

  long extensionVersion(long caseId) {
    return world.reads(EVA, s -> s.extensions(caseId)).get(0).version();
  }

  static PageRequest<QueueSort> page() {
    return new PageRequest<>(0, 20, QueueSort.DEADLINE, true);
  }

  static Void run(Runnable call) {
    call.run();
    return null;
  }
}

package no.imdi.grants.disability.application;

import java.util.List;
import no.imdi.grants.disability.GrantKind;

/**
 * Steps of the case flow for tests that start later in it: a submitted T2 application of the seed's
 * 348 005 kr, taken and under assessment, and a decision prepared by one officer; each step as its
 * own service call, as the pages make them.
 */
final class CaseFlow {

  static final String OSLO = "kommune.oslo";
  static final String EVA = "imdi.saksbehandler";
  static final String KARI = "imdi.godkjenner";

  private final CaseWorld world;

  CaseFlow(CaseWorld world) {
    this.world = world;
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
    world.municipality(OSLO, s -> s.submit(application, version(application), null));
    return application;
  }

  /** The application taken and under assessment by EVA, then the decision prepared by her. */
  long prepared(long caseId, long application, DecisionDraft draft) {
    world.imdi(EVA, s -> run(() -> s.take(caseId, caseVersion(caseId))));
    world.imdi(EVA, s -> run(() -> s.startAssessment(application, version(application))));
    return world.imdi(EVA, s -> s.prepareDecision(application, version(application), draft));
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

  static Void run(Runnable call) {
    call.run();
    return null;
  }
}

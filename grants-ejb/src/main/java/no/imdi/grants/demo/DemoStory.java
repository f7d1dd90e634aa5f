package no.imdi.grants.demo;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.casefile.CaseFile;
import no.imdi.grants.casefile.Enquiry;
import no.imdi.grants.casefile.Upload;
import no.imdi.grants.complaint.ComplaintServicesAs;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.disability.application.Application;
import no.imdi.grants.disability.application.CaseServicesAs;
import no.imdi.grants.disability.application.Decision;
import no.imdi.grants.disability.application.DecisionDraft;
import no.imdi.grants.disability.application.DocumentKind;
import no.imdi.grants.disability.application.DraftContent;
import no.imdi.grants.disability.application.ExtensionRequest;
import no.imdi.grants.disability.application.ReportingBasis;
import no.imdi.grants.disability.application.SubmissionCheck;
import no.imdi.grants.journal.DocumentRef;

/**
 * One demo case told step by step through the case services, each step as the user who would take
 * it: the municipality's caseworker opens, drafts, attaches, submits, asks and answers; IMDi's
 * caseworker ({@link #CASEWORKER}) takes the case, assesses, asks for documentation and prepares;
 * the approver ({@link #APPROVER}) approves or sends back. Every step is a verb of the services, so
 * the states, audit trail, journal and access log are what the pages would have left; versions are
 * read from the entities as a page would have them.
 */
final class DemoStory {

  static final String CASEWORKER = "imdi.saksbehandler";
  static final String APPROVER = "imdi.godkjenner";

  private final EntityManager em;
  private final DemoClock clock;
  private final CaseServicesAs services;
  private final DemoDocuments documents;
  private final String municipalityUser;
  private final long personId;
  private final DemoComplaintSteps complaint;
  private long caseId;

  DemoStory(
      EntityManager em,
      DemoClock clock,
      CaseServicesAs services,
      DemoDocuments documents,
      String municipalityUser,
      long personId,
      ComplaintServicesAs complaints) {
    this.em = em;
    this.clock = clock;
    this.services = services;
    this.documents = documents;
    this.municipalityUser = municipalityUser;
    this.personId = personId;
    this.complaint = new DemoComplaintSteps(em, clock, complaints, municipalityUser);
  }

  /** The case's complaint (R-AP), told by the same users. */
  DemoComplaintSteps complaint() {
    return complaint;
  }

  /** The following steps happen {@code daysAgo} days before now. */
  DemoStory day(int daysAgo) {
    clock.day(daysAgo);
    return this;
  }

  LocalDate today() {
    clock.tick();
    return LocalDate.now(clock);
  }

  long caseId() {
    return caseId;
  }

  EntityManager em() {
    return em;
  }

  DemoClock clock() {
    return clock;
  }

  /** A demo PDF received from the given user, as the municipality's uploads are. */
  DocumentRef received(String fileName, String title, String user) {
    clock.tick();
    return documents.receive(fileName, title, List.of(title, "Gjelder regnskapsrapport"), user);
  }

  /** The grant year's deadline as the case shows it (R-DL-1..4), without a later one granted. */
  LocalDate deadline(int grantYear) {
    return services.reads(municipalityUser).grantYears(caseId).get(grantYear - 1).deadline();
  }

  // the municipality's side

  long openCase() {
    clock.tick();
    caseId = services.municipality(municipalityUser).openCase(personId).id();
    return caseId;
  }

  long start(GrantKind kind, int grantYear, ReportingBasis basis) {
    clock.tick();
    return services.municipality(municipalityUser).startApplication(caseId, kind, grantYear, basis);
  }

  long startConversion(long t1Application, ReportingBasis basis) {
    clock.tick();
    return services.municipality(municipalityUser).startConversion(t1Application, basis);
  }

  void fill(long application, DraftContent content) {
    clock.tick();
    services
        .municipality(municipalityUser)
        .saveDraft(application, applicationVersion(application), content);
  }

  /** A demo PDF received from the municipality's caseworker and attached to the checklist item. */
  void attach(long application, DocumentKind kind, String fileName, String title) {
    DocumentRef document = document(fileName, title, List.of(title, "Gjelder søknad om tilskudd"));
    clock.tick();
    services
        .municipality(municipalityUser)
        .attach(
            application, applicationVersion(application), kind, title, document, kind.healthData());
  }

  /** The checklist's documents: consent, health documentation, and for T2 the budget. */
  void attachChecklist(long application, boolean healthDocumentation) {
    attach(application, DocumentKind.CONSENT, "samtykke.pdf", "Informert samtykke");
    if (healthDocumentation) {
      attach(
          application,
          DocumentKind.HEALTH_DOCUMENTATION,
          "legeerklaering.pdf",
          "Legeerklæring fra fastlege");
    }
    Application a = em.find(Application.class, application);
    if (a.getKind() == GrantKind.T2 && a.getBasis() == ReportingBasis.BUDGET) {
      attach(application, DocumentKind.BUDGET, "budsjett.pdf", "Budsjett for tiltakene");
    }
  }

  SubmissionCheck submit(long application, String overrideComment) {
    clock.tick();
    return services
        .municipality(municipalityUser)
        .submit(application, applicationVersion(application), overrideComment);
  }

  void withdraw(long application, String reason) {
    clock.tick();
    services
        .municipality(municipalityUser)
        .withdraw(application, applicationVersion(application), reason);
  }

  long requestExtension(int grantYear, LocalDate requested, String reason) {
    clock.tick();
    return services
        .municipality(municipalityUser)
        .requestExtension(caseId, grantYear, requested, reason);
  }

  long writeToImdi(Long application, String subject, String text, List<Upload> uploads) {
    clock.tick();
    return services
        .municipality(municipalityUser)
        .openEnquiry(caseId, application, subject, text, uploads, false);
  }

  void municipalityReplies(long enquiry, String text, List<Upload> uploads, boolean healthData) {
    clock.tick();
    services
        .municipality(municipalityUser)
        .reply(enquiry, enquiryVersion(enquiry), text, uploads, healthData);
  }

  /** A demo PDF received from the municipality's caseworker, for a message. */
  Upload upload(String fileName, String title) {
    return new Upload(title, document(fileName, title, List.of(title)));
  }

  // IMDi's side

  void take() {
    clock.tick();
    services.imdi(CASEWORKER).take(caseId, em.find(CaseFile.class, caseId).getVersion());
  }

  void assess(long application) {
    clock.tick();
    services.imdi(CASEWORKER).startAssessment(application, applicationVersion(application));
  }

  /** IMDi's caseworker reads the health information, with the purpose (access-logged). */
  void readHealth(long application, String purpose) {
    clock.tick();
    services.reads(CASEWORKER).health(application, purpose);
  }

  long requestDocumentation(long application, String subject, String text, LocalDate replyBy) {
    clock.tick();
    return services
        .imdi(CASEWORKER)
        .requestDocumentation(application, applicationVersion(application), subject, text, replyBy);
  }

  void imdiReplies(long enquiry, String text) {
    clock.tick();
    services.imdi(CASEWORKER).reply(enquiry, enquiryVersion(enquiry), text, List.of(), false);
  }

  long prepare(long application, DecisionDraft draft) {
    clock.tick();
    return services
        .imdi(CASEWORKER)
        .prepareDecision(application, applicationVersion(application), draft);
  }

  void grantExtension(long request, LocalDate newDeadline, String why) {
    clock.tick();
    services
        .imdi(CASEWORKER)
        .grantExtension(
            request, em.find(ExtensionRequest.class, request).getVersion(), newDeadline, why);
  }

  // the approver's side

  void approve(long decision, String comment) {
    clock.tick();
    services.approval(APPROVER).approve(decision, decisionVersion(decision), comment);
  }

  void sendBack(long decision, String comment) {
    clock.tick();
    services.approval(APPROVER).sendBack(decision, decisionVersion(decision), comment);
  }

  // versions, as the page that made the call would have had them

  private long applicationVersion(long application) {
    return em.find(Application.class, application).getVersion();
  }

  private long decisionVersion(long decision) {
    return em.find(Decision.class, decision).getVersion();
  }

  private long enquiryVersion(long enquiry) {
    return em.find(Enquiry.class, enquiry).getVersion();
  }

  private DocumentRef document(String fileName, String title, List<String> lines) {
    clock.tick();
    return documents.receive(fileName, title, lines, municipalityUser);
  }
}

package no.imdi.grants.disability.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.imdi.grants.casefile.CaseFile;
import no.imdi.grants.casefile.CaseJournal;
import no.imdi.grants.casefile.CaseRefusals;
import no.imdi.grants.casefile.CaseRepository;
import no.imdi.grants.casefile.CaseTrail;
import no.imdi.grants.casefile.CaseView;
import no.imdi.grants.casefile.Created;
import no.imdi.grants.casefile.Enquiry;
import no.imdi.grants.casefile.EnquiryRecords;
import no.imdi.grants.casefile.EnquiryState;
import no.imdi.grants.casefile.MatterKind;
import no.imdi.grants.casefile.Parties;
import no.imdi.grants.casefile.Scheme;
import no.imdi.grants.casefile.StateChange;
import no.imdi.grants.casefile.Upload;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.disability.SettlementFacts;
import no.imdi.grants.disability.documentation.DocumentationChecklist;
import no.imdi.grants.journal.DocumentRef;
import no.imdi.grants.journal.JournalDraft;
import no.imdi.grants.journal.JournalEntry;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.Actor;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.security.MunicipalityScope;
import no.imdi.grants.security.RefusalAudit;
import no.imdi.grants.security.Role;
import no.imdi.grants.settlement.Settlement;
import no.imdi.grants.settlement.SettlementRepository;
import no.imdi.grants.shared.Versions;

/**
 * The municipality's side of the disability grant's cases, for the caseworker of the municipality
 * the person lives in: open the person's case, start an application or a conversion, save the
 * draft, attach documents, check and submit, withdraw, ask for a later deadline, and write to IMDi.
 * Each method loads through the caller's scope, calls the domain's verb, saves, writes the audit
 * trail and the journal, in one transaction.
 */
@Stateless
@Interceptors({RefusalAudit.class, CaseRefusals.class})
@RolesAllowed(Role.MUNICIPALITY_CASEWORKER_NAME)
public class MunicipalityCaseService {

  @Inject private CurrentUser currentUser;
  @Inject private CaseRepository cases;
  @Inject private ApplicationRepository applications;
  @Inject private SettlementRepository settlements;
  @Inject private CaseFacts facts;
  @Inject private CaseTrail trail;
  @Inject private CaseJournal journal;
  @Inject private EnquiryRecords enquiries;
  @Inject private HealthReads health;
  @Inject private Clock clock;

  public MunicipalityCaseService() {}

  MunicipalityCaseService(
      CurrentUser currentUser,
      CaseRepository cases,
      ApplicationRepository applications,
      SettlementRepository settlements,
      CaseFacts facts,
      CaseTrail trail,
      CaseJournal journal,
      EnquiryRecords enquiries,
      HealthReads health,
      Clock clock) {
    this.currentUser = currentUser;
    this.cases = cases;
    this.applications = applications;
    this.settlements = settlements;
    this.facts = facts;
    this.trail = trail;
    this.journal = journal;
    this.enquiries = enquiries;
    this.health = health;
    this.clock = clock;
  }

  /** The person's case of the disability grant, opened (and numbered) if there is none yet. */
  public CaseView openCase(long personId) {
    MunicipalityScope scope = currentUser.caseScope();
    Settlement settlement =
        settlements
            .findByPerson(scope, personId)
            .orElseThrow(() -> new AccessDeniedException("No person " + personId + " in scope"));
    cases.lockPerson(settlement.getPerson());
    Optional<CaseFile> existing = cases.findByPerson(scope, personId, Scheme.DISABILITY_GRANT);
    if (existing.isPresent()) {
      return CaseView.of(existing.get());
    }
    Instant now = clock.instant();
    CaseFile caseFile =
        CaseFile.open(
            cases.allocateNumber(LocalDate.now(clock).getYear()),
            Scheme.DISABILITY_GRANT,
            settlement.getPerson(),
            currentUser.actor(),
            now);
    cases.add(caseFile);
    return CaseView.of(caseFile);
  }

  /** The person's case, if one was opened. */
  public Optional<CaseView> caseOf(long personId) {
    return cases
        .findByPerson(currentUser.caseScope(), personId, Scheme.DISABILITY_GRANT)
        .map(CaseView::of);
  }

  /** Starts a draft application for the grant and grant year; returns its id. */
  public long startApplication(long caseId, GrantKind kind, int grantYear, ReportingBasis basis) {
    MunicipalityScope scope = currentUser.caseScope();
    CaseFile caseFile = caseInScope(scope, caseId);
    cases.lock(caseFile);
    SettlementFacts person = facts.facts(caseFile);
    Actor by = currentUser.actor();
    Created<Application, ApplicationState> created =
        NewApplications.start(
            caseFile,
            applicant(scope, caseFile),
            kind,
            grantYear,
            basis,
            facts.maxT2Years(person),
            facts.history(scope, caseFile),
            by,
            clock.instant());
    return store(created);
  }

  /** Asks to convert a granted T1 into T2 (R-T2-5): a T2 draft linked to the T1 application. */
  public long startConversion(long t1ApplicationId, ReportingBasis basis) {
    MunicipalityScope scope = currentUser.caseScope();
    Application t1 = applicationInScope(scope, t1ApplicationId);
    CaseFile caseFile = t1.getCaseFile();
    cases.lock(caseFile);
    SettlementFacts person = facts.facts(caseFile);
    Created<Application, ApplicationState> created =
        NewApplications.startConversion(
            t1,
            applicant(scope, caseFile),
            basis,
            facts.grantYear(person, t1.getGrantYear()),
            facts.history(scope, caseFile),
            LocalDate.now(clock),
            currentUser.actor(),
            clock.instant());
    return store(created);
  }

  /** The draft as its form shows it, health information included (the read is logged). */
  public DraftView draft(long applicationId, String purpose) {
    Application application = applicationInScope(currentUser.caseScope(), applicationId);
    return new DraftView(
        ApplicationView.of(application, List.of()), health.read(application, purpose));
  }

  public void saveDraft(long applicationId, long version, DraftContent content) {
    Application application = opened(applicationId, version);
    application.saveDraft(content, currentUser.actor(), clock.instant());
    cases.flush("Application " + applicationId);
  }

  /**
   * Attaches a stored document to a checklist item. Sent after the application was submitted, it is
   * journaled at once as an incoming document.
   */
  public long attach(
      long applicationId,
      long version,
      DocumentKind kind,
      String title,
      DocumentRef document,
      boolean healthData) {
    Application application = opened(applicationId, version);
    Actor by = currentUser.actor();
    Attachment attachment =
        application.attach(kind, title, document, healthData, by, clock.instant());
    cases.flush("Application " + applicationId);
    if (application.getState() != ApplicationState.DRAFT) {
      JournalDraft sent =
          IncomingEntries.sentLater(application, attachment, document, LocalDate.now(clock));
      JournalEntry entry = journal.write(application.getCaseFile(), sent, by.username());
      attachment.journaledIn(entry.getId());
    }
    return attachment.getId();
  }

  public void detach(long applicationId, long version, long attachmentId) {
    Application application = opened(applicationId, version);
    application.detach(attachmentId, currentUser.actor(), clock.instant());
    cases.flush("Application " + applicationId);
  }

  /** What submitting today would find: every problem with its rule id, nothing submitted. */
  public SubmissionCheck checkSubmission(long applicationId) {
    MunicipalityScope scope = currentUser.caseScope();
    Application application = applicationInScope(scope, applicationId);
    return application.check(facts.submissionContext(scope, application, LocalDate.now(clock)));
  }

  /** The application's documentation checklist (R-DOC) for its kind, year and answers. */
  public DocumentationChecklist checklist(long applicationId) {
    MunicipalityScope scope = currentUser.caseScope();
    Application application = applicationInScope(scope, applicationId);
    return application.checklist(facts.submissionContext(scope, application, LocalDate.now(clock)));
  }

  /**
   * Submits the application, received today; warnings need the comment. The application and its
   * documents are journaled as one incoming entry, screened as health data.
   */
  public SubmissionCheck submit(long applicationId, long version, String overrideComment) {
    MunicipalityScope scope = currentUser.caseScope();
    Application application = opened(applicationId, version);
    cases.lock(application.getCaseFile());
    SubmissionContext context = facts.submissionContext(scope, application, LocalDate.now(clock));
    SubmissionCheck check = application.check(context);
    Actor by = currentUser.actor();
    StateChange<ApplicationState> change =
        application.submit(context, overrideComment, by, clock.instant());
    trail.record(application.getCaseFile(), MatterKind.APPLICATION, application.getId(), change);
    JournalDraft submitted = IncomingEntries.submitted(application, context.receivedOn());
    JournalEntry entry = journal.write(application.getCaseFile(), submitted, by.username());
    application.getAttachments().forEach(a -> a.journaledIn(entry.getId()));
    cases.flush("Application " + applicationId);
    return check;
  }

  public void withdraw(long applicationId, long version, String reason) {
    Application application = opened(applicationId, version);
    StateChange<ApplicationState> change =
        application.withdraw(currentUser.actor(), clock.instant(), reason);
    trail.record(application.getCaseFile(), MatterKind.APPLICATION, application.getId(), change);
    cases.flush("Application " + applicationId);
  }

  /**
   * Asks for a later deadline for the grant year (R-DL-5), received today; journaled as an incoming
   * entry. Returns the request's id.
   */
  public long requestExtension(
      long caseId, int grantYear, LocalDate requestedDeadline, String reason) {
    MunicipalityScope scope = currentUser.caseScope();
    CaseFile caseFile = caseInScope(scope, caseId);
    cases.lock(caseFile);
    SettlementFacts person = facts.facts(caseFile);
    CaseHistory history = facts.history(scope, caseFile);
    Actor by = currentUser.actor();
    Created<ExtensionRequest, ExtensionState> created =
        ExtensionRequest.request(
            caseFile,
            grantYear,
            facts.deadline(person, grantYear, history, null),
            requestedDeadline,
            reason,
            applications.extensionsOf(scope, caseId),
            LocalDate.now(clock),
            by,
            clock.instant());
    ExtensionRequest request = created.matter();
    applications.add(request);
    trail.record(caseFile, MatterKind.EXTENSION_REQUEST, request.getId(), created.change());
    JournalDraft requested =
        IncomingEntries.extensionRequested(request, party(scope, caseFile), grantYear);
    journal.write(caseFile, requested, by.username());
    cases.flush("Case " + caseId);
    return request.getId();
  }

  /** Writes to IMDi about the case or one of its applications; returns the enquiry's id. */
  public long openEnquiry(
      long caseId,
      Long applicationId,
      String subject,
      String text,
      List<Upload> uploads,
      boolean healthData) {
    MunicipalityScope scope = currentUser.caseScope();
    CaseFile caseFile = caseInScope(scope, caseId);
    if (applicationId != null) {
      Application application = applicationInScope(scope, applicationId);
      if (!application.getCaseFile().getId().equals(caseFile.getId())) {
        throw new AccessDeniedException("Application " + applicationId + " is not in " + caseId);
      }
    }
    Created<Enquiry, EnquiryState> created =
        Enquiry.open(caseFile, applicationId, subject, text, currentUser.actor(), clock.instant());
    cases.add(created.matter());
    enquiries.opened(created, uploads, healthData, party(scope, caseFile));
    cases.flush("Case " + caseId);
    return created.matter().getId();
  }

  /**
   * Answers an enquiry. An answer to IMDi's request for documentation lets the application's
   * assessment go on.
   */
  public void reply(
      long enquiryId, long version, String text, List<Upload> uploads, boolean healthData) {
    MunicipalityScope scope = currentUser.caseScope();
    Enquiry enquiry =
        cases
            .findEnquiry(scope, enquiryId)
            .orElseThrow(() -> new AccessDeniedException("No enquiry " + enquiryId + " in scope"));
    Versions.require(enquiry.getVersion(), version, "Enquiry " + enquiryId);
    Actor by = currentUser.actor();
    StateChange<EnquiryState> change = enquiry.reply(text, by, clock.instant());
    enquiries.replied(enquiry, change, uploads, healthData, party(scope, enquiry.getCaseFile()));
    if (enquiry.isDocumentationRequest()) {
      Application application = applicationInScope(scope, enquiry.getApplicationId());
      if (application.getState() == ApplicationState.WAITING_FOR_DOCUMENTATION) {
        StateChange<ApplicationState> resumed =
            application.resumeAssessment(by, clock.instant(), enquiry.getSubject());
        trail.record(
            application.getCaseFile(), MatterKind.APPLICATION, application.getId(), resumed);
      }
    }
    cases.flush("Enquiry " + enquiryId);
  }

  private long store(Created<Application, ApplicationState> created) {
    Application application = created.matter();
    applications.add(application);
    trail.record(
        application.getCaseFile(), MatterKind.APPLICATION, application.getId(), created.change());
    cases.flush("Case " + application.getCaseFile().getId());
    return application.getId();
  }

  private Application opened(long applicationId, long version) {
    Application application = applicationInScope(currentUser.caseScope(), applicationId);
    Versions.require(application.getVersion(), version, "Application " + applicationId);
    return application;
  }

  private CaseFile caseInScope(MunicipalityScope scope, long caseId) {
    return cases
        .find(scope, caseId)
        .orElseThrow(() -> new AccessDeniedException("No case " + caseId + " in scope"));
  }

  private Application applicationInScope(MunicipalityScope scope, Long applicationId) {
    if (applicationId == null) {
      throw new IllegalArgumentException("No application id");
    }
    return applications
        .find(scope, applicationId)
        .orElseThrow(
            () -> new AccessDeniedException("No application " + applicationId + " in scope"));
  }

  /** The caller's municipality, which applies (the person lives there: the case is in scope). */
  private no.imdi.grants.municipality.Municipality applicant(
      MunicipalityScope scope, CaseFile caseFile) {
    return settlements
        .findByPerson(scope, caseFile.getPerson().getId())
        .orElseThrow(() -> new AccessDeniedException("No person in scope"))
        .getMunicipality();
  }

  private String party(MunicipalityScope scope, CaseFile caseFile) {
    return Parties.of(applicant(scope, caseFile));
  }
}

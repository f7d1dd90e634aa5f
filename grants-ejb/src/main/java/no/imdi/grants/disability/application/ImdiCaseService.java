package no.imdi.grants.disability.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.casefile.CaseFile;
import no.imdi.grants.casefile.CaseJournal;
import no.imdi.grants.casefile.CaseRefusals;
import no.imdi.grants.casefile.CaseRepository;
import no.imdi.grants.casefile.CaseTrail;
import no.imdi.grants.casefile.Created;
import no.imdi.grants.casefile.Enquiry;
import no.imdi.grants.casefile.EnquiryRecords;
import no.imdi.grants.casefile.EnquiryState;
import no.imdi.grants.casefile.Handling;
import no.imdi.grants.casefile.MatterKind;
import no.imdi.grants.casefile.Parties;
import no.imdi.grants.casefile.QueueFilter;
import no.imdi.grants.casefile.QueueItem;
import no.imdi.grants.casefile.QueueSort;
import no.imdi.grants.casefile.StateChange;
import no.imdi.grants.casefile.Upload;
import no.imdi.grants.casefile.WorkQueue;
import no.imdi.grants.journal.JournalDraft;
import no.imdi.grants.journal.JournalEntry;
import no.imdi.grants.journal.Screening;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.Actor;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.security.MunicipalityScope;
import no.imdi.grants.security.RefusalAudit;
import no.imdi.grants.security.Role;
import no.imdi.grants.settlement.SettlementRepository;
import no.imdi.grants.shared.Page;
import no.imdi.grants.shared.PageRequest;
import no.imdi.grants.shared.Versions;

/**
 * IMDi's caseworkers' side of the disability grant's cases: take a case and hand it back, assess an
 * application, ask for documentation (the application waits), prepare a decision for a second
 * officer, decide requests for a later deadline, answer enquiries, and write internal notes. The
 * work of a case needs it taken by the caseworker. Each method loads, calls the domain's verb,
 * saves, and writes the audit trail and the journal, in one transaction.
 */
@Stateless
@Interceptors({RefusalAudit.class, CaseRefusals.class})
@RolesAllowed(Role.IMDI_CASEWORKER_NAME)
public class ImdiCaseService {

  @Inject private CurrentUser currentUser;
  @Inject private CaseRepository cases;
  @Inject private ApplicationRepository applications;
  @Inject private SettlementRepository settlements;
  @Inject private CaseFacts facts;
  @Inject private CaseTrail trail;
  @Inject private CaseJournal journal;
  @Inject private EnquiryRecords enquiries;
  @Inject private WorkQueue queue;
  @Inject private Event<ExtensionDecided> extensionDecided;
  @Inject private Clock clock;

  public ImdiCaseService() {}

  ImdiCaseService(
      CurrentUser currentUser,
      CaseRepository cases,
      ApplicationRepository applications,
      SettlementRepository settlements,
      CaseFacts facts,
      CaseTrail trail,
      CaseJournal journal,
      EnquiryRecords enquiries,
      WorkQueue queue,
      Event<ExtensionDecided> extensionDecided,
      Clock clock) {
    this.currentUser = currentUser;
    this.cases = cases;
    this.applications = applications;
    this.settlements = settlements;
    this.facts = facts;
    this.trail = trail;
    this.journal = journal;
    this.enquiries = enquiries;
    this.queue = queue;
    this.extensionDecided = extensionDecided;
    this.clock = clock;
  }

  /** IMDi's work queue, filtered, sorted and paged in the database. */
  @RolesAllowed({Role.IMDI_CASEWORKER_NAME, Role.IMDI_APPROVER_NAME})
  public Page<QueueItem> queue(QueueFilter filter, PageRequest<QueueSort> page) {
    return queue.list(scope(), filter, page);
  }

  /** The caseworker takes the case: its work is assigned to them. */
  public void take(long caseId, long version) {
    CaseFile caseFile = openedCase(caseId, version);
    StateChange<Handling> change = caseFile.take(currentUser.actor(), clock.instant());
    trail.record(caseFile, MatterKind.CASE, caseFile.getId(), change);
    cases.flush("Case " + caseFile.getNumber());
  }

  /** The caseworker who has the case hands it back to the queue. */
  public void handBack(long caseId, long version, String reason) {
    CaseFile caseFile = openedCase(caseId, version);
    StateChange<Handling> change = caseFile.handBack(currentUser.actor(), clock.instant(), reason);
    trail.record(caseFile, MatterKind.CASE, caseFile.getId(), change);
    cases.flush("Case " + caseFile.getNumber());
  }

  public void startAssessment(long applicationId, long version) {
    Application application = opened(applicationId, version);
    record(application, application.startAssessment(currentUser.actor(), clock.instant()));
  }

  /**
   * Asks the municipality for documentation by a reply date: an enquiry, journaled as outgoing, and
   * the application waits. Returns the enquiry's id.
   */
  public long requestDocumentation(
      long applicationId, long version, String subject, String text, LocalDate replyBy) {
    Application application = opened(applicationId, version);
    Actor by = currentUser.actor();
    StateChange<ApplicationState> waiting =
        application.awaitDocumentation(by, clock.instant(), subject);
    Created<Enquiry, EnquiryState> created =
        Enquiry.requestDocumentation(
            application.getCaseFile(),
            application.getId(),
            subject,
            text,
            replyBy,
            LocalDate.now(clock),
            by,
            clock.instant());
    cases.add(created.matter());
    trail.record(application.getCaseFile(), MatterKind.APPLICATION, application.getId(), waiting);
    enquiries.opened(created, List.of(), false, Parties.of(application.getApplicant()));
    cases.flush("Application " + applicationId);
    return created.matter().getId();
  }

  /** The assessment goes on without the documentation asked for (the reply date passed). */
  public void resumeAssessment(long applicationId, long version, String why) {
    Application application = opened(applicationId, version);
    record(application, application.resumeAssessment(currentUser.actor(), clock.instant(), why));
  }

  /** The limits of a decision on the application: costs recomputed, rate, maximum. */
  @RolesAllowed({Role.IMDI_CASEWORKER_NAME, Role.IMDI_APPROVER_NAME})
  public DecisionLimitsView limits(long applicationId) {
    Application application = applicationInScope(applicationId);
    return DecisionLimitsView.of(
        DecisionLimits.of(
            application, facts.rate(facts.facts(application.getCaseFile()), application)));
  }

  /** Prepares a decision for a second officer (maker/checker); returns the decision's id. */
  public long prepareDecision(long applicationId, long version, DecisionDraft draft) {
    Application application = opened(applicationId, version);
    PreparedDecision prepared =
        application.prepareDecision(
            draft,
            facts.rate(facts.facts(application.getCaseFile()), application),
            currentUser.actor(),
            clock.instant());
    Decision decision = prepared.decision();
    applications.add(decision);
    trail.record(
        application.getCaseFile(),
        MatterKind.APPLICATION,
        application.getId(),
        prepared.application());
    trail.record(
        application.getCaseFile(), MatterKind.DECISION, decision.getId(), prepared.proposal());
    cases.flush("Application " + applicationId);
    return decision.getId();
  }

  /** Grants a later deadline (R-DL-5); it counts for the grant year from now on. */
  public void grantExtension(long requestId, long version, LocalDate newDeadline, String why) {
    ExtensionRequest request = extension(requestId, version);
    decided(request, request.grant(newDeadline, why, currentUser.actor(), clock.instant()));
  }

  public void refuseExtension(long requestId, long version, String why) {
    ExtensionRequest request = extension(requestId, version);
    decided(request, request.refuse(why, currentUser.actor(), clock.instant()));
  }

  public void reply(
      long enquiryId, long version, String text, List<Upload> uploads, boolean healthData) {
    Enquiry enquiry = enquiry(enquiryId, version);
    enquiry.getCaseFile().requireTakenBy(currentUser.actor());
    StateChange<EnquiryState> change = enquiry.reply(text, currentUser.actor(), clock.instant());
    enquiries.replied(enquiry, change, uploads, healthData, municipality(enquiry.getCaseFile()));
    cases.flush("Enquiry " + enquiryId);
  }

  public void closeEnquiry(long enquiryId, long version, String reason) {
    Enquiry enquiry = enquiry(enquiryId, version);
    StateChange<EnquiryState> change = enquiry.close(currentUser.actor(), clock.instant(), reason);
    trail.record(enquiry.getCaseFile(), MatterKind.ENQUIRY, enquiry.getId(), change);
    cases.flush("Enquiry " + enquiryId);
  }

  /** An internal note in the journal (N); returns the entry's id. */
  public long writeNote(long caseId, String title, List<Upload> uploads, boolean healthData) {
    CaseFile caseFile = caseInScope(caseId);
    Actor by = currentUser.actor();
    caseFile.requireTakenBy(by);
    JournalEntry entry =
        journal.write(
            caseFile,
            JournalDraft.note(
                LocalDate.now(clock),
                title,
                healthData ? Screening.HEALTH_DATA : Screening.NONE,
                uploads.stream().map(Upload::toJournalDocument).toList()),
            by.username());
    cases.flush("Case " + caseId);
    return entry.getId();
  }

  private void decided(ExtensionRequest request, StateChange<ExtensionState> change) {
    trail.record(request.getCaseFile(), MatterKind.EXTENSION_REQUEST, request.getId(), change);
    cases.flush("Extension request " + request.getId());
    extensionDecided.fire(
        new ExtensionDecided(request.getCaseFile().getId(), request.getId(), request.getState()));
  }

  private void record(Application application, StateChange<ApplicationState> change) {
    trail.record(application.getCaseFile(), MatterKind.APPLICATION, application.getId(), change);
    cases.flush("Application " + application.getId());
  }

  private CaseFile openedCase(long caseId, long version) {
    CaseFile caseFile = caseInScope(caseId);
    Versions.require(caseFile.getVersion(), version, "Case " + caseFile.getNumber());
    return caseFile;
  }

  private Application opened(long applicationId, long version) {
    Application application = applicationInScope(applicationId);
    Versions.require(application.getVersion(), version, "Application " + applicationId);
    return application;
  }

  private ExtensionRequest extension(long requestId, long version) {
    ExtensionRequest request =
        applications
            .findExtension(scope(), requestId)
            .orElseThrow(() -> new AccessDeniedException("No request " + requestId + " in scope"));
    Versions.require(request.getVersion(), version, "Extension request " + requestId);
    return request;
  }

  private Enquiry enquiry(long enquiryId, long version) {
    Enquiry enquiry =
        cases
            .findEnquiry(scope(), enquiryId)
            .orElseThrow(() -> new AccessDeniedException("No enquiry " + enquiryId + " in scope"));
    Versions.require(enquiry.getVersion(), version, "Enquiry " + enquiryId);
    return enquiry;
  }

  private CaseFile caseInScope(long caseId) {
    return cases
        .find(scope(), caseId)
        .orElseThrow(() -> new AccessDeniedException("No case " + caseId + " in scope"));
  }

  private Application applicationInScope(long applicationId) {
    return applications
        .find(scope(), applicationId)
        .orElseThrow(
            () -> new AccessDeniedException("No application " + applicationId + " in scope"));
  }

  private String municipality(CaseFile caseFile) {
    return settlements
        .findByPerson(scope(), caseFile.getPerson().getId())
        .map(s -> Parties.of(s.getMunicipality()))
        .orElseThrow();
  }

  private MunicipalityScope scope() {
    return currentUser.caseScope();
  }
}

package no.imdi.grants.disability.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.imdi.grants.audit.AccessLog;
import no.imdi.grants.audit.PersonAccess;
import no.imdi.grants.casefile.CaseAudit;
import no.imdi.grants.casefile.CaseFile;
import no.imdi.grants.casefile.CaseJournal;
import no.imdi.grants.casefile.CaseRefusals;
import no.imdi.grants.casefile.CaseRepository;
import no.imdi.grants.casefile.CaseTrail;
import no.imdi.grants.casefile.CaseView;
import no.imdi.grants.casefile.EnquiryView;
import no.imdi.grants.casefile.JournalEntryView;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.casefile.Scheme;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.disability.SettlementFacts;
import no.imdi.grants.journal.DocumentRef;
import no.imdi.grants.journal.JournalDocument;
import no.imdi.grants.journal.JournalEntry;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.security.MunicipalityScope;
import no.imdi.grants.security.RefusalAudit;
import no.imdi.grants.security.Role;
import no.imdi.grants.settlement.Person;

/**
 * Reading a case of the disability grant, for the caseworker of the municipality the person lives
 * in and for IMDi: the case, its grant years, applications, decisions, requests, enquiries and
 * journal. Health information and health documents are read only through the methods that write the
 * access log; the audit trail and who read the health data are for IMDi's roles.
 */
@Stateless
@Interceptors({RefusalAudit.class, CaseRefusals.class})
@RolesAllowed({
  Role.MUNICIPALITY_CASEWORKER_NAME,
  Role.IMDI_CASEWORKER_NAME,
  Role.IMDI_APPROVER_NAME
})
public class CaseReadService {

  @Inject private CurrentUser currentUser;
  @Inject private CaseRepository cases;
  @Inject private ApplicationRepository applications;
  @Inject private CaseFacts facts;
  @Inject private CaseTrail trail;
  @Inject private CaseJournal journal;
  @Inject private HealthReads health;
  @Inject private AccessLog accessLog;

  public CaseReadService() {}

  CaseReadService(
      CurrentUser currentUser,
      CaseRepository cases,
      ApplicationRepository applications,
      CaseFacts facts,
      CaseTrail trail,
      CaseJournal journal,
      HealthReads health,
      AccessLog accessLog) {
    this.currentUser = currentUser;
    this.cases = cases;
    this.applications = applications;
    this.facts = facts;
    this.trail = trail;
    this.journal = journal;
    this.health = health;
    this.accessLog = accessLog;
  }

  public CaseView caseFile(long caseId) {
    return CaseView.of(caseInScope(caseId));
  }

  /** The case's grant years with their deadlines and what may be applied for now. */
  public List<GrantYearStatus> grantYears(long caseId) {
    MunicipalityScope scope = currentUser.caseScope();
    CaseFile caseFile = caseInScope(caseId);
    return grantYears(facts.facts(caseFile), caseFile, facts.history(scope, caseFile));
  }

  /** The person's case of the disability grant, if one was opened. */
  public Optional<CaseView> caseOfPerson(long personId) {
    MunicipalityScope scope = currentUser.caseScope();
    personInScope(scope, personId);
    return cases.findByPerson(scope, personId, Scheme.DISABILITY_GRANT).map(CaseView::of);
  }

  /**
   * The person's grant years, as {@link #grantYears(long)} gives them for the person's case, or for
   * a person without a case yet as they stand with nothing applied for (R-GY-1, R-DL-1..4).
   */
  public List<GrantYearStatus> grantYearsOfPerson(long personId) {
    MunicipalityScope scope = currentUser.caseScope();
    Person person = personInScope(scope, personId);
    Optional<CaseFile> caseFile = cases.findByPerson(scope, personId, Scheme.DISABILITY_GRANT);
    if (caseFile.isPresent()) {
      return grantYears(
          facts.facts(caseFile.get()), caseFile.get(), facts.history(scope, caseFile.get()));
    }
    return grantYears(facts.facts(person), null, CaseHistory.of(List.of(), List.of()));
  }

  private List<GrantYearStatus> grantYears(
      SettlementFacts person, CaseFile caseFile, CaseHistory history) {
    int max = Math.max(5, facts.maxT2Years(person));
    List<GrantYearStatus> years = new ArrayList<>();
    for (int year = 1; year <= max; year++) {
      List<GrantKind> may = new ArrayList<>();
      List<Refusal> refused = new ArrayList<>();
      for (GrantKind kind : GrantKind.values()) {
        Optional<Refusal> no =
            ApplicationEligibility.check(
                kind, year, facts.maxT2Years(person), history.priorGrants(null));
        if (no.isEmpty()) {
          may.add(kind);
        } else {
          refused.add(no.get());
        }
      }
      int y = year;
      years.add(
          new GrantYearStatus(
              year,
              facts.grantYear(person, year),
              facts.deadline(person, year, history, null),
              caseFile == null ? null : facts.grantedExtension(caseFile, year).orElse(null),
              history.occupying(year).isPresent() ? List.of() : may,
              refused,
              history.applications().stream()
                  .filter(a -> a.getGrantYear() == y)
                  .map(ApplicationSummary::of)
                  .toList()));
    }
    return years;
  }

  private Person personInScope(MunicipalityScope scope, long personId) {
    return facts
        .person(scope, personId)
        .orElseThrow(() -> new AccessDeniedException("No person " + personId + " in scope"));
  }

  public List<ApplicationSummary> applications(long caseId) {
    return applications.ofCase(currentUser.caseScope(), caseInScope(caseId).getId()).stream()
        .map(ApplicationSummary::of)
        .toList();
  }

  /** The application without its health information. */
  public ApplicationView application(long applicationId) {
    MunicipalityScope scope = currentUser.caseScope();
    Application application = applicationInScope(scope, applicationId);
    return ApplicationView.of(application, applications.decisionsOf(scope, applicationId));
  }

  /** The application's health information; the read is written to the access log. */
  public HealthInformation health(long applicationId, String purpose) {
    return health.read(applicationInScope(currentUser.caseScope(), applicationId), purpose);
  }

  public List<ExtensionView> extensions(long caseId) {
    return applications.extensionsOf(currentUser.caseScope(), caseInScope(caseId).getId()).stream()
        .map(ExtensionView::of)
        .toList();
  }

  public List<EnquiryView> enquiries(long caseId) {
    return cases.enquiries(currentUser.caseScope(), caseInScope(caseId).getId()).stream()
        .map(EnquiryView::of)
        .toList();
  }

  public List<JournalEntryView> journal(long caseId) {
    return journal.of(currentUser.caseScope(), caseInScope(caseId).getId()).stream()
        .map(JournalEntryView::of)
        .toList();
  }

  /**
   * A stored document of the case, for a download: refused unless the case holds it (in its journal
   * or its applications); opening a health document is written to the access log.
   */
  public DocumentRef openDocument(long caseId, UUID documentId, String purpose) {
    MunicipalityScope scope = currentUser.caseScope();
    CaseFile caseFile = caseInScope(caseId);
    List<JournalEntry> entries = journal.holding(scope, caseId, documentId);
    List<Attachment> attachments = applications.attachmentsHolding(scope, caseId, documentId);
    Optional<DocumentRef> ref =
        entries.stream()
            .flatMap(e -> e.getDocuments().stream())
            .map(JournalDocument::document)
            .filter(d -> d.documentId().equals(documentId))
            .findFirst()
            .or(() -> attachments.stream().map(Attachment::getDocument).findFirst());
    if (ref.isEmpty()) {
      throw new AccessDeniedException("No document " + documentId + " in case " + caseId);
    }
    boolean healthData =
        entries.stream().anyMatch(e -> e.getScreening().screened())
            || attachments.stream().anyMatch(Attachment::isHealthData);
    if (healthData) {
      health.document(caseFile, documentId, purpose);
    }
    return ref.get();
  }

  /** The case's audit trail, oldest first: for IMDi's roles. */
  @RolesAllowed({Role.IMDI_CASEWORKER_NAME, Role.IMDI_APPROVER_NAME})
  public List<CaseAudit> audit(long caseId) {
    return trail.of(currentUser.caseScope(), caseInScope(caseId).getId());
  }

  /** Who read the person's record and health data, and why, newest first: for IMDi's roles. */
  @RolesAllowed({Role.IMDI_CASEWORKER_NAME, Role.IMDI_APPROVER_NAME})
  public List<PersonAccess> reads(long caseId) {
    return accessLog.readsOf(caseInScope(caseId).getPerson().getId());
  }

  private CaseFile caseInScope(long caseId) {
    return cases
        .find(currentUser.caseScope(), caseId)
        .orElseThrow(() -> new AccessDeniedException("No case " + caseId + " in scope"));
  }

  private Application applicationInScope(MunicipalityScope scope, long applicationId) {
    return applications
        .find(scope, applicationId)
        .orElseThrow(
            () -> new AccessDeniedException("No application " + applicationId + " in scope"));
  }
}

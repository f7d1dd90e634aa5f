package no.imdi.grants.complaint;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import no.imdi.grants.casefile.CaseJournal;
import no.imdi.grants.casefile.CaseRefusals;
import no.imdi.grants.casefile.JournalEntryView;
import no.imdi.grants.casefile.MatterKind;
import no.imdi.grants.casefile.StateChange;
import no.imdi.grants.disability.application.Application;
import no.imdi.grants.disability.application.ApplicationRepository;
import no.imdi.grants.disability.application.ApplicationView;
import no.imdi.grants.disability.application.Attachment;
import no.imdi.grants.disability.application.Decision;
import no.imdi.grants.disability.application.DecisionView;
import no.imdi.grants.disability.application.HealthInformation;
import no.imdi.grants.disability.application.HealthReads;
import no.imdi.grants.journal.DocumentRef;
import no.imdi.grants.journal.JournalDocument;
import no.imdi.grants.journal.JournalEntry;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.Actor;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.security.MunicipalityScope;
import no.imdi.grants.security.RefusalAudit;
import no.imdi.grants.security.Role;
import no.imdi.grants.shared.Page;
import no.imdi.grants.shared.Versions;

/**
 * The ministry's part (Arbeids- og inkluderingsdepartementet, the appeal body, R-AP-7): it sees the
 * complaints forwarded to it and their bundles, and nothing else; any other complaint is refused
 * and the refusal logged, and every read of health information or a health document in a bundle is
 * access-logged. It decides (dismiss, uphold, change, or annul and send back), finally, with who
 * decided recorded; a change or an annulment sets the contested decision aside and reopens the
 * application at IMDi. It sends the interim reply while it has the complaint (R-AP-8).
 */
@Stateless
@Interceptors({RefusalAudit.class, CaseRefusals.class})
@RolesAllowed(Role.MINISTRY_NAME)
public class MinistryComplaintService {

  static final String BUNDLE_PURPOSE = "Klagebehandling i departementet";

  @Inject private CurrentUser currentUser;
  @Inject private ComplaintRepository complaints;
  @Inject private ApplicationRepository applications;
  @Inject private CaseJournal journal;
  @Inject private HealthReads health;
  @Inject private ComplaintRecords records;
  @Inject private Clock clock;

  public MinistryComplaintService() {}

  public MinistryComplaintService(
      CurrentUser currentUser,
      ComplaintRepository complaints,
      ApplicationRepository applications,
      CaseJournal journal,
      HealthReads health,
      ComplaintRecords records,
      Clock clock) {
    this.currentUser = currentUser;
    this.complaints = complaints;
    this.applications = applications;
    this.journal = journal;
    this.health = health;
    this.records = records;
    this.clock = clock;
  }

  /** The complaints forwarded to the ministry: undecided first, the oldest forwarding first. */
  public Page<ComplaintView> forwarded(int first, int size) {
    requireMinistry();
    int from = Math.max(0, first);
    int rows = Math.max(1, Math.min(size, 200));
    return new Page<>(
        complaints.forwarded(from, rows).stream().map(ComplaintView::of).toList(),
        complaints.countForwarded());
  }

  /** The forwarded complaint's bundle. */
  public ComplaintBundle bundle(long complaintId) {
    Complaint complaint = forwarded(complaintId);
    Decision decision = contested(complaint);
    Application application = decision.getApplication();
    return new ComplaintBundle(
        ComplaintView.of(complaint, complaints.attachments(complaint.getId())),
        DecisionView.of(decision),
        ApplicationView.of(application, List.of(decision)),
        entries(complaint).stream().map(JournalEntryView::of).toList());
  }

  /** The application's health information in the bundle; the read is access-logged. */
  public HealthInformation health(long complaintId, String purpose) {
    Complaint complaint = forwarded(complaintId);
    return health.read(contested(complaint).getApplication(), purpose);
  }

  /**
   * A document of the bundle, for a download: refused unless the bundle holds it; a health
   * document's opening is access-logged.
   */
  public DocumentRef openDocument(long complaintId, UUID documentId, String purpose) {
    Complaint complaint = forwarded(complaintId);
    Application application = contested(complaint).getApplication();
    List<JournalEntry> entries = entries(complaint);
    Optional<JournalEntry> entry =
        entries.stream()
            .filter(e -> e.getDocuments().stream().anyMatch(d -> holds(d, documentId)))
            .findFirst();
    Optional<Attachment> attachment =
        application.getAttachments().stream()
            .filter(a -> a.getDocument().documentId().equals(documentId))
            .findFirst();
    if (entry.isEmpty() && attachment.isEmpty()) {
      throw new AccessDeniedException(
          "No document " + documentId + " in the bundle of complaint " + complaintId);
    }
    boolean healthData =
        entry.map(e -> e.getScreening().screened()).orElse(false)
            || attachment.map(Attachment::isHealthData).orElse(false);
    if (healthData) {
      health.document(complaint.getCaseFile(), documentId, purpose);
    }
    return entry
        .flatMap(e -> e.getDocuments().stream().filter(d -> holds(d, documentId)).findFirst())
        .map(JournalDocument::document)
        .orElseGet(() -> attachment.orElseThrow().getDocument());
  }

  /**
   * R-AP-7: the ministry's final decision. A change or an annulment sets the contested decision
   * aside and the application goes back to IMDi; the decision's letter goes to the municipality
   * with a copy to IMDi.
   */
  public void decide(long complaintId, long version, MinistryOutcome outcome, String reason) {
    Complaint complaint = forwarded(complaintId);
    Versions.require(complaint.getVersion(), version, "Complaint " + complaintId);
    Actor by = currentUser.actor();
    StateChange<ComplaintState> change =
        complaint.decideByMinistry(outcome, reason, by, clock.instant());
    if (outcome.reopensApplication()) {
      Decision decision = contested(complaint);
      records.setAside(decision, decision.setAside(by, clock.instant(), "R-AP-7 " + outcome));
    }
    records.changed(complaint, change, ComplaintLetter.MINISTRY_DECISION);
  }

  /** R-AP-8: the ministry's interim reply while it has the complaint. */
  public void interimReply(long complaintId, long version, String reason, LocalDate expectedBy) {
    Complaint complaint = forwarded(complaintId);
    Versions.require(complaint.getVersion(), version, "Complaint " + complaintId);
    records.changed(
        complaint,
        complaint.sendInterimReply(
            reason, expectedBy, LocalDate.now(clock), currentUser.actor(), clock.instant()),
        ComplaintLetter.INTERIM_REPLY);
  }

  /** The journal entries of the bundle: the complaint's own and the contested letter. */
  private List<JournalEntry> entries(Complaint complaint) {
    Long letter = complaint.getContested().getLetterEntryId();
    return journal.of(MunicipalityScope.ALL, complaint.getCaseFile().getId()).stream()
        .filter(
            e ->
                Objects.equals(e.getId(), letter)
                    || (e.getMatter() == MatterKind.COMPLAINT
                        && complaint.getId().equals(e.getMatterId()))
                    || attachmentEntry(complaint, e))
        .toList();
  }

  /** Entries that journaled the application's attachments (the documents IMDi relied on). */
  private boolean attachmentEntry(Complaint complaint, JournalEntry entry) {
    return entry.getMatter() == MatterKind.APPLICATION
        && complaint.getContested().getApplicationId().equals(entry.getMatterId());
  }

  private static boolean holds(JournalDocument document, UUID id) {
    return document.document().documentId().equals(id);
  }

  private Decision contested(Complaint complaint) {
    long id = complaint.getContested().getDecisionId();
    return applications
        .findDecision(MunicipalityScope.ALL, id)
        .orElseThrow(() -> new IllegalStateException("No decision " + id));
  }

  private Complaint forwarded(long complaintId) {
    requireMinistry();
    return complaints
        .findForwarded(complaintId)
        .orElseThrow(
            () ->
                new AccessDeniedException(
                    "Complaint " + complaintId + " was not forwarded to the ministry"));
  }

  private void requireMinistry() {
    if (!currentUser.actor().is(Role.MINISTRY)) {
      throw new AccessDeniedException("Only the ministry sees forwarded complaints");
    }
  }
}

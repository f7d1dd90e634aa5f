package no.imdi.grants.complaint;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.casefile.CaseFile;
import no.imdi.grants.casefile.CaseJournal;
import no.imdi.grants.casefile.CaseMessage;
import no.imdi.grants.casefile.CaseRefusals;
import no.imdi.grants.casefile.CaseRepository;
import no.imdi.grants.casefile.CaseTrail;
import no.imdi.grants.casefile.Created;
import no.imdi.grants.casefile.Enquiry;
import no.imdi.grants.casefile.EnquiryRecords;
import no.imdi.grants.casefile.EnquiryState;
import no.imdi.grants.casefile.MatterKind;
import no.imdi.grants.casefile.Parties;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.casefile.Texts;
import no.imdi.grants.casefile.Upload;
import no.imdi.grants.disability.application.ApplicationRepository;
import no.imdi.grants.disability.application.Decision;
import no.imdi.grants.inbox.Inbox;
import no.imdi.grants.inbox.InboxItem;
import no.imdi.grants.inbox.InboxSource;
import no.imdi.grants.journal.JournalDraft;
import no.imdi.grants.journal.Screening;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.security.MunicipalityScope;
import no.imdi.grants.security.RefusalAudit;
import no.imdi.grants.security.Role;
import no.imdi.grants.settings.SettingsBook;
import no.imdi.grants.settlement.SettlementRepository;
import no.imdi.grants.shared.Explanation;

/**
 * The municipality complains from a letter in its inbox. A dismissal opens a complaint (R-AP-2),
 * measured against the deadline from the day the notice reached the municipality (R-AP-3, R-AP-4;
 * the delivery to the inbox, or its first opening when the setting says so); a late one needs the
 * reason for the delay and is flagged (R-AP-5); after a year it is refused. On any other letter the
 * message becomes an enquiry on the case (R-AP-1). The complaint is journaled as incoming with its
 * attachments, audited, and acknowledged by a receipt letter.
 */
@Stateless
@Interceptors({RefusalAudit.class, CaseRefusals.class})
@RolesAllowed(Role.MUNICIPALITY_CASEWORKER_NAME)
public class ComplaintIntake {

  @Inject private CurrentUser currentUser;
  @Inject private Inbox inbox;
  @Inject private CaseRepository cases;
  @Inject private ApplicationRepository applications;
  @Inject private ComplaintRepository complaints;
  @Inject private SettlementRepository settlements;
  @Inject private CaseTrail trail;
  @Inject private CaseJournal journal;
  @Inject private EnquiryRecords enquiries;
  @Inject private ComplaintSettings settings;
  @Inject private Event<ComplaintLetterDue> letters;
  @Inject private Clock clock;

  public ComplaintIntake() {}

  public ComplaintIntake(
      CurrentUser currentUser,
      Inbox inbox,
      CaseRepository cases,
      ApplicationRepository applications,
      ComplaintRepository complaints,
      SettlementRepository settlements,
      CaseTrail trail,
      CaseJournal journal,
      EnquiryRecords enquiries,
      SettingsBook settings,
      Event<ComplaintLetterDue> letters,
      Clock clock) {
    this.currentUser = currentUser;
    this.inbox = inbox;
    this.cases = cases;
    this.applications = applications;
    this.complaints = complaints;
    this.settlements = settlements;
    this.trail = trail;
    this.journal = journal;
    this.enquiries = enquiries;
    this.settings = new ComplaintSettings(settings);
    this.letters = letters;
    this.clock = clock;
  }

  /** The case's complaints, for the municipality's follow-up on the case page. */
  public List<ComplaintView> ofCase(long caseId) {
    return complaints.ofCase(currentUser.caseScope(), caseId).stream()
        .map(k -> ComplaintView.of(k, complaints.attachments(k.getId())))
        .toList();
  }

  /** What a complaint on the inbox item would be, before it is sent. */
  public ComplaintStart start(long inboxItemId) {
    InboxItem item = item(inboxItemId);
    Decision decision = decisionOf(item);
    if (decision == null || !decisionKind(decision).isIndividualDecision()) {
      DecisionKind kind = decision == null ? null : decisionKind(decision);
      Explanation right =
          kind == null
              ? Explanation.of(DecisionKind.RULE_NO_COMPLAINT_RIGHT, "R-AP-1.notADecision")
              : kind.complaintRight().explanation();
      return new ComplaintStart(
          item.id(),
          item.caseId(),
          item.caseNumber(),
          item.title(),
          kind,
          false,
          right,
          null,
          null,
          settings.noticeFromFirstOpening());
    }
    ContestedDecision contested = contested(item, decision);
    ComplaintTimeliness today =
        ComplaintTimeliness.assess(
            contested.getDecidedOn(),
            contested.getNoticeReceivedOn(),
            LocalDate.now(clock),
            settings.rollForward());
    return new ComplaintStart(
        item.id(),
        item.caseId(),
        item.caseNumber(),
        item.title(),
        DecisionKind.DISMISSED,
        true,
        DecisionKind.DISMISSED.complaintRight().explanation(),
        today.deadline(),
        today,
        settings.noticeFromFirstOpening());
  }

  /**
   * Sends the complaint: a complaint on a dismissal, an enquiry on any other letter. Refused (and
   * nothing stored) after a year, or when late without the reason for the delay.
   */
  public ComplaintResult send(
      long inboxItemId,
      String grounds,
      String changeAsked,
      String delayReason,
      List<Upload> attachments) {
    InboxItem item = item(inboxItemId);
    MunicipalityScope scope = currentUser.caseScope();
    CaseFile caseFile =
        cases
            .find(scope, item.caseId())
            .orElseThrow(() -> new AccessDeniedException("No case " + item.caseId()));
    Decision decision = decisionOf(item);
    Instant now = clock.instant();
    if (decision == null || !decisionKind(decision).isIndividualDecision()) {
      return enquiry(item, caseFile, decision, grounds, changeAsked, attachments);
    }
    if (!decision.isInForce()) {
      throw Refusal.of(CaseMessage.COMPLAINT_STATE, ComplaintState.REVERSED);
    }
    ComplaintFiling filing =
        new ComplaintFiling(grounds, changeAsked, delayReason, LocalDate.now(clock));
    Created<Complaint, ComplaintState> created =
        Complaint.receive(
            caseFile,
            contested(item, decision),
            filing,
            settings.rollForward(),
            complaints.ofDecision(decision.getId()),
            currentUser.actor(),
            now);
    Complaint complaint = created.matter();
    complaints.add(complaint);
    complaints.flush("Complaint");
    trail.record(caseFile, MatterKind.COMPLAINT, complaint.getId(), created.change());
    journal.write(
        caseFile,
        JournalDraft.incoming(
                LocalDate.now(clock),
                party(caseFile),
                "Klage på vedtak om avvisning",
                Screening.HEALTH_DATA,
                attachments == null
                    ? List.of()
                    : attachments.stream().map(Upload::toJournalDocument).toList())
            .about(MatterKind.COMPLAINT, complaint.getId()),
        currentUser.username());
    complaints.flush("Complaint " + complaint.getId());
    letters.fire(
        new ComplaintLetterDue(caseFile.getId(), complaint.getId(), ComplaintLetter.RECEIPT));
    ComplaintTimeliness timeliness =
        ComplaintTimeliness.assess(
            complaint.getContested().getDecidedOn(),
            complaint.getContested().getNoticeReceivedOn(),
            filing.sentOn(),
            settings.rollForward());
    return new ComplaintResult(LetterKind.COMPLAINT, complaint.getId(), timeliness.explanation());
  }

  private ComplaintResult enquiry(
      InboxItem item,
      CaseFile caseFile,
      Decision decision,
      String grounds,
      String changeAsked,
      List<Upload> attachments) {
    String text = Texts.required("grounds", grounds, Complaint.TEXT_LENGTH);
    String change = Texts.optional("changeAsked", changeAsked, Complaint.TEXT_LENGTH);
    String subject = item.title().length() > 255 ? item.title().substring(0, 255) : item.title();
    Long applicationId = decision == null ? null : decision.getApplication().getId();
    Created<Enquiry, EnquiryState> created =
        Enquiry.open(
            caseFile,
            applicationId,
            subject,
            change == null ? text : text + "\n\n" + change,
            currentUser.actor(),
            clock.instant());
    cases.add(created.matter());
    enquiries.opened(created, attachments, false, party(caseFile));
    cases.flush("Case " + caseFile.getId());
    Explanation why =
        decision == null
            ? Explanation.of(DecisionKind.RULE_NO_COMPLAINT_RIGHT, "R-AP-1.notADecision")
            : decisionKind(decision).complaintRight().explanation();
    return new ComplaintResult(LetterKind.ENQUIRY, created.matter().getId(), why);
  }

  private ContestedDecision contested(InboxItem item, Decision decision) {
    Instant notice =
        settings.noticeFromFirstOpening() && item.firstOpenedAt() != null
            ? item.firstOpenedAt()
            : item.deliveredAt();
    return new ContestedDecision(
        decision.getId(),
        decision.getApplication().getId(),
        decisionKind(decision),
        LocalDate.ofInstant(decision.getProposal().getReviewedAt(), clock.getZone()),
        item.journalEntryId(),
        LocalDate.ofInstant(notice, clock.getZone()));
  }

  private Decision decisionOf(InboxItem item) {
    if (item.source() != InboxSource.DECISION) {
      return null;
    }
    return applications
        .findDecision(currentUser.caseScope(), item.sourceId())
        .orElseThrow(() -> new AccessDeniedException("No decision " + item.sourceId()));
  }

  static DecisionKind decisionKind(Decision decision) {
    return DecisionKind.valueOf(decision.getOutcome().name());
  }

  private InboxItem item(long inboxItemId) {
    String municipality = municipality();
    return inbox
        .find(municipality, inboxItemId)
        .orElseThrow(
            () ->
                new AccessDeniedException(
                    "Inbox item " + inboxItemId + " is not in the inbox of " + municipality));
  }

  private String party(CaseFile caseFile) {
    return settlements
        .findByPerson(currentUser.caseScope(), caseFile.getPerson().getId())
        .map(s -> Parties.of(s.getMunicipality()))
        .orElseThrow(() -> new AccessDeniedException("No settlement in scope"));
  }

  private String municipality() {
    return currentUser
        .caseScope()
        .restrictedTo()
        .orElseThrow(() -> new AccessDeniedException("An inbox belongs to a municipality"));
  }
}

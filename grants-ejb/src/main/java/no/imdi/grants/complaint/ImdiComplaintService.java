package no.imdi.grants.complaint;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.casefile.CaseRefusals;
import no.imdi.grants.casefile.StateChange;
import no.imdi.grants.disability.application.ApplicationRepository;
import no.imdi.grants.disability.application.Decision;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.Actor;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.security.RefusalAudit;
import no.imdi.grants.security.Role;
import no.imdi.grants.shared.Versions;

/**
 * IMDi's caseworker prepares a complaint (fvl § 33, R-AP-6) on a case they have taken: first the
 * assessment of a late complaint (R-AP-5), then a reversal of IMDi's own decision (the contested
 * decision is set aside, stays on record, and a new decision goes through the decision flow) or the
 * forwarding to the ministry with a statement for a second officer; and the interim reply when the
 * month runs out (R-AP-8).
 */
@Stateless
@Interceptors({RefusalAudit.class, CaseRefusals.class})
@RolesAllowed(Role.IMDI_CASEWORKER_NAME)
public class ImdiComplaintService {

  @Inject private CurrentUser currentUser;
  @Inject private ComplaintRepository complaints;
  @Inject private ApplicationRepository applications;
  @Inject private ComplaintRecords records;
  @Inject private Clock clock;

  public ImdiComplaintService() {}

  public ImdiComplaintService(
      CurrentUser currentUser,
      ComplaintRepository complaints,
      ApplicationRepository applications,
      ComplaintRecords records,
      Clock clock) {
    this.currentUser = currentUser;
    this.complaints = complaints;
    this.applications = applications;
    this.records = records;
    this.clock = clock;
  }

  /** The complaint, for IMDi's pages. */
  @RolesAllowed({Role.IMDI_CASEWORKER_NAME, Role.IMDI_APPROVER_NAME})
  public ComplaintView view(long complaintId) {
    return ComplaintView.of(inScope(complaintId), complaints.attachments(complaintId));
  }

  /** The case's complaints, oldest first. */
  @RolesAllowed({Role.IMDI_CASEWORKER_NAME, Role.IMDI_APPROVER_NAME})
  public List<ComplaintView> ofCase(long caseId) {
    return complaints.ofCase(currentUser.caseScope(), caseId).stream()
        .map(k -> ComplaintView.of(k, complaints.attachments(k.getId())))
        .toList();
  }

  /** R-AP-5: the late complaint is considered; IMDi prepares it as one in time. */
  public void considerLate(long complaintId, long version, String reason) {
    Complaint complaint = opened(complaintId, version);
    records.changed(
        complaint, complaint.considerLate(reason, currentUser.actor(), clock.instant()), null);
  }

  /** R-AP-5: the late complaint is dismissed, with a letter that states its own complaint right. */
  public void dismissLate(long complaintId, long version, String reason) {
    Complaint complaint = opened(complaintId, version);
    records.changed(
        complaint,
        complaint.dismissLate(reason, currentUser.actor(), clock.instant()),
        ComplaintLetter.LATE_DISMISSAL);
  }

  /**
   * R-AP-6: IMDi finds the complaint justified: the complaint is closed as reversed, the contested
   * decision set aside, and the application back under assessment for a new decision.
   */
  public void reverse(long complaintId, long version, String reason) {
    Complaint complaint = opened(complaintId, version);
    Actor by = currentUser.actor();
    StateChange<ComplaintState> reversed = complaint.reverse(reason, by, clock.instant());
    Decision decision = contested(complaint);
    records.setAside(decision, decision.setAside(by, clock.instant(), "R-AP-6"));
    records.changed(complaint, reversed, ComplaintLetter.REVERSAL);
  }

  /** R-AP-6: the forwarding to the ministry with IMDi's statement, for a second officer. */
  public void forwardToMinistry(long complaintId, long version, String statement) {
    Complaint complaint = opened(complaintId, version);
    records.changed(
        complaint,
        complaint.forwardToMinistry(statement, currentUser.actor(), clock.instant()),
        null);
  }

  /** R-AP-8: the interim reply with the reason and the expected date of the answer. */
  public void interimReply(long complaintId, long version, String reason, LocalDate expectedBy) {
    Complaint complaint = opened(complaintId, version);
    records.changed(
        complaint,
        complaint.sendInterimReply(
            reason, expectedBy, LocalDate.now(clock), currentUser.actor(), clock.instant()),
        ComplaintLetter.INTERIM_REPLY);
  }

  private Decision contested(Complaint complaint) {
    long id = complaint.getContested().getDecisionId();
    return applications
        .findDecision(currentUser.caseScope(), id)
        .orElseThrow(() -> new AccessDeniedException("No decision " + id + " in scope"));
  }

  private Complaint inScope(long complaintId) {
    return complaints
        .find(currentUser.caseScope(), complaintId)
        .orElseThrow(() -> new AccessDeniedException("No complaint " + complaintId + " in scope"));
  }

  private Complaint opened(long complaintId, long version) {
    Complaint complaint = inScope(complaintId);
    Versions.require(complaint.getVersion(), version, "Complaint " + complaintId);
    return complaint;
  }
}

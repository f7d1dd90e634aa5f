package no.imdi.grants.complaint;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.casefile.CaseRefusals;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.Actor;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.security.RefusalAudit;
import no.imdi.grants.security.Role;
import no.imdi.grants.shared.PageRequest;
import no.imdi.grants.shared.Versions;

/**
 * The second officer checks IMDi's forwarding statements (maker/checker, as for decisions): an
 * approval sends the complaint with its bundle to the ministry and the statement's copy to the
 * municipality (R-AP-6); sent back, the caseworker prepares it again. Never one's own.
 */
@Stateless
@Interceptors({RefusalAudit.class, CaseRefusals.class})
@RolesAllowed(Role.IMDI_APPROVER_NAME)
public class ComplaintApprovalService {

  @Inject private CurrentUser currentUser;
  @Inject private ComplaintRepository complaints;
  @Inject private ComplaintRecords records;
  @Inject private Clock clock;

  public ComplaintApprovalService() {}

  public ComplaintApprovalService(
      CurrentUser currentUser,
      ComplaintRepository complaints,
      ComplaintRecords records,
      Clock clock) {
    this.currentUser = currentUser;
    this.complaints = complaints;
    this.records = records;
    this.clock = clock;
  }

  /** Forwarding statements waiting for a checker, oldest first, without the caller's own. */
  public List<ComplaintView> pending(PageRequest<?> page) {
    Actor me = currentUser.actor();
    return complaints.statementsPending(page.first(), page.size()).stream()
        .filter(k -> k.pendingStatement().getProposal().mayBeCheckedBy(me))
        .map(ComplaintView::of)
        .toList();
  }

  public void approve(long complaintId, long version, String comment) {
    Complaint complaint = checkable(complaintId, version);
    records.changed(
        complaint,
        complaint.approveForwarding(
            currentUser.actor(), LocalDate.now(clock), clock.instant(), comment),
        ComplaintLetter.STATEMENT);
  }

  public void sendBack(long complaintId, long version, String comment) {
    Complaint complaint = checkable(complaintId, version);
    records.changed(
        complaint,
        complaint.sendBackForwarding(currentUser.actor(), clock.instant(), comment),
        null);
  }

  private Complaint checkable(long complaintId, long version) {
    Complaint complaint =
        complaints
            .find(currentUser.caseScope(), complaintId)
            .orElseThrow(
                () -> new AccessDeniedException("No complaint " + complaintId + " in scope"));
    if (complaint.getState() == ComplaintState.STATEMENT_PREPARED
        && !complaint.pendingStatement().getProposal().mayBeCheckedBy(currentUser.actor())) {
      throw new AccessDeniedException(
          "Complaint " + complaintId + ": the statement was prepared by the caller");
    }
    Versions.require(complaint.getVersion(), version, "Complaint " + complaintId);
    return complaint;
  }
}

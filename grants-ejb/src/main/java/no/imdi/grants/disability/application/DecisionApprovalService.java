package no.imdi.grants.disability.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import no.imdi.grants.casefile.CaseRefusals;
import no.imdi.grants.casefile.CaseRepository;
import no.imdi.grants.casefile.CaseTrail;
import no.imdi.grants.casefile.MatterKind;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.Actor;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.security.RefusalAudit;
import no.imdi.grants.security.Role;
import no.imdi.grants.shared.PageRequest;
import no.imdi.grants.shared.Versions;

/**
 * The checker's side of maker/checker for decisions: the decisions waiting for approval (not the
 * caller's own), approve, send back. The rule that the approver is an IMDI_APPROVER who did not
 * prepare the decision is checked here, against the stored user, before the domain checks it again;
 * a refused attempt is written to the security log. An approval fires {@link DecisionApproved} for
 * the letter.
 */
@Stateless
@Interceptors({RefusalAudit.class, CaseRefusals.class})
@RolesAllowed(Role.IMDI_APPROVER_NAME)
public class DecisionApprovalService {

  @Inject private CurrentUser currentUser;
  @Inject private ApplicationRepository applications;
  @Inject private CaseRepository cases;
  @Inject private CaseTrail trail;
  @Inject private Event<DecisionApproved> approved;
  @Inject private Clock clock;

  public DecisionApprovalService() {}

  DecisionApprovalService(
      CurrentUser currentUser,
      ApplicationRepository applications,
      CaseRepository cases,
      CaseTrail trail,
      Event<DecisionApproved> approved,
      Clock clock) {
    this.currentUser = currentUser;
    this.applications = applications;
    this.cases = cases;
    this.trail = trail;
    this.approved = approved;
    this.clock = clock;
  }

  /** Decisions waiting for a checker, oldest first, without those the caller prepared. */
  public List<DecisionView> pending(PageRequest<?> page) {
    return applications
        .pendingFor(currentUser.caseScope(), currentUser.username(), page.first(), page.size())
        .stream()
        .map(DecisionView::of)
        .toList();
  }

  /**
   * Decisions waiting for a checker that the caller prepared (an approver who earlier prepared as a
   * caseworker): shown so that the page can say why they cannot be approved by the caller.
   */
  public List<DecisionView> ownPending(PageRequest<?> page) {
    return applications
        .pendingPreparedBy(
            currentUser.caseScope(), currentUser.username(), page.first(), page.size())
        .stream()
        .map(DecisionView::of)
        .toList();
  }

  /**
   * One decision in the caller's scope with its application, as the approver opens it from the list
   * (whose rows carry only the list's columns); approving it is checked by {@link #approve}.
   */
  public DecisionToCheck toCheck(long decisionId) {
    Decision decision =
        applications
            .findDecision(currentUser.caseScope(), decisionId)
            .orElseThrow(
                () -> new AccessDeniedException("No decision " + decisionId + " in scope"));
    return new DecisionToCheck(
        DecisionView.of(decision), ApplicationSummary.of(decision.getApplication()));
  }

  public void approve(long decisionId, long version, String comment) {
    Decision decision = checkable(decisionId, version);
    Instant now = clock.instant();
    Review review = decision.approve(currentUser.actor(), now, comment);
    recorded(decision, review);
    Application application = decision.getApplication();
    approved.fire(
        new DecisionApproved(
            application.getCaseFile().getId(),
            application.getId(),
            decision.getId(),
            decision.getOutcome(),
            now));
  }

  public void sendBack(long decisionId, long version, String comment) {
    Decision decision = checkable(decisionId, version);
    recorded(decision, decision.sendBack(currentUser.actor(), clock.instant(), comment));
  }

  /** The decision, if the caller may check it: an approver, and not the one who prepared it. */
  private Decision checkable(long decisionId, long version) {
    Decision decision =
        applications
            .findDecision(currentUser.caseScope(), decisionId)
            .orElseThrow(
                () -> new AccessDeniedException("No decision " + decisionId + " in scope"));
    Actor caller = currentUser.actor();
    if (!caller.is(Role.IMDI_APPROVER)) {
      throw new AccessDeniedException(
          "Decision " + decisionId + ": only an IMDI_APPROVER approves, not " + caller.role());
    }
    if (caller.isSamePersonAs(decision.getProposal().getPreparedBy())) {
      throw new AccessDeniedException(
          "Decision " + decisionId + " was prepared by the caller: maker/checker needs another");
    }
    Versions.require(decision.getVersion(), version, "Decision " + decisionId);
    return decision;
  }

  private void recorded(Decision decision, Review review) {
    Application application = decision.getApplication();
    trail.record(
        application.getCaseFile(), MatterKind.DECISION, decision.getId(), review.decision());
    trail.record(
        application.getCaseFile(),
        MatterKind.APPLICATION,
        application.getId(),
        review.application());
    cases.flush("Decision " + decision.getId());
  }
}

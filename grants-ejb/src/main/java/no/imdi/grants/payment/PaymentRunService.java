package no.imdi.grants.payment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.imdi.grants.approval.Proposal;
import no.imdi.grants.audit.AccessLog;
import no.imdi.grants.casefile.CaseMessage;
import no.imdi.grants.casefile.CaseRefusals;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.casefile.StateChange;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.Actor;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.security.MunicipalityScope;
import no.imdi.grants.security.RefusalAudit;
import no.imdi.grants.security.Role;
import no.imdi.grants.shared.Page;
import no.imdi.grants.shared.PageRequest;
import no.imdi.grants.shared.Versions;

/**
 * The payment run's service (R-PAY-3, R-PAY-4): an IMDi caseworker starts the run of an instalment
 * (or gets the open one), which then runs in the background; IMDi reads its progress, totals and
 * lines; an IMDi approver who did not start it approves or rejects it (maker/checker, checked here
 * and again in the domain); an approved run is marked paid by hand or by the bank's status report;
 * and the bank file gets each municipality's payment. A municipality's staff read only their own
 * municipality's lines. Every state change is audited, every refusal logged.
 */
@Stateless
@Interceptors({RefusalAudit.class, CaseRefusals.class})
public class PaymentRunService {

  @Inject private CurrentUser currentUser;
  @Inject private PaymentLedger ledger;
  @Inject private RunLauncher launcher;
  @Inject private AccessLog accessLog;
  @Inject private Clock clock;

  public PaymentRunService() {}

  public PaymentRunService(
      CurrentUser currentUser,
      PaymentLedger ledger,
      RunLauncher launcher,
      AccessLog accessLog,
      Clock clock) {
    this.currentUser = currentUser;
    this.ledger = ledger;
    this.launcher = launcher;
    this.accessLog = accessLog;
    this.clock = clock;
  }

  /**
   * Starts the run of the instalment, or returns the open one: two officers starting at once get
   * one run. Refused while another instalment's run is open, or for an instalment before one that
   * already has a run (owed minus paid counts the earlier instalments' runs as paid).
   */
  @RolesAllowed(Role.IMDI_CASEWORKER_NAME)
  public RunProgress start(LocalDate instalment) {
    Actor starter = currentUser.actor();
    if (!starter.is(Role.IMDI_CASEWORKER)) {
      throw new AccessDeniedException("Only an IMDI_CASEWORKER starts a payment run");
    }
    PaymentRun.checkStart(instalment, starter);
    Optional<PaymentRun> open = ledger.openRun(instalment);
    if (open.isPresent()) {
      return RunProgress.of(open.get());
    }
    ledger
        .otherOpen(instalment)
        .ifPresent(
            other -> {
              throw Refusal.of(CaseMessage.PAYMENT_RUN_OTHER_OPEN, other);
            });
    ledger
        .laterInstalment(instalment)
        .ifPresent(
            later -> {
              throw Refusal.of(CaseMessage.PAYMENT_RUN_EARLIER_INSTALMENT, instalment, later);
            });
    Instant now = clock.instant();
    Proposal.preparedBy(starter, now);
    Optional<Long> inserted = ledger.insert(instalment, starter.username(), now);
    if (inserted.isEmpty()) {
      return RunProgress.of(ledger.openRun(instalment).orElseThrow());
    }
    long id = inserted.get();
    ledger.audit(
        id, new StateChange<>("start", null, RunState.STARTED, starter.username(), now, null));
    launcher.launchAfterCommit(id);
    return RunProgress.of(ledger.find(id).orElseThrow());
  }

  @RolesAllowed({Role.IMDI_CASEWORKER_NAME, Role.IMDI_APPROVER_NAME})
  public RunProgress progress(long runId) {
    imdi();
    return RunProgress.of(run(runId));
  }

  /**
   * One page of lines: IMDi any, a municipality's caseworker or finance officer only its own (a
   * query for another municipality is refused and logged). A person's lines are a read of that
   * person's record and are written to the access log.
   */
  @RolesAllowed({
    Role.IMDI_CASEWORKER_NAME,
    Role.IMDI_APPROVER_NAME,
    Role.MUNICIPALITY_CASEWORKER_NAME,
    Role.MUNICIPALITY_FINANCE_NAME
  })
  public Page<LineView> lines(LineQuery query, PageRequest<LineSort> page) {
    MunicipalityScope scope = currentUser.settlementScope();
    if (query.municipality() != null && !scope.allows(query.municipality())) {
      throw new AccessDeniedException(
          "Payment lines of municipality " + query.municipality() + " are outside the scope");
    }
    if (query.personId() != null) {
      accessLog.recordRead(currentUser.username(), query.personId(), "payment lines");
    }
    return ledger.lines(query, scope, page);
  }

  @RolesAllowed(Role.IMDI_APPROVER_NAME)
  public RunProgress approve(long runId, long version, String comment) {
    PaymentRun run = checkable(runId, version);
    recorded(run, run.approve(currentUser.actor(), clock.instant(), comment));
    return RunProgress.of(run);
  }

  /** Rejects the run with a comment; its lines leave the ledger and the instalment can rerun. */
  @RolesAllowed(Role.IMDI_APPROVER_NAME)
  public RunProgress reject(long runId, long version, String comment) {
    PaymentRun run = checkable(runId, version);
    Instant now = clock.instant();
    recorded(run, run.reject(currentUser.actor(), now, comment));
    ledger.moveOutRejected(run.getId(), now);
    return RunProgress.of(run);
  }

  /** The bank confirmed the payment: by hand with a comment, or from its pain.002 report. */
  @RolesAllowed({Role.IMDI_CASEWORKER_NAME, Role.IMDI_APPROVER_NAME})
  public RunProgress markPaid(long runId, long version, String comment) {
    imdi();
    PaymentRun run = run(runId);
    Versions.require(run.getVersion(), version, "Payment run " + runId);
    recorded(run, run.markPaid(currentUser.actor(), clock.instant(), comment));
    return RunProgress.of(run);
  }

  /** Per municipality of an approved (or paid) run: net, groups and EndToEndId for the bank. */
  @RolesAllowed({Role.IMDI_CASEWORKER_NAME, Role.IMDI_APPROVER_NAME})
  public List<MunicipalityPayment> payments(long runId) {
    imdi();
    PaymentRun run = run(runId);
    if (run.getState() != RunState.APPROVED && run.getState() != RunState.PAID) {
      throw Refusal.of(CaseMessage.PAYMENT_RUN_STATE, run.getState(), RunState.APPROVED);
    }
    return ledger.payments(run);
  }

  private PaymentRun checkable(long runId, long version) {
    PaymentRun run = run(runId);
    Actor caller = currentUser.actor();
    if (!caller.is(Role.IMDI_APPROVER)) {
      throw new AccessDeniedException(
          "Payment run " + runId + ": only an IMDI_APPROVER approves, not " + caller.role());
    }
    if (caller.isSamePersonAs(run.getProposal().getPreparedBy())) {
      throw new AccessDeniedException(
          "Payment run " + runId + " was started by the caller: maker/checker needs another");
    }
    Versions.require(run.getVersion(), version, "Payment run " + runId);
    return run;
  }

  private void recorded(PaymentRun run, StateChange<RunState> change) {
    ledger.audit(run.getId(), change);
  }

  private void imdi() {
    if (!currentUser.actor().isImdi()) {
      throw new AccessDeniedException("Payment runs are IMDi's");
    }
  }

  private PaymentRun run(long runId) {
    return ledger
        .find(runId)
        .orElseThrow(() -> new AccessDeniedException("No payment run " + runId));
  }
}

package no.imdi.grants.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import no.imdi.grants.approval.Proposal;
import no.imdi.grants.casefile.CaseMessage;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.casefile.StateChange;
import no.imdi.grants.casefile.Texts;
import no.imdi.grants.integrationgrant.InstalmentTerm;
import no.imdi.grants.security.Actor;
import no.imdi.grants.security.Role;

/**
 * A quarterly payment run (*terminutbetaling*, R-PAY-3) for one instalment basis date: started by
 * an IMDi caseworker, computed in the background (its progress columns are written by the run
 * engine with each chunk, never held in memory), proposed, then approved by an IMDi approver who
 * did not start it ({@link Proposal}, maker/checker) or rejected with a comment. An approved run's
 * lines are sent; the run becomes paid when the bank's confirmation is registered.
 */
@Entity
@Table(name = "payment_run")
public class PaymentRun {

  static final int COMMENT_LENGTH = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "instalment", nullable = false, updatable = false)
  private LocalDate instalment;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 16)
  private RunState state;

  @Column(name = "phase", nullable = false, length = 16)
  private String phase;

  @Embedded private Proposal proposal;

  @Column(name = "paid_by", length = 64)
  private String paidBy;

  @Column(name = "paid_at")
  private Instant paidAt;

  @Column(name = "paid_comment", length = COMMENT_LENGTH)
  private String paidComment;

  @Column(name = "lease_owner", length = 64)
  private String leaseOwner;

  @Column(name = "lease_until")
  private Instant leaseUntil;

  @Column(name = "last_settlement_id", nullable = false)
  private long lastSettlementId;

  @Column(name = "persons_total", nullable = false)
  private long personsTotal;

  @Column(name = "persons_done", nullable = false)
  private long personsDone;

  @Column(name = "persons_skipped", nullable = false)
  private long personsSkipped;

  @Column(name = "lines_written", nullable = false)
  private long linesWritten;

  @Column(name = "chunks_done", nullable = false)
  private int chunksDone;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "proposed_at")
  private Instant proposedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected PaymentRun() {}

  /** Whether the day is an instalment basis date: 31.03, 30.06, 30.09 or 31.12 (R-PAY-3). */
  public static boolean isInstalmentBasis(LocalDate day) {
    return day != null && InstalmentTerm.firstOnOrAfter(day).basisDate(day.getYear()).equals(day);
  }

  /** Refused unless the starter is an IMDi caseworker and the day an instalment basis date. */
  public static void checkStart(LocalDate instalment, Actor starter) {
    if (!starter.is(Role.IMDI_CASEWORKER)) {
      throw Refusal.of(CaseMessage.PAYMENT_RUN_STARTER_ROLE, starter.role());
    }
    if (!isInstalmentBasis(instalment)) {
      throw Refusal.of(CaseMessage.PAYMENT_RUN_NOT_INSTALMENT, instalment);
    }
  }

  /** The checker approves the proposed run: its lines are sent (maker/checker, R-PAY-3). */
  public StateChange<RunState> approve(Actor approver, Instant at, String comment) {
    require(RunState.PROPOSED);
    proposal.approve(approver, at, comment);
    return moved("approve", RunState.APPROVED, approver, at, comment);
  }

  /** The checker rejects the proposed run with a comment; the instalment can be computed again. */
  public StateChange<RunState> reject(Actor approver, Instant at, String comment) {
    require(RunState.PROPOSED);
    proposal.sendBack(approver, at, comment);
    return moved("reject", RunState.REJECTED, approver, at, comment);
  }

  /** The bank confirmed the payment (registered by hand with a comment, or from pain.002). */
  public StateChange<RunState> markPaid(Actor officer, Instant at, String comment) {
    require(RunState.APPROVED);
    if (!officer.isImdi()) {
      throw Refusal.of(CaseMessage.ROLE_NOT_ALLOWED, officer.role());
    }
    String text = Texts.required("comment", comment, COMMENT_LENGTH);
    paidBy = officer.username();
    paidAt = Objects.requireNonNull(at, "at");
    paidComment = text;
    return moved("markPaid", RunState.PAID, officer, at, text);
  }

  public boolean mayBeCheckedBy(Actor actor) {
    return proposal.mayBeCheckedBy(actor);
  }

  private void require(RunState wanted) {
    if (state != wanted) {
      throw Refusal.of(CaseMessage.PAYMENT_RUN_STATE, state, wanted);
    }
  }

  private StateChange<RunState> moved(
      String action, RunState to, Actor by, Instant at, String why) {
    RunState from = state;
    state = to;
    return new StateChange<>(action, from, to, by.username(), at, why);
  }

  public Long getId() {
    return id;
  }

  public LocalDate getInstalment() {
    return instalment;
  }

  public RunState getState() {
    return state;
  }

  public String getPhase() {
    return phase;
  }

  public Proposal getProposal() {
    return proposal;
  }

  public String getPaidBy() {
    return paidBy;
  }

  public Instant getPaidAt() {
    return paidAt;
  }

  public String getPaidComment() {
    return paidComment;
  }

  public String getLeaseOwner() {
    return leaseOwner;
  }

  public Instant getLeaseUntil() {
    return leaseUntil;
  }

  public long getLastSettlementId() {
    return lastSettlementId;
  }

  public long getPersonsTotal() {
    return personsTotal;
  }

  public long getPersonsDone() {
    return personsDone;
  }

  public long getPersonsSkipped() {
    return personsSkipped;
  }

  public long getLinesWritten() {
    return linesWritten;
  }

  public int getChunksDone() {
    return chunksDone;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getProposedAt() {
    return proposedAt;
  }

  public long getVersion() {
    return version;
  }
}

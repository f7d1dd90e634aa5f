package no.imdi.grants.complaint;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import no.imdi.grants.approval.Proposal;
import no.imdi.grants.approval.ProposalStatus;
import no.imdi.grants.casefile.CaseFile;
import no.imdi.grants.casefile.CaseMessage;
import no.imdi.grants.casefile.CaseRoles;
import no.imdi.grants.casefile.Created;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.casefile.StateChange;
import no.imdi.grants.casefile.Texts;
import no.imdi.grants.security.Actor;
import no.imdi.grants.security.Role;

/**
 * A complaint (*klage*) by the municipality on a dismissal (R-AP-2), sent to IMDi (R-AP-6). In time
 * (R-AP-3, R-AP-4) it is received; late, it waits for IMDi's assessment (R-AP-5); more than a year
 * after the decision it is refused outright. IMDi reverses its decision or forwards the complaint
 * with a statement (maker/checker) to the ministry, which decides (R-AP-7). Without an answer a
 * month after it reached IMDi, or the ministry, it is overdue until an interim reply is sent
 * (R-AP-8). Its timer, letters and scope live in the services.
 */
@Entity
@Table(name = "complaint")
public class Complaint {

  static final int TEXT_LENGTH = 4000;
  public static final String SYSTEM = "system";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_seq")
  @SequenceGenerator(name = "complaint_seq", sequenceName = "complaint_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false, updatable = false)
  private CaseFile caseFile;

  @Embedded private ContestedDecision contested;

  @Embedded private ComplaintReceipt receipt;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 32)
  private ComplaintState state;

  @Embedded private ComplaintProgress progress = new ComplaintProgress();

  @OneToMany(mappedBy = "complaint", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<ComplaintStatement> statements = new ArrayList<>();

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Complaint() {}

  /**
   * The municipality complains about a decision. Refused unless the decision is a dismissal
   * (R-AP-1), while another complaint on it is open, when it is sent more than a year after the
   * decision (R-AP-5), and, when late, without the reason for the delay.
   */
  public static Created<Complaint, ComplaintState> receive(
      CaseFile caseFile,
      ContestedDecision contested,
      ComplaintFiling filing,
      RollForwardSetting setting,
      List<Complaint> earlier,
      Actor by,
      Instant at) {
    CaseRoles.requireMunicipality(by);
    if (!contested.getKind().isIndividualDecision()) {
      throw Refusal.of(CaseMessage.COMPLAINT_NOT_APPEALABLE, contested.getKind());
    }
    for (Complaint other : earlier) {
      if (other.state.isOpen()
          && other.contested.getDecisionId().equals(contested.getDecisionId())) {
        throw Refusal.of(CaseMessage.COMPLAINT_OPEN, other.receipt.getSentOn());
      }
    }
    ComplaintTimeliness timeliness =
        ComplaintTimeliness.assess(
            contested.getDecidedOn(), contested.getNoticeReceivedOn(), filing.sentOn(), setting);
    if (timeliness.outcome() == Timeliness.TOO_LATE) {
      throw Refusal.of(
          CaseMessage.COMPLAINT_TOO_LATE,
          filing.sentOn(),
          timeliness.lastDateForLateComplaint(),
          contested.getDecidedOn());
    }
    boolean late = timeliness.outcome() == Timeliness.LATE_MAY_BE_CONSIDERED;
    String delay = Texts.optional("delayReason", filing.delayReason(), TEXT_LENGTH);
    if (late && delay == null) {
      throw Refusal.onField(
          "delayReason",
          CaseMessage.COMPLAINT_DELAY_REASON_REQUIRED,
          timeliness.deadline().deadline());
    }
    Complaint complaint = new Complaint();
    complaint.caseFile = caseFile;
    complaint.contested = contested;
    complaint.receipt =
        new ComplaintReceipt(
            Texts.required("grounds", filing.grounds(), TEXT_LENGTH),
            Texts.optional("changeAsked", filing.changeAsked(), TEXT_LENGTH),
            late ? delay : null,
            timeliness,
            by.username(),
            at);
    complaint.state = late ? ComplaintState.LATE : ComplaintState.RECEIVED;
    String why = late ? ComplaintTimeliness.RULE_LATE : ComplaintDeadline.RULE_IN_TIME;
    return new Created<>(
        complaint, new StateChange<>("receive", null, complaint.state, by.username(), at, why));
  }

  /** R-AP-5: IMDi considers a late complaint (the party cannot be blamed, or special reasons). */
  public StateChange<ComplaintState> considerLate(String why, Actor by, Instant at) {
    CaseRoles.requireImdiCaseworker(by, caseFile);
    requireState(ComplaintState.LATE);
    String reason = Texts.required("reason", why, TEXT_LENGTH);
    progress().assessedLate(by.username(), at, reason);
    return move("considerLate", ComplaintState.RECEIVED, by.username(), at, reason);
  }

  /** R-AP-5: IMDi dismisses a late complaint; the dismissal has its own complaint right. */
  public StateChange<ComplaintState> dismissLate(String why, Actor by, Instant at) {
    CaseRoles.requireImdiCaseworker(by, caseFile);
    requireState(ComplaintState.LATE);
    String reason = Texts.required("reason", why, TEXT_LENGTH);
    progress().assessedLate(by.username(), at, reason);
    return close("dismissLate", ComplaintState.DISMISSED_LATE, by.username(), at, reason);
  }

  /**
   * R-AP-6: IMDi finds the complaint justified and reverses its own decision; the service sets the
   * contested decision aside and a new one goes through the decision flow.
   */
  public StateChange<ComplaintState> reverse(String why, Actor by, Instant at) {
    CaseRoles.requireImdiCaseworker(by, caseFile);
    requireState(ComplaintState.RECEIVED);
    String reason = Texts.required("reason", why, TEXT_LENGTH);
    progress().reversed(by.username(), at, reason);
    return close("reverse", ComplaintState.REVERSED, by.username(), at, reason);
  }

  /**
   * R-AP-6: IMDi prepares the forwarding to the ministry with its statement; it takes effect when a
   * second officer approves it.
   */
  public StateChange<ComplaintState> forwardToMinistry(String statement, Actor by, Instant at) {
    CaseRoles.requireImdiCaseworker(by, caseFile);
    requireState(ComplaintState.RECEIVED);
    String text = Texts.required("statement", statement, ComplaintStatement.TEXT_LENGTH);
    statements.add(new ComplaintStatement(this, text, Proposal.preparedBy(by, at)));
    return move("forwardToMinistry", ComplaintState.STATEMENT_PREPARED, by.username(), at, null);
  }

  /** The second officer approves the statement: the complaint goes to the ministry. */
  public StateChange<ComplaintState> approveForwarding(
      Actor approver, LocalDate today, Instant at, String comment) {
    requireState(ComplaintState.STATEMENT_PREPARED);
    StateChange<ProposalStatus> review =
        pendingStatement().getProposal().approve(approver, at, comment);
    progress().forwarded(today, at);
    return move("approveForwarding", ComplaintState.WITH_MINISTRY, review.by(), at, review.why());
  }

  /** The second officer sends the statement back with a comment; IMDi prepares it again. */
  public StateChange<ComplaintState> sendBackForwarding(
      Actor approver, Instant at, String comment) {
    requireState(ComplaintState.STATEMENT_PREPARED);
    StateChange<ProposalStatus> review =
        pendingStatement().getProposal().sendBack(approver, at, comment);
    return move("sendBackForwarding", ComplaintState.RECEIVED, review.by(), at, review.why());
  }

  /** R-AP-7: the ministry decides, finally, and who decided is recorded. */
  public StateChange<ComplaintState> decideByMinistry(
      MinistryOutcome outcome, String why, Actor by, Instant at) {
    if (!by.is(Role.MINISTRY)) {
      throw Refusal.of(CaseMessage.ROLE_NOT_ALLOWED, by.role());
    }
    requireState(ComplaintState.WITH_MINISTRY);
    if (outcome == null) {
      throw Refusal.onField("outcome", CaseMessage.REQUIRED);
    }
    String reason = Texts.required("reason", why, TEXT_LENGTH);
    progress().decidedByMinistry(outcome, by.username(), at, reason);
    return close("decideByMinistry", ComplaintState.DECIDED_BY_MINISTRY, by.username(), at, reason);
  }

  /**
   * R-AP-8: an interim reply with the reason and the expected date of the answer: by IMDi's
   * caseworker while IMDi has the complaint, by the ministry while it has it. It clears the overdue
   * mark.
   */
  public StateChange<ComplaintState> sendInterimReply(
      String why, LocalDate expectedBy, LocalDate today, Actor by, Instant at) {
    if (state == ComplaintState.WITH_MINISTRY) {
      if (!by.is(Role.MINISTRY)) {
        throw Refusal.of(CaseMessage.ROLE_NOT_ALLOWED, by.role());
      }
    } else {
      CaseRoles.requireImdiCaseworker(by, caseFile);
      requireState(ComplaintState.LATE, ComplaintState.RECEIVED, ComplaintState.STATEMENT_PREPARED);
    }
    String reason = Texts.required("reason", why, TEXT_LENGTH);
    if (expectedBy == null || !expectedBy.isAfter(today)) {
      throw Refusal.onField("expectedBy", CaseMessage.COMPLAINT_EXPECTED_DATE, expectedBy, today);
    }
    progress().interimReply(today, expectedBy, reason, by.username());
    return new StateChange<>("interimReply", state, state, by.username(), at, reason);
  }

  /**
   * R-AP-8, for the daily timer: marks the complaint overdue when it is open, has no interim reply
   * from the body that has it, and its month has passed. Idempotent: empty when nothing changes.
   */
  public Optional<StateChange<ComplaintState>> markOverdue(LocalDate today, Instant at) {
    if (!state.isOpen()
        || progress().getOverdueSince() != null
        || progress().getInterimReplyOn() != null
        || !answerDue().isOverdueOn(today)) {
      return Optional.empty();
    }
    progress().overdue(today);
    return Optional.of(new StateChange<>("markOverdue", state, state, SYSTEM, at, AnswerDue.RULE));
  }

  /** R-AP-8: the month within which the body that has the complaint must answer. */
  public AnswerDue answerDue() {
    LocalDate forwarded = progress().getForwardedOn();
    return AnswerDue.from(
        state == ComplaintState.WITH_MINISTRY || state == ComplaintState.DECIDED_BY_MINISTRY
            ? forwarded
            : receipt.getSentOn());
  }

  /** Marked overdue by the timer and not answered since (R-AP-8). */
  public boolean isOverdue() {
    return state.isOpen() && progress().getOverdueSince() != null;
  }

  /** The statement waiting for the second officer. */
  public ComplaintStatement pendingStatement() {
    return statements.stream()
        .filter(s -> s.getStatus() == ProposalStatus.PENDING)
        .findFirst()
        .orElseThrow(() -> Refusal.of(CaseMessage.COMPLAINT_STATE, state));
  }

  /** The approved statement the complaint was forwarded with, if any. */
  public Optional<ComplaintStatement> forwardingStatement() {
    return statements.stream().filter(s -> s.getStatus() == ProposalStatus.APPROVED).findFirst();
  }

  private StateChange<ComplaintState> close(
      String action, ComplaintState to, String by, Instant at, String why) {
    progress().answered();
    return move(action, to, by, at, why);
  }

  private StateChange<ComplaintState> move(
      String action, ComplaintState to, String by, Instant at, String why) {
    ComplaintState from = state;
    state = to;
    if (from.isWithImdi() && to == ComplaintState.WITH_MINISTRY) {
      progress().answered();
    }
    return new StateChange<>(action, from, to, by, at, why);
  }

  /** An embeddable whose columns are all empty loads as {@code null}. */
  private ComplaintProgress progress() {
    if (progress == null) {
      progress = new ComplaintProgress();
    }
    return progress;
  }

  private void requireState(ComplaintState... allowed) {
    for (ComplaintState s : allowed) {
      if (state == s) {
        return;
      }
    }
    throw Refusal.of(CaseMessage.COMPLAINT_STATE, state);
  }

  public Long getId() {
    return id;
  }

  public CaseFile getCaseFile() {
    return caseFile;
  }

  public ContestedDecision getContested() {
    return contested;
  }

  public ComplaintReceipt getReceipt() {
    return receipt;
  }

  public ComplaintState getState() {
    return state;
  }

  public ComplaintProgress getProgress() {
    return progress();
  }

  public List<ComplaintStatement> getStatements() {
    return Collections.unmodifiableList(statements);
  }

  public long getVersion() {
    return version;
  }
}

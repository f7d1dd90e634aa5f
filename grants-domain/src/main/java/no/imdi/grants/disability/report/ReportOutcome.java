package no.imdi.grants.disability.report;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import no.imdi.grants.approval.Proposal;
import no.imdi.grants.approval.ProposalStatus;
import no.imdi.grants.casefile.CaseMessage;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.casefile.Texts;
import no.imdi.grants.security.Actor;
import no.imdi.grants.shared.Nok;

/**
 * The outcome of an accounts report as an IMDi caseworker prepared it (R-REP-3, R-REP-4, R-REP-5):
 * the kind, the amounts the rules computed (granted, reported, eligible, to recover, the claimed
 * overrun to decide), the measures the caseworker left out as not covered, and a comment. A
 * maker/checker {@link Proposal}: it takes effect when an IMDI_APPROVER who did not prepare it
 * approves; sent back, it stays on record and a new one is prepared. A recovery is a repayment
 * claim, not an individual decision (R-AP-1).
 */
@Entity
@Table(name = "accounts_report_outcome")
public class ReportOutcome {

  static final int COMMENT_LENGTH = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "accounts_report_outcome_seq")
  @SequenceGenerator(
      name = "accounts_report_outcome_seq",
      sequenceName = "accounts_report_outcome_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "report_id", nullable = false, updatable = false)
  private AccountsReport report;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false, length = 32)
  private OutcomeKind kind;

  @Column(name = "granted", nullable = false, updatable = false, precision = 14, scale = 2)
  private BigDecimal granted;

  @Column(name = "reported", nullable = false, updatable = false, precision = 14, scale = 2)
  private BigDecimal reported;

  @Column(name = "eligible", nullable = false, updatable = false, precision = 14, scale = 2)
  private BigDecimal eligible;

  @Column(name = "recovery", nullable = false, updatable = false, precision = 14, scale = 2)
  private BigDecimal recovery;

  @Column(name = "claimed_overrun", nullable = false, updatable = false, precision = 14, scale = 2)
  private BigDecimal claimedOverrun;

  @Column(name = "excluded_measures", nullable = false, updatable = false, length = 500)
  private String excludedMeasures;

  @Column(name = "rule_ids", nullable = false, updatable = false, length = 64)
  private String ruleIds;

  @Column(name = "comment", updatable = false, length = COMMENT_LENGTH)
  private String comment;

  @Embedded private Proposal proposal;

  @Column(name = "letter_entry_id")
  private Long letterEntryId;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ReportOutcome() {}

  static ReportOutcome prepare(
      AccountsReport report,
      OutcomeComputation computed,
      Set<Integer> excluded,
      String comment,
      Actor by,
      Instant at) {
    ReportOutcome outcome = new ReportOutcome();
    outcome.report = report;
    outcome.kind = computed.kind();
    outcome.granted = computed.granted().amount();
    outcome.reported = computed.reported().amount();
    outcome.eligible = computed.eligible().amount();
    outcome.recovery = computed.recovery().amount();
    outcome.claimedOverrun = computed.claimedOverrun().amount();
    outcome.excludedMeasures =
        new TreeSet<>(excluded).stream().map(String::valueOf).collect(Collectors.joining(","));
    outcome.ruleIds = String.join(",", computed.explanation().rules());
    outcome.comment = Texts.optional("comment", comment, COMMENT_LENGTH);
    outcome.proposal = Proposal.preparedBy(by, at);
    return outcome;
  }

  /** A second officer approves: the report is decided. Refused for the preparer (maker/checker). */
  public OutcomeReview approve(Actor approver, Instant at, String comment) {
    return new OutcomeReview(
        proposal.approve(approver, at, comment), report.outcomeApproved(this, approver, at));
  }

  /** A second officer sends the outcome back with a comment; the report waits for a new one. */
  public OutcomeReview sendBack(Actor approver, Instant at, String comment) {
    return new OutcomeReview(
        proposal.sendBack(approver, at, comment),
        report.outcomeSentBack(approver, at, proposal.getReviewComment()));
  }

  /** The computation with its explanation, as the rules give it for the stored choices. */
  public OutcomeComputation computation() {
    return report.computeOutcome(getExcludedPositions());
  }

  /** The journal entry of the outcome's letter, recorded once after approval. */
  public void recordLetter(long journalEntryId) {
    if (proposal.getStatus() != ProposalStatus.APPROVED) {
      throw Refusal.of(CaseMessage.DECISION_NOT_APPROVED);
    }
    if (letterEntryId != null) {
      throw Refusal.of(CaseMessage.DECISION_LETTER_RECORDED, letterEntryId);
    }
    letterEntryId = journalEntryId;
  }

  /** The key of the recovery row the payment run carries: {@code REP-<report id>}. */
  public String recoveryKey() {
    return "REP-" + report.getId();
  }

  public Set<Integer> getExcludedPositions() {
    if (excludedMeasures.isEmpty()) {
      return Set.of();
    }
    return Arrays.stream(excludedMeasures.split(","))
        .map(Integer::valueOf)
        .collect(Collectors.toUnmodifiableSet());
  }

  public Long getId() {
    return id;
  }

  public AccountsReport getReport() {
    return report;
  }

  public OutcomeKind getKind() {
    return kind;
  }

  public Nok getGranted() {
    return Nok.of(granted);
  }

  public Nok getReported() {
    return Nok.of(reported);
  }

  public Nok getEligible() {
    return Nok.of(eligible);
  }

  public Nok getRecovery() {
    return Nok.of(recovery);
  }

  public Nok getClaimedOverrun() {
    return Nok.of(claimedOverrun);
  }

  public String getRuleIds() {
    return ruleIds;
  }

  public String getComment() {
    return comment;
  }

  public Proposal getProposal() {
    return proposal;
  }

  public ProposalStatus getStatus() {
    return proposal.getStatus();
  }

  public Long getLetterEntryId() {
    return letterEntryId;
  }

  public long getVersion() {
    return version;
  }
}

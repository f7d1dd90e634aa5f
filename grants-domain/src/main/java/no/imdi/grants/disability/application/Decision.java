package no.imdi.grants.disability.application;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import no.imdi.grants.approval.Proposal;
import no.imdi.grants.approval.ProposalStatus;
import no.imdi.grants.casefile.CaseMessage;
import no.imdi.grants.casefile.CaseRoles;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.casefile.StateChange;
import no.imdi.grants.rate.RateCode;
import no.imdi.grants.security.Actor;
import no.imdi.grants.security.Role;
import no.imdi.grants.shared.Nok;

/**
 * A decision (*vedtak*) on an application (R-DEC-1): granted, partly granted (an amount for some
 * measures), refused or dismissed, with its reason, the amount and the most the rules allowed
 * (R-T1-1, R-T2-1, R-RATE-1, R-RATE-2), the rate it rests on and the measures granted. It is a
 * maker/checker {@link Proposal}: prepared by one IMDi caseworker, it takes effect when a second
 * officer approves it; sent back, it stays on record and a new decision is prepared. The letter,
 * once written, is a journal entry.
 */
@Entity
@Table(name = "decision")
public class Decision {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "decision_seq")
  @SequenceGenerator(name = "decision_seq", sequenceName = "decision_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "application_id", nullable = false, updatable = false)
  private Application application;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false, updatable = false, length = 16)
  private DecisionOutcome outcome;

  @Column(name = "amount", updatable = false, precision = 14, scale = 2)
  private BigDecimal amount;

  @Column(name = "maximum", updatable = false, precision = 14, scale = 2)
  private BigDecimal maximum;

  @Column(name = "eligible_costs", nullable = false, updatable = false, precision = 14, scale = 2)
  private BigDecimal eligibleCosts;

  @Enumerated(EnumType.STRING)
  @Column(name = "rate_code", nullable = false, updatable = false, length = 32)
  private RateCode rateCode;

  @Column(name = "rate_year", nullable = false, updatable = false)
  private int rateYear;

  @Column(name = "rate_verified", nullable = false, updatable = false)
  private boolean rateVerified;

  @Column(name = "reason", updatable = false, length = 4000)
  private String reason;

  @Column(name = "dismissal_rule", updatable = false, length = 16)
  private String dismissalRule;

  @Column(name = "durable_specialist", nullable = false, updatable = false)
  private boolean durableOnSpecialistAssessment;

  @Column(name = "not_lasting", nullable = false, updatable = false)
  private boolean impairmentNotLastingOrTentative;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "decision_measure", joinColumns = @JoinColumn(name = "decision_id"))
  @OrderColumn(name = "position")
  private List<GrantedMeasure> grantedMeasures = new ArrayList<>();

  @Embedded private Proposal proposal;

  @Column(name = "letter_entry_id")
  private Long letterEntryId;

  @Column(name = "set_aside_by", length = 64)
  private String setAsideBy;

  @Column(name = "set_aside_at")
  private Instant setAsideAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Decision() {}

  Decision(Application application, DecisionTerms terms, Proposal proposal) {
    this.application = application;
    this.outcome = terms.outcome();
    this.amount = terms.amount() == null ? null : terms.amount().amount();
    this.maximum = terms.maximum() == null ? null : terms.maximum().amount();
    this.eligibleCosts = terms.eligibleCosts().amount();
    this.rateCode = terms.rate().code();
    this.rateYear = terms.rate().rateYear();
    this.rateVerified = terms.rate().verified();
    this.reason = terms.reason();
    this.dismissalRule = terms.dismissalRule();
    this.durableOnSpecialistAssessment = terms.durableOnSpecialistAssessment();
    this.impairmentNotLastingOrTentative = terms.impairmentNotLastingOrTentative();
    this.grantedMeasures.addAll(terms.measures());
    this.proposal = proposal;
  }

  static Decision prepare(
      Application application, DecisionDraft draft, DecisionLimits limits, Actor by, Instant at) {
    Proposal proposal = Proposal.preparedBy(by, at);
    return new Decision(application, DecisionTerms.of(application, draft, limits), proposal);
  }

  /**
   * A second officer approves: the decision takes effect and the application is decided. Refused
   * for anyone but an IMDI_APPROVER who did not prepare it.
   */
  public Review approve(Actor approver, Instant at, String comment) {
    return new Review(
        proposal.approve(approver, at, comment), application.decided(this, approver, at));
  }

  /** A second officer sends the decision back with a comment; the application waits for a new. */
  public Review sendBack(Actor approver, Instant at, String comment) {
    return new Review(
        proposal.sendBack(approver, at, comment),
        application.sentBack(approver, at, proposal.getReviewComment()));
  }

  /**
   * The approved decision is set aside after a complaint: reversed by IMDi's caseworker who has the
   * case (R-AP-6), or changed or annulled by the ministry (R-AP-7). It stays on record with its
   * letter; the application goes back to assessment for a new decision through the decision flow.
   */
  public StateChange<ApplicationState> setAside(Actor by, Instant at, String why) {
    if (!by.is(Role.MINISTRY)) {
      CaseRoles.requireImdiCaseworker(by, application.getCaseFile());
    }
    if (proposal.getStatus() != ProposalStatus.APPROVED || setAsideAt != null) {
      throw Refusal.of(CaseMessage.DECISION_NOT_APPROVED);
    }
    setAsideBy = by.username();
    setAsideAt = at;
    return application.reopened(by, at, why);
  }

  /** Approved and not set aside after a complaint. */
  public boolean isInForce() {
    return proposal.getStatus() == ProposalStatus.APPROVED && setAsideAt == null;
  }

  public String getSetAsideBy() {
    return setAsideBy;
  }

  public Instant getSetAsideAt() {
    return setAsideAt;
  }

  /** The journal entry of the decision's letter, recorded once after approval. */
  public void recordLetter(long journalEntryId) {
    if (proposal.getStatus() != ProposalStatus.APPROVED) {
      throw Refusal.of(CaseMessage.DECISION_NOT_APPROVED);
    }
    if (letterEntryId != null) {
      throw Refusal.of(CaseMessage.DECISION_LETTER_RECORDED, letterEntryId);
    }
    letterEntryId = journalEntryId;
  }

  public Long getId() {
    return id;
  }

  public Application getApplication() {
    return application;
  }

  public DecisionOutcome getOutcome() {
    return outcome;
  }

  /** The amount granted; {@code null} for a refusal or a dismissal. */
  public Nok getAmount() {
    return amount == null ? null : Nok.of(amount);
  }

  /** The most the rules allowed; {@code null} for a refusal or a dismissal. */
  public Nok getMaximum() {
    return maximum == null ? null : Nok.of(maximum);
  }

  public Nok getEligibleCosts() {
    return Nok.of(eligibleCosts);
  }

  public RateCode getRateCode() {
    return rateCode;
  }

  public int getRateYear() {
    return rateYear;
  }

  public boolean isRateVerified() {
    return rateVerified;
  }

  public String getReason() {
    return reason;
  }

  public String getDismissalRule() {
    return dismissalRule;
  }

  public boolean isDurableOnSpecialistAssessment() {
    return durableOnSpecialistAssessment;
  }

  public boolean isImpairmentNotLastingOrTentative() {
    return impairmentNotLastingOrTentative;
  }

  public List<GrantedMeasure> getGrantedMeasures() {
    return Collections.unmodifiableList(grantedMeasures);
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

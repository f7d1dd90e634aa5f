package no.imdi.grants.disability.report;

import static no.imdi.grants.disability.report.AccountsReportState.DECIDED;
import static no.imdi.grants.disability.report.AccountsReportState.DRAFT;
import static no.imdi.grants.disability.report.AccountsReportState.OUTCOME_PREPARED;
import static no.imdi.grants.disability.report.AccountsReportState.SIGNED;
import static no.imdi.grants.disability.report.AccountsReportState.SUBMITTED;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import no.imdi.grants.casefile.CaseFile;
import no.imdi.grants.casefile.CaseMessage;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.casefile.StateChange;
import no.imdi.grants.casefile.Texts;
import no.imdi.grants.disability.application.Application;
import no.imdi.grants.disability.application.CostLineEntry;
import no.imdi.grants.disability.application.Decision;
import no.imdi.grants.disability.application.DocumentKind;
import no.imdi.grants.disability.application.GrantedMeasure;
import no.imdi.grants.disability.application.ReportingBasis;
import no.imdi.grants.disability.cost.ContributionZone;
import no.imdi.grants.journal.DocumentRef;
import no.imdi.grants.municipality.Municipality;
import no.imdi.grants.security.Actor;
import no.imdi.grants.shared.Nok;
import no.imdi.grants.shared.Period;

/**
 * The accounts report (*regnskapsrapport*) of a budget-based T2 grant for one grant year (R-REP-1,
 * R-REP-2): the municipality that received the grant enters its actual costs per measure with the
 * application's cost lines, attaches its accounts, and its caseworker signs; it is submitted only
 * when a finance officer of the same municipality, another person, co-signs. IMDi then prepares the
 * outcome (R-REP-3, R-REP-4, R-REP-5) as a maker/checker {@link ReportOutcome}. Due two months
 * after the grant period (R-REP-1). Each verb refuses what its state or the actor does not allow.
 */
@Entity
@Table(name = "accounts_report")
public class AccountsReport {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "accounts_report_seq")
  @SequenceGenerator(
      name = "accounts_report_seq",
      sequenceName = "accounts_report_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false, updatable = false)
  private CaseFile caseFile;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "application_id", nullable = false, updatable = false)
  private Application application;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "decision_id", nullable = false, updatable = false)
  private Decision decision;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "municipality", nullable = false, updatable = false)
  private Municipality municipality;

  @Column(name = "grant_year", nullable = false, updatable = false)
  private int grantYear;

  @Column(name = "period_start", nullable = false, updatable = false)
  private LocalDate periodStart;

  @Column(name = "period_end", nullable = false, updatable = false)
  private LocalDate periodEnd;

  @Column(name = "due_date", nullable = false, updatable = false)
  private LocalDate dueDate;

  @Column(name = "granted", nullable = false, updatable = false, precision = 14, scale = 2)
  private BigDecimal granted;

  @Enumerated(EnumType.STRING)
  @Column(name = "contribution_zone", nullable = false, updatable = false, length = 8)
  private ContributionZone zone;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 32)
  private AccountsReportState state;

  @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<ReportMeasure> measures = new ArrayList<>();

  @OneToMany(mappedBy = "report", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<ReportAttachment> attachments = new ArrayList<>();

  @Embedded private OverrunClaim claim = OverrunClaim.none();

  @Embedded private Signatures signatures = Signatures.none();

  @Enumerated(EnumType.STRING)
  @Column(name = "reminder", length = 16)
  private Reminder reminder;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "saved_at", nullable = false)
  private Instant savedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected AccountsReport() {}

  AccountsReport(
      Decision decision, LocalDate periodStart, LocalDate periodEnd, LocalDate due, Instant at) {
    this.application = decision.getApplication();
    this.decision = decision;
    this.caseFile = application.getCaseFile();
    this.municipality = application.getApplicant();
    this.grantYear = application.getGrantYear();
    this.periodStart = periodStart;
    this.periodEnd = periodEnd;
    this.dueDate = due;
    this.granted = decision.getAmount().amount();
    ContributionZone applied = application.details().zone();
    this.zone = applied == null ? ContributionZone.I : applied;
    this.state = DRAFT;
    this.createdAt = at;
    this.savedAt = at;
  }

  void addMeasure(String name, Integer grantedPosition, List<CostLineEntry> lines) {
    measures.add(new ReportMeasure(this, measures.size(), name, grantedPosition, lines));
  }

  /** The municipality's caseworker saves the draft: measures, lines and any claim (R-REP-3). */
  public void saveDraft(ReportContent content, Actor by, String byMunicipality, Instant at) {
    ReportAccess.requireDraftEditor(this, by, byMunicipality);
    List<ReportMeasure> edited = ReportEditor.measures(this, content, zone, grantedPositions());
    Nok claim = ReportEditor.claim(content);
    measures.clear();
    measures.addAll(edited);
    claim().set(claim, content.claimReason());
    savedAt = at;
  }

  /** Attaches a stored document (the accounts, or another) to the draft. */
  public ReportAttachment attach(
      DocumentKind kind,
      String title,
      DocumentRef document,
      Actor by,
      String byMunicipality,
      Instant at) {
    ReportAccess.requireDraftEditor(this, by, byMunicipality);
    Objects.requireNonNull(document, "document");
    ReportAttachment attachment =
        ReportAttachment.of(this, kind, title, document, by.username(), at);
    attachments.add(attachment);
    savedAt = at;
    return attachment;
  }

  public void detach(long attachmentId, Actor by, String byMunicipality, Instant at) {
    ReportAccess.requireDraftEditor(this, by, byMunicipality);
    if (!attachments.removeIf(a -> Objects.equals(a.getId(), attachmentId))) {
      throw Refusal.of(CaseMessage.ATTACHMENT_UNKNOWN, attachmentId);
    }
    savedAt = at;
  }

  /** The caseworker signs (R-REP-1): the report needs measures and the accounts attached. */
  public StateChange<AccountsReportState> sign(Actor by, String byMunicipality, Instant at) {
    ReportAccess.requireSigner(this, by, byMunicipality);
    signatures().sign(by, at);
    return move("sign", SIGNED, by, at, null);
  }

  /**
   * The finance officer co-signs (R-REP-1, R-DOC-4): a MUNICIPALITY_FINANCE user of the same
   * municipality who did not sign; only now is the report submitted.
   */
  public StateChange<AccountsReportState> coSign(Actor by, String byMunicipality, Instant at) {
    ReportAccess.requireCoSigner(this, by, byMunicipality);
    signatures().coSign(by, at);
    return move("coSign", SUBMITTED, by, at, null);
  }

  /** The caseworker or the finance officer takes a signed report back to draft, saying why. */
  public StateChange<AccountsReportState> returnToDraft(
      Actor by, String byMunicipality, Instant at, String why) {
    ReportAccess.requireReturner(this, by, byMunicipality);
    String reason = Texts.required("reason", why, ReportEditor.REASON_LENGTH);
    signatures().withdraw();
    return move("returnToDraft", DRAFT, by, at, reason);
  }

  /** The outcome the rules give, with the measures IMDi finds outside the scheme left out. */
  public OutcomeComputation computeOutcome(Set<Integer> excludedPositions) {
    return OutcomeRules.compute(
        getGranted(),
        ReportingBasis.BUDGET,
        MeasureActual.of(measures, zone, grantedPositions(), excludedPositions),
        getClaimedOverrun());
  }

  /** An IMDi caseworker who has the case prepares the outcome for a second officer. */
  public PreparedOutcome prepareOutcome(
      Set<Integer> excludedPositions, String comment, Actor by, Instant at) {
    ReportAccess.requireOutcomePreparer(this, by, excludedPositions);
    ReportOutcome outcome =
        ReportOutcome.prepare(
            this, computeOutcome(excludedPositions), excludedPositions, comment, by, at);
    return new PreparedOutcome(outcome, move("prepareOutcome", OUTCOME_PREPARED, by, at, null));
  }

  StateChange<AccountsReportState> outcomeApproved(ReportOutcome outcome, Actor by, Instant at) {
    ReportAccess.requireState(this, OUTCOME_PREPARED);
    claim().routed(outcome.getKind() == OutcomeKind.OVERRUN_CLAIM);
    return move("approveOutcome", DECIDED, by, at, outcome.getKind().name());
  }

  StateChange<AccountsReportState> outcomeSentBack(Actor by, Instant at, String why) {
    ReportAccess.requireState(this, OUTCOME_PREPARED);
    return move("sendBackOutcome", SUBMITTED, by, at, why);
  }

  /**
   * The additional decision on the claimed overrun (R-REP-3), a supplement application, was
   * approved by a second officer: the claim is decided and leaves the queue.
   */
  public StateChange<AccountsReportState> claimDecided(
      long decisionId, String outcome, String by, Instant at) {
    if (state != DECIDED) {
      throw Refusal.of(CaseMessage.REPORT_CLAIM_NOT_OPEN);
    }
    claim().close();
    return new StateChange<>(
        "claimDecided", DECIDED, DECIDED, by, at, "R-REP-3 " + outcome + " " + decisionId);
  }

  /**
   * Records the reminder the day has reached (R-REP-1): due soon or overdue, while the report is
   * with the municipality; false when it was recorded before or does not apply.
   */
  public boolean remind(Reminder stage) {
    if (!state.withMunicipality() || (reminder != null && reminder.compareTo(stage) >= 0)) {
      return false;
    }
    reminder = stage;
    return true;
  }

  /** The positions of the measures the decision granted. */
  public Set<Integer> grantedPositions() {
    return decision.getGrantedMeasures().stream()
        .map(GrantedMeasure::position)
        .collect(Collectors.toUnmodifiableSet());
  }

  private StateChange<AccountsReportState> move(
      String action, AccountsReportState to, Actor by, Instant at, String why) {
    AccountsReportState from = state;
    state = to;
    return new StateChange<>(action, from, to, by.username(), at, why);
  }

  public Long getId() {
    return id;
  }

  public CaseFile getCaseFile() {
    return caseFile;
  }

  public Application getApplication() {
    return application;
  }

  public Decision getDecision() {
    return decision;
  }

  public Municipality getMunicipality() {
    return municipality;
  }

  public int getGrantYear() {
    return grantYear;
  }

  /** The grant year's period the report covers (R-GY-1). */
  public Period getPeriod() {
    return new Period(periodStart, periodEnd);
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public Nok getGranted() {
    return Nok.of(granted);
  }

  public ContributionZone getZone() {
    return zone;
  }

  public AccountsReportState getState() {
    return state;
  }

  public List<ReportMeasure> getMeasures() {
    return Collections.unmodifiableList(measures);
  }

  public List<ReportAttachment> getAttachments() {
    return Collections.unmodifiableList(attachments);
  }

  /** The overrun claimed with the report (R-REP-3), or {@code null}. */
  public Nok getClaimedOverrun() {
    return claim().amount();
  }

  public String getClaimReason() {
    return claim().reason();
  }

  public boolean isClaimOpen() {
    return claim().isOpen();
  }

  /** Never null: Hibernate leaves an embeddable of only nulls and false as it found it. */
  private OverrunClaim claim() {
    if (claim == null) {
      claim = OverrunClaim.none();
    }
    return claim;
  }

  public Signature getSignature() {
    return signatures().signature();
  }

  public Signature getCoSignature() {
    return signatures().coSignature();
  }

  /** Null when Hibernate loads a report without signatures. */
  private Signatures signatures() {
    if (signatures == null) {
      signatures = Signatures.none();
    }
    return signatures;
  }

  public Reminder getReminder() {
    return reminder;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSavedAt() {
    return savedAt;
  }

  public long getVersion() {
    return version;
  }
}

package no.imdi.grants.disability.application;

import static no.imdi.grants.disability.application.ApplicationState.DECIDED;
import static no.imdi.grants.disability.application.ApplicationState.DRAFT;
import static no.imdi.grants.disability.application.ApplicationState.PREPARED;
import static no.imdi.grants.disability.application.ApplicationState.SENT_BACK;
import static no.imdi.grants.disability.application.ApplicationState.SUBMITTED;
import static no.imdi.grants.disability.application.ApplicationState.UNDER_ASSESSMENT;
import static no.imdi.grants.disability.application.ApplicationState.WAITING_FOR_DOCUMENTATION;
import static no.imdi.grants.disability.application.ApplicationState.WITHDRAWN;

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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import no.imdi.grants.casefile.CaseFile;
import no.imdi.grants.casefile.CaseMessage;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.casefile.StateChange;
import no.imdi.grants.casefile.Texts;
import no.imdi.grants.disability.AppliedRate;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.disability.documentation.DocumentationChecklist;
import no.imdi.grants.journal.DocumentRef;
import no.imdi.grants.municipality.Municipality;
import no.imdi.grants.security.Actor;

/**
 * An application (*søknad*) for the disability grant: one grant year, T1 or T2, and for T2 budget-
 * or accounts-based (R-REP-2); a conversion of a granted T1 into T2 (R-T2-5) is a T2 application
 * that names the T1 application. The municipality that applies fills it in as a draft, attaches the
 * checklist's documents and submits it; IMDi assesses it, may ask for documentation, and prepares a
 * decision that a second officer approves or sends back. Each verb refuses what its state or the
 * actor's role does not allow and returns the state change it made.
 */
@Entity
@Table(name = "grant_application")
public class Application {

  static final int COMMENT_LENGTH = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grant_application_seq")
  @SequenceGenerator(
      name = "grant_application_seq",
      sequenceName = "grant_application_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false, updatable = false)
  private CaseFile caseFile;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "applicant", nullable = false, updatable = false)
  private Municipality applicant;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false, length = 8)
  private GrantKind kind;

  @Column(name = "grant_year", nullable = false, updatable = false)
  private int grantYear;

  @Enumerated(EnumType.STRING)
  @Column(name = "basis", length = 16)
  private ReportingBasis basis;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "conversion_of", updatable = false)
  private Application conversionOf;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 32)
  private ApplicationState state;

  @Embedded private HealthInformation health;

  @Embedded private ApplicationDetails details;

  @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<ApplicationMeasure> measures = new ArrayList<>();

  @OneToMany(mappedBy = "application", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("id")
  private List<Attachment> attachments = new ArrayList<>();

  @Column(name = "created_by", nullable = false, updatable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "saved_at", nullable = false)
  private Instant savedAt;

  @Embedded private Submission submission;

  @Embedded private Supplement supplement;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", length = 16)
  private DecisionOutcome outcome;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Application() {}

  Application(
      CaseFile caseFile,
      Municipality applicant,
      GrantKind kind,
      int grantYear,
      ReportingBasis basis,
      Application conversionOf,
      String by,
      Instant at) {
    this.caseFile = Objects.requireNonNull(caseFile, "caseFile");
    this.applicant = Objects.requireNonNull(applicant, "applicant");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.grantYear = grantYear;
    this.basis = basis;
    this.conversionOf = conversionOf;
    this.state = DRAFT;
    this.createdBy = by;
    this.createdAt = at;
    this.savedAt = at;
  }

  /** The municipality saves the draft form: everything it filled in, replacing what was there. */
  public void saveDraft(DraftContent content, Actor by, Instant at) {
    ApplicationAccess.requireMunicipality(this, by, DRAFT);
    DraftEditor.apply(this, content);
    savedAt = at;
  }

  /**
   * Attaches a stored document to a checklist item. The municipality attaches to its draft and,
   * after submitting, sends documents later (asked for or not); IMDi registers documents that
   * arrive by other routes while it has the application.
   */
  public Attachment attach(
      DocumentKind kind,
      String title,
      DocumentRef document,
      boolean healthData,
      Actor by,
      Instant at) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(document, "document");
    ApplicationAccess.requireAttacher(this, by);
    String name = Texts.required("title", title, 500);
    Attachment attachment =
        new Attachment(this, kind, name, document, healthData, by.username(), at);
    attachments.add(attachment);
    savedAt = at;
    return attachment;
  }

  /** Removes an attachment of the draft. */
  public void detach(long attachmentId, Actor by, Instant at) {
    ApplicationAccess.requireMunicipality(this, by, DRAFT);
    if (!attachments.removeIf(a -> Objects.equals(a.getId(), attachmentId))) {
      throw Refusal.of(CaseMessage.ATTACHMENT_UNKNOWN, attachmentId);
    }
    savedAt = at;
  }

  /** The documentation checklist (R-DOC) for the application's grant kind, year and answers. */
  public DocumentationChecklist checklist(SubmissionContext context) {
    return SubmissionRules.checklist(this, context);
  }

  /** What submitting now would find, without submitting. */
  public SubmissionCheck check(SubmissionContext context) {
    return SubmissionRules.check(this, context);
  }

  /**
   * Submits the draft. Refused while the check finds a refusal; warnings need the municipality's
   * comment; a late application is accepted and flagged for dismissal (R-DL-6).
   */
  public StateChange<ApplicationState> submit(
      SubmissionContext context, String comment, Actor by, Instant at) {
    ApplicationAccess.requireMunicipality(this, by, DRAFT);
    SubmissionCheck check = check(context);
    submission = Submission.accept(check, context.receivedOn(), comment, by.username(), at);
    String why = check.toBeDismissed() ? "R-DL-6" : null;
    return move("submit", SUBMITTED, by, at, why);
  }

  /** An IMDi caseworker who has the case starts assessing the submitted application. */
  public StateChange<ApplicationState> startAssessment(Actor by, Instant at) {
    ApplicationAccess.requireCaseworker(this, by, SUBMITTED);
    return move("startAssessment", UNDER_ASSESSMENT, by, at, null);
  }

  /** IMDi asks for documentation (an enquiry with a reply date): the application waits. */
  public StateChange<ApplicationState> awaitDocumentation(Actor by, Instant at, String why) {
    ApplicationAccess.requireCaseworker(this, by, SUBMITTED, UNDER_ASSESSMENT, SENT_BACK);
    return move("awaitDocumentation", WAITING_FOR_DOCUMENTATION, by, at, why);
  }

  /**
   * The assessment goes on: the municipality answered the request for documentation, or IMDi
   * resumes without the answer (the reply date has passed).
   */
  public StateChange<ApplicationState> resumeAssessment(Actor by, Instant at, String why) {
    ApplicationAccess.requireParty(this, by, WAITING_FOR_DOCUMENTATION);
    return move("resumeAssessment", UNDER_ASSESSMENT, by, at, why);
  }

  /**
   * An IMDi caseworker who has the case prepares a decision for a second officer (R-DEC-1), within
   * the limits of the measures and the grant year's rate (the T1 rate or the T2 cap).
   */
  public PreparedDecision prepareDecision(
      DecisionDraft draft, AppliedRate rate, Actor by, Instant at) {
    ApplicationAccess.requireCaseworker(this, by, UNDER_ASSESSMENT, SENT_BACK);
    Decision decision = Decision.prepare(this, draft, DecisionLimits.of(this, rate), by, at);
    StateChange<ApplicationState> change = move("prepareDecision", PREPARED, by, at, null);
    return new PreparedDecision(decision, change);
  }

  StateChange<ApplicationState> decided(Decision decision, Actor by, Instant at) {
    ApplicationAccess.requireState(this, PREPARED);
    outcome = decision.getOutcome();
    decidedAt = at;
    return move("approve", DECIDED, by, at, outcome.name());
  }

  StateChange<ApplicationState> reopened(Actor by, Instant at, String why) {
    ApplicationAccess.requireState(this, DECIDED);
    outcome = null;
    decidedAt = null;
    return move("reopen", UNDER_ASSESSMENT, by, at, Texts.optional("reason", why, COMMENT_LENGTH));
  }

  StateChange<ApplicationState> sentBack(Actor by, Instant at, String why) {
    ApplicationAccess.requireState(this, PREPARED);
    return move("sendBack", SENT_BACK, by, at, why);
  }

  /** The municipality withdraws the application; not while a decision waits for approval. */
  public StateChange<ApplicationState> withdraw(Actor by, Instant at, String why) {
    ApplicationAccess.requireMunicipality(
        this, by, DRAFT, SUBMITTED, WAITING_FOR_DOCUMENTATION, UNDER_ASSESSMENT, SENT_BACK);
    String reason = Texts.optional("reason", why, COMMENT_LENGTH);
    return move("withdraw", WITHDRAWN, by, at, reason);
  }

  /** R-REP-3: IMDi opens a supplement for assessment at once; it has no draft of its own. */
  StateChange<ApplicationState> openAsSupplement(Supplement of, Actor by, Instant at) {
    ApplicationAccess.requireState(this, DRAFT);
    supplement = Objects.requireNonNull(of, "of");
    state = UNDER_ASSESSMENT;
    return new StateChange<>("startSupplement", null, state, by.username(), at, "R-REP-3");
  }

  /** The claim the application decides as an additional decision (R-REP-3), or {@code null}. */
  public Supplement supplement() {
    return supplement != null && supplement.isPresent() ? supplement : null;
  }

  public boolean isSupplement() {
    return supplement() != null;
  }

  /** Decided with a grant, whole or in part. */
  public boolean isGranted() {
    return state == DECIDED && outcome != null && outcome.granted();
  }

  public boolean isConversion() {
    return conversionOf != null;
  }

  boolean has(DocumentKind kind) {
    return attachments.stream().anyMatch(a -> a.getKind() == kind);
  }

  private StateChange<ApplicationState> move(
      String action, ApplicationState to, Actor by, Instant at, String why) {
    ApplicationState from = state;
    state = to;
    return new StateChange<>(action, from, to, by.username(), at, why);
  }

  void replaceContent(
      HealthInformation health, ApplicationDetails details, List<ApplicationMeasure> measures) {
    this.health = health;
    this.details = details;
    this.measures.clear();
    this.measures.addAll(measures);
  }

  /** The health information (R-T-TG-2): health data, read through the access-logged services. */
  public HealthInformation health() {
    return health == null ? HealthInformation.NONE : health;
  }

  public Long getId() {
    return id;
  }

  public CaseFile getCaseFile() {
    return caseFile;
  }

  public Municipality getApplicant() {
    return applicant;
  }

  public GrantKind getKind() {
    return kind;
  }

  public int getGrantYear() {
    return grantYear;
  }

  public ReportingBasis getBasis() {
    return basis;
  }

  public Application getConversionOf() {
    return conversionOf;
  }

  public ApplicationState getState() {
    return state;
  }

  public ApplicationDetails details() {
    return details == null ? ApplicationDetails.NONE : details;
  }

  public List<ApplicationMeasure> getMeasures() {
    return Collections.unmodifiableList(measures);
  }

  public List<Attachment> getAttachments() {
    return Collections.unmodifiableList(attachments);
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getSavedAt() {
    return savedAt;
  }

  /** How it was submitted; {@code null} for a draft. */
  public Submission getSubmission() {
    return submission;
  }

  public DecisionOutcome getOutcome() {
    return outcome;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public long getVersion() {
    return version;
  }
}

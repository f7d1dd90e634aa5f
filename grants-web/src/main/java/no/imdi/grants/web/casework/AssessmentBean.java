package no.imdi.grants.web.casework;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.imdi.grants.audit.PersonAccess;
import no.imdi.grants.casefile.CaseRefusedException;
import no.imdi.grants.disability.application.ApplicationState;
import no.imdi.grants.disability.application.ApplicationView;
import no.imdi.grants.disability.application.ApplicationView.AttachmentView;
import no.imdi.grants.disability.application.AssessmentService;
import no.imdi.grants.disability.application.AssessmentView;
import no.imdi.grants.disability.application.CaseReadService;
import no.imdi.grants.disability.application.DecisionLimitsView;
import no.imdi.grants.disability.application.GrantYearStatus;
import no.imdi.grants.disability.application.HealthInformation;
import no.imdi.grants.disability.application.ImdiCaseService;
import no.imdi.grants.disability.application.RuleCheck;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.web.shared.Ids;
import no.imdi.grants.web.shared.Messages;
import no.imdi.grants.web.shared.Pages;

/**
 * IMDi's assessment of one application ({@code app/assessment.xhtml?application=}): the person's
 * facts and grant years with their deadlines and reasons, the checklist's documents (each opened
 * through the case's scope, a health document with the purpose written to the access log), the
 * health information only after "show health information" with a purpose (and who else read it),
 * the cost calculation recomputed, the rule checks each passed or failed with its reasons, and the
 * decision prepared for a second officer ({@link DecisionForm}). Another municipality's or a
 * missing application answers 404, a role that does not assess 403.
 */
@Named
@ViewScoped
public class AssessmentBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CaseReadService reads;
  @EJB private ImdiCaseService imdi;
  @EJB private AssessmentService assessments;
  @Inject private Casework casework;
  @Inject private Messages messages;
  @Inject private CaseDocuments documents;

  private String applicationParam;
  private Long id;
  private ApplicationView application;
  private AssessmentView assessment;
  private DecisionLimitsView limits;
  private transient List<GrantYearStatus> grantYears;
  private transient List<PersonAccess> reads_;
  private String purpose;
  private HealthInformation health;
  private final DecisionForm decision = new DecisionForm();
  private final DocumentationRequestForm documentation = new DocumentationRequestForm();

  public void load() {
    if (application != null) {
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!casework.isSeesQueue()) {
      Pages.refuse(faces, 403);
      return;
    }
    id = Ids.parse(applicationParam);
    if (id == null) {
      Pages.refuse(faces, 404);
      return;
    }
    try {
      refresh();
    } catch (AccessDeniedException e) {
      application = null;
      Pages.refuse(faces, 404);
    } catch (EJBAccessException e) {
      application = null;
      Pages.refuse(faces, 403);
    }
  }

  private void refresh() {
    application = reads.application(id);
    assessment = assessments.assessment(id);
    try {
      limits = imdi.limits(id);
    } catch (CaseRefusedException | IllegalArgumentException e) {
      limits = null;
    }
    grantYears = null;
    reads_ = null;
    decision.startFrom(application, limits);
  }

  /** Shows the health information: the purpose is required and written to the access log. */
  public void showHealth() {
    if (purpose == null || purpose.isBlank()) {
      messages.addProblems(
          "healthForm", List.of(no.imdi.grants.shared.FieldProblem.of("purpose", "required")));
      return;
    }
    try {
      health = reads.health(id, purpose.strip());
      reads_ = null;
    } catch (RuntimeException e) {
      if (!Failures.show(messages, "healthForm", e)) {
        throw e;
      }
    }
  }

  public void hideHealth() {
    health = null;
  }

  /** Opens an attached document; a health document's opening is access-logged with a purpose. */
  public void open(AttachmentView attachment) {
    String why = purpose == null || purpose.isBlank() ? defaultPurpose() : purpose.strip();
    documents.send(assessment.caseFile().id(), attachment.document().documentId(), why);
  }

  String defaultPurpose() {
    return "Vurdering av søknad " + id + ", sak " + application.summary().caseNumber();
  }

  public void startAssessment() {
    run("assessment.started", () -> imdi.startAssessment(id, application.summary().version()));
  }

  public void requestDocumentation() {
    java.time.LocalDate replyBy = documentation.replyBy("documentationForm", messages);
    if (replyBy == null) {
      return;
    }
    run(
        "assessment.documentationRequested",
        () ->
            imdi.requestDocumentation(
                id,
                application.summary().version(),
                documentation.getSubject(),
                documentation.getText(),
                replyBy),
        "documentationForm");
  }

  public void resumeAssessment() {
    run(
        "assessment.resumed",
        () -> imdi.resumeAssessment(id, application.summary().version(), documentation.getText()),
        "documentationForm");
  }

  /** Prepares the decision for a second officer; the service computes and checks the amount. */
  public void prepare() {
    run(
        "assessment.prepared",
        () -> imdi.prepareDecision(id, application.summary().version(), decision.draft()),
        "decisionForm");
  }

  private void run(String done, Runnable call) {
    run(done, call, null);
  }

  private void run(String done, Runnable call, String formId) {
    try {
      call.run();
      refresh();
      messages.info(done, application.summary().caseNumber());
    } catch (RuntimeException e) {
      if (!Failures.show(messages, formId, e)) {
        throw e;
      }
    }
  }

  public boolean isTakenByMe() {
    String me = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    return assessment != null
        && assessment.caseFile().assignedTo() != null
        && assessment.caseFile().assignedTo().equalsIgnoreCase(me);
  }

  public boolean isMayStart() {
    return casework.isCaseworker()
        && isTakenByMe()
        && application.summary().state() == ApplicationState.SUBMITTED;
  }

  public boolean isMayPrepare() {
    ApplicationState state = application.summary().state();
    return casework.isCaseworker()
        && isTakenByMe()
        && (state == ApplicationState.UNDER_ASSESSMENT || state == ApplicationState.SENT_BACK);
  }

  public boolean isMayRequest() {
    ApplicationState state = application.summary().state();
    return casework.isCaseworker()
        && isTakenByMe()
        && (state == ApplicationState.SUBMITTED
            || state == ApplicationState.UNDER_ASSESSMENT
            || state == ApplicationState.SENT_BACK);
  }

  public boolean isMayResume() {
    return casework.isCaseworker()
        && isTakenByMe()
        && application.summary().state() == ApplicationState.WAITING_FOR_DOCUMENTATION;
  }

  /** A rule check's reasons in the reader's language. */
  public String why(RuleCheck check) {
    return check.explanation() != null
        ? check.explanation().text(messages.locale())
        : messages.text(check.messageKey(), check.arguments().toArray());
  }

  public String text(no.imdi.grants.shared.Explanation explanation) {
    return explanation == null ? "" : explanation.text(messages.locale());
  }

  public String refusal(no.imdi.grants.casefile.Refusal refusal) {
    return messages.text(refusal.messageKey(), refusal.arguments().toArray());
  }

  public List<GrantYearStatus> getGrantYears() {
    if (grantYears == null && assessment != null) {
      grantYears = reads.grantYears(assessment.caseFile().id());
    }
    return grantYears;
  }

  /** Who read the person's record and health data, and why, newest first. */
  public List<PersonAccess> getReads() {
    if (reads_ == null && assessment != null) {
      reads_ = reads.reads(assessment.caseFile().id());
    }
    return reads_;
  }

  public ApplicationView getApplication() {
    return application;
  }

  public AssessmentView getAssessment() {
    return assessment;
  }

  public DecisionLimitsView getLimits() {
    return limits;
  }

  public HealthInformation getHealth() {
    return health;
  }

  public DecisionForm getDecision() {
    return decision;
  }

  public DocumentationRequestForm getDocumentation() {
    return documentation;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public String getApplicationParam() {
    return applicationParam;
  }

  public void setApplicationParam(String applicationParam) {
    this.applicationParam = applicationParam;
  }

  public Long getId() {
    return id;
  }
}

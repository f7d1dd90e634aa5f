package no.imdi.grants.web.casefile;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.imdi.grants.casefile.CaseRefusedException;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.disability.application.ApplicationState;
import no.imdi.grants.disability.application.ApplicationView;
import no.imdi.grants.disability.application.CaseReadService;
import no.imdi.grants.disability.application.DecisionOutcome;
import no.imdi.grants.disability.application.DraftView;
import no.imdi.grants.disability.application.HealthInformation;
import no.imdi.grants.disability.application.MunicipalityCaseService;
import no.imdi.grants.disability.application.ReportingBasis;
import no.imdi.grants.disability.application.SubmissionCheck;
import no.imdi.grants.disability.cost.ContributionZone;
import no.imdi.grants.disability.cost.CostCalculation;
import no.imdi.grants.disability.cost.TimeCategory;
import no.imdi.grants.disability.documentation.DocumentationChecklist;
import no.imdi.grants.document.DocumentIntake;
import no.imdi.grants.document.UploadRefusal;
import no.imdi.grants.rules.RulesService;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.shared.ConcurrentChangeException;
import no.imdi.grants.shared.InvalidInputException;
import no.imdi.grants.web.shared.Ids;
import no.imdi.grants.web.shared.Messages;
import no.imdi.grants.web.shared.Pages;
import no.imdi.grants.web.shared.UploadTooLarge;

/**
 * The application form ({@code /app/application.xhtml?id=}): the municipality's caseworker fills in
 * the draft, which is saved at every step (each button saves what was typed first) and can be left
 * and resumed; the totals of the cost calculation are recomputed as the lines are typed (R-COST-7)
 * against the T1 or T2 threshold (R-T1-1, R-T2-1). Submitting first checks (refusals, warnings to
 * override with a comment, a late application told before it is confirmed, R-DL-6), then submits. A
 * submitted application is shown read-only. Opening the form reads the health information, which
 * the service writes to the access log. Another municipality's application answers 404.
 */
@Named
@ViewScoped
public class ApplicationBean implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "appForm";

  @EJB private CaseReadService reads;
  @EJB private DocumentIntake intake;
  @EJB private MunicipalityCaseService municipality;
  @EJB private RulesService rules;
  @Inject private CaseAccess access;
  @Inject private Messages messages;
  @Inject private CaseFeedback feedback;

  private String idParam;
  private Long id;
  private ApplicationView view;
  private ApplicationForm form;
  private boolean editable;
  private DocumentationChecklist checklist;
  private SubmissionCheck check;
  private String overrideComment;
  private ReportingBasis conversionBasis = ReportingBasis.BUDGET;
  private CostCalculation costs;

  public void load() {
    if (view != null) {
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    id = Ids.parse(idParam);
    if (id == null) {
      Pages.refuse(faces, 404);
      return;
    }
    try {
      ApplicationView read = reads.application(id);
      if (access.isMunicipalityCaseworker() && read.summary().state() == ApplicationState.DRAFT) {
        DraftView draft = municipality.draft(id, "Utfylling av søknad om tilskudd");
        view = draft.application();
        form = ApplicationForm.of(view, draft.health());
        editable = true;
        checklist = municipality.checklist(id);
      } else {
        view = read;
        HealthInformation health = reads.health(id, "Lese innsendt søknad i saken");
        form = ApplicationForm.of(view, health);
        checklist = access.isMunicipalityCaseworker() ? municipality.checklist(id) : null;
      }
      recalculate();
      if (UploadTooLarge.take(faces.getExternalContext())) {
        messages.error(
            UploadRefusal.TOO_LARGE.messageKey(), intake.limits().maxBytes() / (1024 * 1024));
      }
    } catch (AccessDeniedException e) {
      Pages.refuse(faces, 404);
    } catch (EJBAccessException e) {
      Pages.refuse(faces, 403);
    }
  }

  /** Saves what was typed; the page stays. */
  public String save() {
    return saveDraft() ? reopened("application.saved") : null;
  }

  /**
   * After a change that was stored: the form again at its own address (so that reloading or
   * bookmarking it works), with the message.
   */
  String reopened(String key, Object... arguments) {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    messages.info(key, arguments);
    return "/app/application?faces-redirect=true&id=" + id;
  }

  /** Saves the draft (every step does this first); false when it was refused. */
  boolean saveDraft() {
    check = null;
    try {
      municipality.saveDraft(id, view.summary().version(), form.toDraft());
      refresh();
      return true;
    } catch (CaseRefusedException e) {
      feedback.refused(FORM, e);
    } catch (ConcurrentChangeException e) {
      messages.error("case.concurrentChange");
      FacesContext.getCurrentInstance().validationFailed();
    } catch (AccessDeniedException | EJBAccessException e) {
      messages.error("case.denied");
    } catch (EJBException e) {
      messages.error("case.failed");
    }
    return false;
  }

  /** Reads the stored application again (without its health information) for its new version. */
  void refresh() {
    view = reads.application(id);
    checklist = municipality.checklist(id);
    recalculate();
  }

  /** A new, empty measure on the form; it is saved with the next step, once it has a name. */
  public String addMeasure() {
    form.addMeasure();
    return null;
  }

  public String removeMeasure(int index) {
    form.removeMeasure(index);
    return saveDraft() ? reopened("application.saved") : null;
  }

  /** A new, empty cost line; it is saved with the next step, once it is filled in. */
  public String addLine(int measure) {
    form.addLine(measure);
    return null;
  }

  public String removeLine(int measure, int line) {
    form.removeLine(measure, line);
    return saveDraft() ? reopened("application.saved") : null;
  }

  /** Recomputes the totals from what is typed now (the lines' AJAX events). */
  public void recalculate() {
    ContributionZone zone = form == null ? null : form.getZone();
    costs = null;
    if (zone == null || form.calculable().isEmpty()) {
      return;
    }
    try {
      costs = rules.costCalculation(zone, form.calculable());
    } catch (InvalidInputException | EJBException e) {
      costs = null;
    }
  }

  /** The live cost calculation of the complete lines, or {@code null} when none can be made. */
  public CostCalculation getCosts() {
    return costs;
  }

  /** The threshold's verdict of the application's kind, as a sentence (R-T1-1, R-T2-1). */
  public String getThreshold() {
    CostCalculation costs = getCosts();
    if (costs == null) {
      return null;
    }
    return (view.summary().kind() == GrantKind.T1 ? costs.t1Threshold() : costs.t2Threshold())
        .explanation()
        .text(messages.locale());
  }

  public boolean isThresholdMet() {
    CostCalculation costs = getCosts();
    return costs != null
        && (view.summary().kind() == GrantKind.T1
            ? costs.meetsT1Threshold()
            : costs.meetsT2Threshold());
  }

  /** First step of submitting: saves, checks, and shows what the check found. */
  public String check() {
    if (!saveDraft()) {
      return null;
    }
    try {
      check = municipality.checkSubmission(id);
    } catch (CaseRefusedException e) {
      feedback.refused(FORM, e);
    }
    return null;
  }

  /** Second step: submits as confirmed, with the comment that overrides the warnings. */
  public String submit() {
    if (check == null || !check.maySubmit()) {
      return null;
    }
    try {
      SubmissionCheck done = municipality.submit(id, view.summary().version(), overrideComment);
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      messages.info(done.toBeDismissed() ? "application.submittedLate" : "application.submitted");
      return "/app/application?faces-redirect=true&id=" + id;
    } catch (CaseRefusedException e) {
      feedback.refused(FORM, e);
    } catch (ConcurrentChangeException e) {
      check = null;
      messages.error("case.concurrentChange");
    } catch (AccessDeniedException | EJBAccessException e) {
      messages.error("case.denied");
    }
    return null;
  }

  public void cancelSubmit() {
    check = null;
  }

  /** Asks to convert this granted T1 into T2 (R-T2-5): a T2 draft linked to it. */
  public String requestConversion() {
    try {
      long t2 = municipality.startConversion(id, conversionBasis);
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      messages.info("conversion.started");
      return "/app/application?faces-redirect=true&id=" + t2;
    } catch (CaseRefusedException e) {
      feedback.refused("conversionForm", e);
    } catch (ConcurrentChangeException e) {
      messages.error("case.concurrentChange");
    } catch (AccessDeniedException | EJBAccessException e) {
      messages.error("case.denied");
    }
    return null;
  }

  /** A granted T1 whose period may still run: the municipality may ask to convert it (R-T2-5). */
  public boolean isConvertible() {
    return access.isMunicipalityCaseworker()
        && view != null
        && view.summary().kind() == GrantKind.T1
        && view.summary().state() == ApplicationState.DECIDED
        && (view.summary().outcome() == DecisionOutcome.GRANTED
            || view.summary().outcome() == DecisionOutcome.PARTLY_GRANTED);
  }

  public List<String> getRefusals() {
    return check == null ? List.of() : feedback.texts(check.refusals());
  }

  public List<String> getWarnings() {
    return check == null ? List.of() : feedback.texts(check.warnings());
  }

  public List<String> getNotices() {
    return check == null ? List.of() : feedback.texts(check.notices());
  }

  public boolean isConfirming() {
    return check != null && check.maySubmit();
  }

  public SubmissionCheck getCheck() {
    return check;
  }

  public ContributionZone[] getZones() {
    return ContributionZone.values();
  }

  public TimeCategory[] getCategories() {
    return TimeCategory.values();
  }

  public ReportingBasis[] getBases() {
    return ReportingBasis.values();
  }

  public Long getId() {
    return id;
  }

  public ApplicationView getView() {
    return view;
  }

  public ApplicationForm getForm() {
    return form;
  }

  public boolean isEditable() {
    return editable && view != null && view.summary().state() == ApplicationState.DRAFT;
  }

  public DocumentationChecklist getChecklist() {
    return checklist;
  }

  public String getOverrideComment() {
    return overrideComment;
  }

  public void setOverrideComment(String overrideComment) {
    this.overrideComment = overrideComment;
  }

  public ReportingBasis getConversionBasis() {
    return conversionBasis;
  }

  public void setConversionBasis(ReportingBasis conversionBasis) {
    this.conversionBasis = conversionBasis;
  }

  public String getIdParam() {
    return idParam;
  }

  public void setIdParam(String idParam) {
    this.idParam = idParam;
  }
}

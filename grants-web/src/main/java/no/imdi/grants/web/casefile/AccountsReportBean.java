package no.imdi.grants.web.casefile;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import no.imdi.grants.casefile.CaseRefusedException;
import no.imdi.grants.disability.application.DocumentKind;
import no.imdi.grants.disability.cost.CostCalculation;
import no.imdi.grants.disability.cost.CostCalculator;
import no.imdi.grants.disability.cost.Measure;
import no.imdi.grants.disability.cost.TimeCategory;
import no.imdi.grants.disability.report.AccountsReportState;
import no.imdi.grants.disability.report.AccountsReportView;
import no.imdi.grants.disability.report.ImdiReportService;
import no.imdi.grants.disability.report.MunicipalityReportService;
import no.imdi.grants.document.DocumentIntake;
import no.imdi.grants.document.IntakeResult;
import no.imdi.grants.document.UploadRefusal;
import no.imdi.grants.journal.DocumentRef;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.Role;
import no.imdi.grants.shared.ConcurrentChangeException;
import no.imdi.grants.shared.Nok;
import no.imdi.grants.web.shared.Ids;
import no.imdi.grants.web.shared.Messages;
import no.imdi.grants.web.shared.Pages;

/**
 * A T2 accounts report ({@code /app/accounts-report.xhtml?id=}, R-REP-1). The municipality's
 * caseworker fills in the actual costs per measure on the application's cost lines, with the totals
 * recomputed as they are typed against the grant (R-COST-7), attaches the accounts (the
 * application's upload checks) and signs; each step saves what was typed first. The finance officer
 * sees the signed report and co-signs it, which submits it, or returns it to draft. IMDi's roles
 * see it read-only with the review ({@link AccountsReviewBean}). Another municipality's report
 * answers 404.
 */
@Named
@ViewScoped
public class AccountsReportBean implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String FORM = "reportForm";
  private static final long MEGABYTE = 1024 * 1024;

  @EJB private MunicipalityReportService municipality;
  @EJB private ImdiReportService imdi;
  @EJB private DocumentIntake intake;
  @Inject private SecurityContext security;
  @Inject private Messages messages;
  @Inject private CaseFeedback feedback;

  private String idParam;
  private Long id;
  private AccountsReportView view;
  private AccountsReportForm form;
  private CostCalculation costs;
  private transient Part file;
  private String title;
  private boolean accountsDocument = true;
  private String returnReason;

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
      refresh();
    } catch (AccessDeniedException e) {
      Pages.refuse(faces, 404);
    } catch (EJBAccessException e) {
      Pages.refuse(faces, 403);
    }
  }

  void refresh() {
    view = isImdi() ? imdi.report(id) : municipality.report(id);
    form = AccountsReportForm.of(view);
    recalculate();
  }

  /** The live totals of what is typed (R-COST-7); none while a line is incomplete or invalid. */
  public void recalculate() {
    List<Measure> measures = form.calculable();
    try {
      costs = measures.isEmpty() ? null : new CostCalculator().calculate(view.zone(), measures);
    } catch (IllegalArgumentException e) {
      costs = null;
    }
  }

  /** The typed total less the grant: positive is above the grant (R-REP-3), negative unused. */
  public Nok getDifference() {
    return costs == null ? null : costs.total().minus(view.granted());
  }

  public String save() {
    return saveDraft() ? reopened("accounts.saved") : null;
  }

  public String addMeasure() {
    form.addMeasure();
    return null;
  }

  public String removeMeasure(int index) {
    form.removeMeasure(index);
    recalculate();
    return null;
  }

  public String addLine(int measure) {
    form.addLine(measure);
    return null;
  }

  public String removeLine(int measure, int line) {
    form.removeLine(measure, line);
    recalculate();
    return null;
  }

  /** Saves, checks and stores the PDF, and attaches it (R-REP-1: the accounts). */
  public String upload() {
    if (!saveDraft()) {
      return null;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    if (file == null
        || file.getSubmittedFileName() == null
        || file.getSubmittedFileName().isBlank()) {
      fieldError(faces, "file", "application.upload.fileRequired");
      return null;
    }
    IntakeResult result;
    Part part = file;
    file = null;
    try (InputStream in = part.getInputStream()) {
      result =
          intake.receive(
              part.getSubmittedFileName(),
              in,
              faces.getExternalContext().getUserPrincipal().getName());
    } catch (IOException e) {
      result = new IntakeResult.Refused(UploadRefusal.DAMAGED);
    }
    if (result instanceof IntakeResult.Refused refused) {
      fieldError(
          faces, "file", refused.reason().messageKey(), intake.limits().maxBytes() / MEGABYTE);
      return null;
    }
    IntakeResult.Stored stored = (IntakeResult.Stored) result;
    String name =
        title == null || title.isBlank() ? stored.document().displayName().value() : title;
    DocumentKind kind = accountsDocument ? DocumentKind.ACCOUNTS_REPORT : DocumentKind.OTHER;
    return step(
        () ->
            municipality.attach(id, view.version(), kind, name, DocumentRef.of(stored.document())),
        "accounts.uploaded",
        name);
  }

  public String detach(long attachmentId) {
    if (!saveDraft()) {
      return null;
    }
    return step(() -> municipality.detach(id, view.version(), attachmentId), "accounts.removed");
  }

  /** The caseworker signs; the report waits for the finance officer (R-REP-1). */
  public String sign() {
    if (!saveDraft()) {
      return null;
    }
    return step(() -> municipality.sign(id, view.version()), "accounts.signed");
  }

  /** The finance officer co-signs: the report is submitted (R-REP-1). */
  public String coSign() {
    return step(() -> municipality.coSign(id, view.version()), "accounts.coSigned");
  }

  public String returnToDraft() {
    return step(
        () -> municipality.returnToDraft(id, view.version(), returnReason), "accounts.returned");
  }

  private boolean saveDraft() {
    try {
      municipality.saveDraft(id, view.version(), form.toContent());
      view = municipality.report(id);
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

  private String step(Runnable call, String done, Object... arguments) {
    try {
      call.run();
      return reopened(done, arguments);
    } catch (CaseRefusedException e) {
      feedback.refused(FORM, e);
    } catch (ConcurrentChangeException e) {
      messages.error("case.concurrentChange");
    } catch (AccessDeniedException | EJBAccessException e) {
      messages.error("case.denied");
    } catch (EJBException e) {
      messages.error("case.failed");
    }
    return null;
  }

  String reopened(String key, Object... arguments) {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    messages.info(key, arguments);
    return "/app/accounts-report?faces-redirect=true&id=" + id;
  }

  private void fieldError(FacesContext faces, String field, String key, Object... args) {
    faces.addMessage(FORM + ":" + field, messages.message(FacesMessage.SEVERITY_ERROR, key, args));
    faces.validationFailed();
  }

  /** The typed total against the T2 threshold (R-T2-1, R-REP-5), in the reader's language. */
  public String getThresholdNote() {
    return costs == null ? "" : costs.t2Threshold().explanation().text(messages.locale());
  }

  /** Why the report is due when it is (R-REP-1), in the reader's language. */
  public String getDueReason() {
    return view == null ? "" : view.dueReason().text(messages.locale());
  }

  public boolean isEditable() {
    return isCaseworker() && view != null && view.state() == AccountsReportState.DRAFT;
  }

  public boolean isMayCoSign() {
    return security.isCallerInRole(Role.MUNICIPALITY_FINANCE_NAME)
        && view != null
        && view.state() == AccountsReportState.SIGNED;
  }

  public boolean isMayReturn() {
    return (isCaseworker() || security.isCallerInRole(Role.MUNICIPALITY_FINANCE_NAME))
        && view != null
        && view.state() == AccountsReportState.SIGNED;
  }

  public boolean isCaseworker() {
    return security.isCallerInRole(Role.MUNICIPALITY_CASEWORKER_NAME);
  }

  public boolean isImdi() {
    return security.isCallerInRole(Role.IMDI_CASEWORKER_NAME)
        || security.isCallerInRole(Role.IMDI_APPROVER_NAME);
  }

  public TimeCategory[] getCategories() {
    return TimeCategory.values();
  }

  public long getMaxMegabytes() {
    return intake.limits().maxBytes() / MEGABYTE;
  }

  public Long getId() {
    return id;
  }

  public String getIdParam() {
    return idParam;
  }

  public void setIdParam(String idParam) {
    this.idParam = idParam;
  }

  public AccountsReportView getView() {
    return view;
  }

  public AccountsReportForm getForm() {
    return form;
  }

  public CostCalculation getCosts() {
    return costs;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public boolean isAccountsDocument() {
    return accountsDocument;
  }

  public void setAccountsDocument(boolean accountsDocument) {
    this.accountsDocument = accountsDocument;
  }

  public String getReturnReason() {
    return returnReason;
  }

  public void setReturnReason(String returnReason) {
    this.returnReason = returnReason;
  }
}

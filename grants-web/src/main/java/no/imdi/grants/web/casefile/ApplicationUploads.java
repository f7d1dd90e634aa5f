package no.imdi.grants.web.casefile;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import no.imdi.grants.casefile.CaseRefusedException;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.disability.application.ApplicationView.AttachmentView;
import no.imdi.grants.disability.application.DocumentKind;
import no.imdi.grants.disability.application.MunicipalityCaseService;
import no.imdi.grants.disability.application.ReportingBasis;
import no.imdi.grants.disability.documentation.ChecklistItem;
import no.imdi.grants.document.DocumentIntake;
import no.imdi.grants.document.IntakeResult;
import no.imdi.grants.document.UploadRefusal;
import no.imdi.grants.journal.DocumentRef;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.shared.ConcurrentChangeException;
import no.imdi.grants.web.shared.Messages;

/**
 * The documentation checklist of the application form (R-DOC) with each item's uploads, and the
 * upload itself: a PDF judged by its content by the document intake (refused with its reason and
 * nothing stored: not a PDF, encrypted, JavaScript, actions, embedded files, damaged, too large),
 * stored unchanged and attached to the item. The draft is saved first, as at every step.
 */
@Named
@ViewScoped
public class ApplicationUploads implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final long MEGABYTE = 1024 * 1024;

  /** A checklist item with the document kinds that answer it and what is attached for them. */
  public record Row(ChecklistItem item, String title, String reason, List<AttachmentView> files)
      implements Serializable {}

  @EJB private DocumentIntake intake;
  @EJB private MunicipalityCaseService municipality;
  @Inject private ApplicationBean application;
  @Inject private Messages messages;
  @Inject private CaseFeedback feedback;

  private transient Part file;
  private DocumentKind kind;
  private String title;
  private boolean healthData;

  /** The checklist's items in the rule book's order, each with its attachments. */
  public List<Row> getRows() {
    if (application.getChecklist() == null) {
      return List.of();
    }
    List<Row> rows = new ArrayList<>();
    for (ChecklistItem item : application.getChecklist().items()) {
      List<DocumentKind> kinds = kindsFor(item.id());
      rows.add(
          new Row(
              item,
              item.title(messages.locale()),
              item.reason().text(messages.locale()),
              application.getView().attachments().stream()
                  .filter(a -> kinds.contains(a.kind()))
                  .toList()));
    }
    return rows;
  }

  /** Documents attached as "other". */
  public List<AttachmentView> getOthers() {
    return application.getView().attachments().stream()
        .filter(a -> a.kind() == DocumentKind.OTHER)
        .toList();
  }

  /** The kinds a document can be uploaded as for this application. */
  public List<DocumentKind> getKinds() {
    List<DocumentKind> kinds = new ArrayList<>();
    for (DocumentKind k : DocumentKind.values()) {
      if (k == DocumentKind.ACCOUNTS_REPORT && !accountsBased()) {
        continue;
      }
      if (k == DocumentKind.BUDGET && application.getView().summary().kind() == GrantKind.T1) {
        continue;
      }
      kinds.add(k);
    }
    return kinds;
  }

  private List<DocumentKind> kindsFor(String rule) {
    List<DocumentKind> kinds = new ArrayList<>();
    for (DocumentKind k : DocumentKind.values()) {
      if (rule.equals(k.rule())) {
        kinds.add(k);
      }
    }
    if ("R-DOC-4".equals(rule) && accountsBased()) {
      kinds.add(DocumentKind.ACCOUNTS_REPORT);
    }
    return kinds;
  }

  private boolean accountsBased() {
    return application.getView().summary().basis() == ReportingBasis.ACCOUNTS;
  }

  /** Saves the draft, checks and stores the file, and attaches it to the chosen item. */
  public String upload() {
    if (!application.saveDraft()) {
      return null;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    if (kind == null) {
      fieldError(faces, "kind", "application.upload.kindRequired");
    }
    if (file == null
        || file.getSubmittedFileName() == null
        || file.getSubmittedFileName().isBlank()) {
      fieldError(faces, "file", "application.upload.fileRequired");
    }
    if (faces.isValidationFailed()) {
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
    try {
      municipality.attach(
          application.getId(),
          application.getView().summary().version(),
          kind,
          name,
          DocumentRef.of(stored.document()),
          kind.healthData() || healthData);
      title = null;
      healthData = false;
      return application.reopened("application.upload.done", name);
    } catch (CaseRefusedException e) {
      feedback.refused(ApplicationBean.FORM, e);
    } catch (ConcurrentChangeException e) {
      messages.error("case.concurrentChange");
    } catch (AccessDeniedException | EJBAccessException e) {
      messages.error("case.denied");
    } catch (EJBException e) {
      messages.error("case.failed");
    }
    return null;
  }

  /** Removes an attachment from the draft (the stored document stays, unchanged). */
  public String detach(long attachmentId) {
    if (!application.saveDraft()) {
      return null;
    }
    try {
      municipality.detach(
          application.getId(), application.getView().summary().version(), attachmentId);
      return application.reopened("application.upload.removed");
    } catch (CaseRefusedException e) {
      feedback.refused(ApplicationBean.FORM, e);
    } catch (ConcurrentChangeException e) {
      messages.error("case.concurrentChange");
    } catch (AccessDeniedException | EJBAccessException e) {
      messages.error("case.denied");
    }
    return null;
  }

  /** R-DOC-8: what must not be attached, as a sentence. */
  public String getNotToAttach() {
    return application.getChecklist() == null
        ? null
        : application.getChecklist().notToAttachReason().text(messages.locale());
  }

  /** R-DOC-2: the health documentation accepted for this grant kind and year. */
  public String getHealthDocumentation() {
    return application.getChecklist() == null
        ? null
        : application.getChecklist().healthDocumentation().reason().text(messages.locale());
  }

  /** The limit shown next to the upload field, in MB. */
  public long getMaxMegabytes() {
    return intake.limits().maxBytes() / MEGABYTE;
  }

  private void fieldError(FacesContext faces, String field, String key, Object... args) {
    faces.addMessage(
        ApplicationBean.FORM + ":" + field,
        messages.message(FacesMessage.SEVERITY_ERROR, key, args));
    faces.validationFailed();
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public DocumentKind getKind() {
    return kind;
  }

  public void setKind(DocumentKind kind) {
    this.kind = kind;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public boolean isHealthData() {
    return healthData;
  }

  public void setHealthData(boolean healthData) {
    this.healthData = healthData;
  }
}

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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.imdi.grants.casefile.CaseRefusedException;
import no.imdi.grants.casefile.EnquiryView;
import no.imdi.grants.casefile.Upload;
import no.imdi.grants.disability.application.ApplicationSummary;
import no.imdi.grants.disability.application.ImdiCaseService;
import no.imdi.grants.disability.application.MunicipalityCaseService;
import no.imdi.grants.document.DocumentIntake;
import no.imdi.grants.document.IntakeResult;
import no.imdi.grants.document.UploadRefusal;
import no.imdi.grants.journal.DocumentRef;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.shared.ConcurrentChangeException;
import no.imdi.grants.web.shared.DateInput;
import no.imdi.grants.web.shared.InputProblems;
import no.imdi.grants.web.shared.Messages;

/**
 * What the case page lets its users do: the municipality asks for a later deadline (R-DL-5) and
 * writes to IMDi, both sides reply to an enquiry with an attachment (a PDF through the document
 * intake), and IMDi's caseworker asks for documentation by a reply date (the application waits).
 */
@Named
@ViewScoped
public class CaseActions implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final long MEGABYTE = 1024 * 1024;

  @EJB private MunicipalityCaseService municipality;
  @EJB private ImdiCaseService imdi;
  @EJB private DocumentIntake intake;
  @Inject private CaseBean page;
  @Inject private CaseAccess access;
  @Inject private Messages messages;
  @Inject private CaseFeedback feedback;

  private Integer extensionYear;
  private DateInput extensionDate;
  private String extensionReason;
  private String subject;
  private String text;
  private Long applicationId;
  private DateInput replyBy;
  private transient Part file;
  private boolean healthData;
  private String replyText;
  private transient Part replyFile;

  /** R-DL-5: asks for a later deadline of a grant year, before the original one. */
  public String requestExtension() {
    InputProblems typed = new InputProblems();
    LocalDate date = typed.date("extensionDate", extensionDate);
    typed.required("extensionYear", extensionYear);
    typed.required("extensionDate", extensionDate);
    if (!typed.isEmpty()) {
      messages.addProblems("extensionForm", typed.with(List.of()));
      return null;
    }
    return done(
        "extensionForm",
        () -> municipality.requestExtension(page.getId(), extensionYear, date, extensionReason),
        "extension.sent");
  }

  /** The municipality writes to IMDi about the case, or about one of its applications. */
  public String openEnquiry() {
    Optional<List<Upload>> uploads = uploads("enquiryForm", "file", file);
    if (uploads.isEmpty()) {
      return null;
    }
    return done(
        "enquiryForm",
        () ->
            municipality.openEnquiry(
                page.getId(), applicationId, subject, text, uploads.get(), healthData),
        "enquiry.sent");
  }

  /** IMDi asks for documentation by a reply date; the application waits for the answer. */
  public String requestDocumentation() {
    InputProblems typed = new InputProblems();
    LocalDate date = typed.date("replyBy", replyBy);
    typed.required("application", applicationId);
    if (!typed.isEmpty()) {
      messages.addProblems("documentationForm", typed.with(List.of()));
      return null;
    }
    Optional<ApplicationSummary> application =
        page.getApplications().stream().filter(a -> a.id() == applicationId).findFirst();
    if (application.isEmpty()) {
      return null;
    }
    long version = application.get().version();
    return done(
        "documentationForm",
        () -> imdi.requestDocumentation(applicationId, version, subject, text, date),
        "enquiry.documentationRequested");
  }

  /** A reply to an enquiry, by either side, with an optional attachment. */
  public String reply(EnquiryView enquiry, String formId) {
    Optional<List<Upload>> uploads = uploads(formId, "replyFile", replyFile);
    if (uploads.isEmpty()) {
      return null;
    }
    return done(
        formId,
        () -> {
          if (access.isMunicipalityCaseworker()) {
            municipality.reply(
                enquiry.id(), enquiry.version(), replyText, uploads.get(), healthData);
          } else {
            imdi.reply(enquiry.id(), enquiry.version(), replyText, uploads.get(), healthData);
          }
          return enquiry.id();
        },
        "enquiry.replied");
  }

  private interface Action {
    Object run();
  }

  private String done(String formId, Action action, String doneKey) {
    try {
      action.run();
      page.refresh();
      messages.info(doneKey);
      clear();
    } catch (CaseRefusedException e) {
      feedback.refused(formId, e);
    } catch (ConcurrentChangeException e) {
      messages.error("case.concurrentChange");
    } catch (AccessDeniedException | EJBAccessException e) {
      messages.error("case.denied");
    } catch (EJBException e) {
      messages.error("case.failed");
    }
    return null;
  }

  /**
   * The attachment as a stored document, none, or empty when it was refused (the message shown).
   */
  private Optional<List<Upload>> uploads(String formId, String field, Part upload) {
    if (upload == null
        || upload.getSubmittedFileName() == null
        || upload.getSubmittedFileName().isBlank()) {
      return Optional.of(List.of());
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    IntakeResult result;
    try (InputStream in = upload.getInputStream()) {
      result =
          intake.receive(
              upload.getSubmittedFileName(),
              in,
              faces.getExternalContext().getUserPrincipal().getName());
    } catch (IOException e) {
      result = new IntakeResult.Refused(UploadRefusal.DAMAGED);
    }
    if (result instanceof IntakeResult.Refused refused) {
      faces.addMessage(
          formId + ":" + field,
          messages.message(
              FacesMessage.SEVERITY_ERROR,
              refused.reason().messageKey(),
              intake.limits().maxBytes() / MEGABYTE));
      faces.validationFailed();
      return Optional.empty();
    }
    IntakeResult.Stored stored = (IntakeResult.Stored) result;
    return Optional.of(
        List.of(
            new Upload(
                stored.document().displayName().value(), DocumentRef.of(stored.document()))));
  }

  private void clear() {
    extensionYear = null;
    extensionDate = null;
    extensionReason = null;
    subject = null;
    text = null;
    applicationId = null;
    replyBy = null;
    healthData = false;
    replyText = null;
  }

  public Integer getExtensionYear() {
    return extensionYear;
  }

  public void setExtensionYear(Integer extensionYear) {
    this.extensionYear = extensionYear;
  }

  public DateInput getExtensionDate() {
    return extensionDate;
  }

  public void setExtensionDate(DateInput extensionDate) {
    this.extensionDate = extensionDate;
  }

  public String getExtensionReason() {
    return extensionReason;
  }

  public void setExtensionReason(String extensionReason) {
    this.extensionReason = extensionReason;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public void setApplicationId(Long applicationId) {
    this.applicationId = applicationId;
  }

  public DateInput getReplyBy() {
    return replyBy;
  }

  public void setReplyBy(DateInput replyBy) {
    this.replyBy = replyBy;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public boolean isHealthData() {
    return healthData;
  }

  public void setHealthData(boolean healthData) {
    this.healthData = healthData;
  }

  public String getReplyText() {
    return replyText;
  }

  public void setReplyText(String replyText) {
    this.replyText = replyText;
  }

  public Part getReplyFile() {
    return replyFile;
  }

  public void setReplyFile(Part replyFile) {
    this.replyFile = replyFile;
  }
}

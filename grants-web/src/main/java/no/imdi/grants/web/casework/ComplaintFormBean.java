package no.imdi.grants.web.casework;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import no.imdi.grants.casefile.Upload;
import no.imdi.grants.complaint.ComplaintIntake;
import no.imdi.grants.complaint.ComplaintResult;
import no.imdi.grants.complaint.ComplaintStart;
import no.imdi.grants.complaint.LetterKind;
import no.imdi.grants.document.DocumentIntake;
import no.imdi.grants.document.IntakeResult;
import no.imdi.grants.document.UploadRefusal;
import no.imdi.grants.journal.DocumentRef;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.web.shared.Ids;
import no.imdi.grants.web.shared.Messages;
import no.imdi.grants.web.shared.Pages;

/**
 * The municipality's complaint on a letter in its inbox ({@code app/complaint.xhtml?item=}): before
 * sending it shows whether the letter can be complained about (R-AP-1, R-AP-2), the deadline from
 * the day the letter reached the inbox (R-AP-3) and how a complaint sent today stands (R-AP-4,
 * R-AP-5: the reason for a delay is asked for; after a year it is refused). Sent, it tells what the
 * message became: a complaint, or an enquiry on the case. An attachment passes the application's
 * upload rules. What was typed stays when the service refuses. Another municipality's item answers
 * 404; other roles 403.
 */
@Named
@ViewScoped
public class ComplaintFormBean implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final long MEGABYTE = 1024 * 1024;

  @EJB private ComplaintIntake intake;
  @EJB private DocumentIntake documents;
  @Inject private Messages messages;

  private String itemParam;
  private ComplaintStart start;
  private String grounds;
  private String changeAsked;
  private String delayReason;
  private ComplaintResult result;
  private transient Part file;

  public void load() {
    if (start != null) {
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    Long id = Ids.parse(itemParam);
    if (id == null) {
      Pages.refuse(faces, 404);
      return;
    }
    try {
      start = intake.start(id);
    } catch (AccessDeniedException e) {
      Pages.refuse(faces, 404);
    } catch (EJBAccessException e) {
      Pages.refuse(faces, 403);
    }
  }

  public void send() {
    if (start == null || result != null) {
      return;
    }
    Optional<List<Upload>> attachments = attachment();
    if (attachments.isEmpty()) {
      return;
    }
    try {
      result =
          intake.send(start.inboxItemId(), grounds, changeAsked, delayReason, attachments.get());
      messages.info(
          result.registeredAs() == LetterKind.COMPLAINT
              ? "complaint.form.sentComplaint"
              : "complaint.form.sentEnquiry",
          start.caseNumber());
    } catch (RuntimeException e) {
      if (!Failures.show(messages, "complaintForm", e)) {
        throw e;
      }
    }
  }

  /**
   * The attachment through the application's upload rules (the document intake's checks), none, or
   * empty when it was refused (the message shown on the field).
   */
  private Optional<List<Upload>> attachment() {
    if (file == null
        || file.getSubmittedFileName() == null
        || file.getSubmittedFileName().isBlank()) {
      return Optional.of(List.of());
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    IntakeResult received;
    try (InputStream in = file.getInputStream()) {
      received =
          documents.receive(
              file.getSubmittedFileName(),
              in,
              faces.getExternalContext().getUserPrincipal().getName());
    } catch (IOException e) {
      received = new IntakeResult.Refused(UploadRefusal.DAMAGED);
    }
    if (received instanceof IntakeResult.Refused refused) {
      faces.addMessage(
          "complaintForm:file",
          messages.message(
              FacesMessage.SEVERITY_ERROR,
              refused.reason().messageKey(),
              documents.limits().maxBytes() / MEGABYTE));
      faces.validationFailed();
      return Optional.empty();
    }
    IntakeResult.Stored stored = (IntakeResult.Stored) received;
    return Optional.of(
        List.of(
            new Upload(
                stored.document().displayName().value(), DocumentRef.of(stored.document()))));
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  /** An explanation in the reader's language. */
  public String explain(Explanation explanation) {
    return explanation == null ? "" : explanation.text(messages.locale());
  }

  public ComplaintStart getStart() {
    return start;
  }

  public ComplaintResult getResult() {
    return result;
  }

  public String getItemParam() {
    return itemParam;
  }

  public void setItemParam(String itemParam) {
    this.itemParam = itemParam;
  }

  public String getGrounds() {
    return grounds;
  }

  public void setGrounds(String grounds) {
    this.grounds = grounds;
  }

  public String getChangeAsked() {
    return changeAsked;
  }

  public void setChangeAsked(String changeAsked) {
    this.changeAsked = changeAsked;
  }

  public String getDelayReason() {
    return delayReason;
  }

  public void setDelayReason(String delayReason) {
    this.delayReason = delayReason;
  }
}

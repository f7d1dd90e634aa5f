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
import java.util.ArrayList;
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
 * message became: a complaint, or an enquiry on the case. Several attachments may go with it, each
 * through the application's upload rules. What was typed stays when the service refuses. Another
 * municipality's item answers 404; other roles 403.
 */
@Named
@ViewScoped
public class ComplaintFormBean implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final long MEGABYTE = 1024 * 1024;

  /**
   * How many files one complaint may carry: together they stay within the Faces servlet's request
   * limit ({@code web.xml}, five times the intake's default size limit).
   */
  private static final int MAX_FILES = 5;

  @EJB private ComplaintIntake intake;
  @EJB private DocumentIntake documents;
  @Inject private Messages messages;

  private String itemParam;
  private ComplaintStart start;
  private String grounds;
  private String changeAsked;
  private String delayReason;
  private ComplaintResult result;
  private transient List<Part> files;

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
   * The attachments, each through the application's upload rules (the document intake's checks),
   * none, or empty when one was refused or there were too many (the message shown on the field, and
   * nothing of this send kept: the intake stores what passed, the journal refers to none of it).
   */
  private Optional<List<Upload>> attachment() {
    List<Part> chosen =
        files == null
            ? List.of()
            : files.stream()
                .filter(
                    f -> f.getSubmittedFileName() != null && !f.getSubmittedFileName().isBlank())
                .toList();
    FacesContext faces = FacesContext.getCurrentInstance();
    if (chosen.size() > MAX_FILES) {
      faces.addMessage(
          "complaintForm:file",
          messages.message(FacesMessage.SEVERITY_ERROR, "casegap.upload.tooMany", MAX_FILES));
      faces.validationFailed();
      return Optional.empty();
    }
    List<Upload> uploads = new ArrayList<>(chosen.size());
    for (Part part : chosen) {
      IntakeResult received;
      try (InputStream in = part.getInputStream()) {
        received =
            documents.receive(
                part.getSubmittedFileName(),
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
      uploads.add(
          new Upload(stored.document().displayName().value(), DocumentRef.of(stored.document())));
    }
    return Optional.of(uploads);
  }

  /** The intake's size limit per file, in MB, for the page to state it. */
  public long getMaxMegabytes() {
    return documents.limits().maxBytes() / MEGABYTE;
  }

  /** How many files one complaint may carry. */
  public int getMaxFiles() {
    return MAX_FILES;
  }

  public List<Part> getFiles() {
    return files;
  }

  public void setFiles(List<Part> files) {
    this.files = files;
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

package no.imdi.grants.web.casework;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.imdi.grants.complaint.ComplaintIntake;
import no.imdi.grants.complaint.ComplaintResult;
import no.imdi.grants.complaint.ComplaintStart;
import no.imdi.grants.complaint.LetterKind;
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
 * message became: a complaint, or an enquiry on the case. What was typed stays when the service
 * refuses. Another municipality's item answers 404; other roles 403.
 */
@Named
@ViewScoped
public class ComplaintFormBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ComplaintIntake intake;
  @Inject private Messages messages;

  private String itemParam;
  private ComplaintStart start;
  private String grounds;
  private String changeAsked;
  private String delayReason;
  private ComplaintResult result;

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
    try {
      result = intake.send(start.inboxItemId(), grounds, changeAsked, delayReason, List.of());
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

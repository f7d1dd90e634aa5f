package no.imdi.grants.web.casework;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.complaint.ComplaintApprovalService;
import no.imdi.grants.complaint.ComplaintState;
import no.imdi.grants.complaint.ComplaintView;
import no.imdi.grants.complaint.ImdiComplaintService;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.web.shared.DateInput;
import no.imdi.grants.web.shared.Ids;
import no.imdi.grants.web.shared.InputProblems;
import no.imdi.grants.web.shared.Messages;
import no.imdi.grants.web.shared.Pages;

/**
 * IMDi's work on a complaint ({@code app/complaint-work.xhtml?id=}): the caseworker who has the
 * case assesses a late complaint (R-AP-5: consider or dismiss), reverses IMDi's decision or
 * prepares the forwarding statement (R-AP-6), and sends an interim reply (R-AP-8); the approver
 * approves the statement or sends it back (maker/checker). Each action names its reason; the
 * services check the roles and the state again. What was typed stays when a service refuses.
 */
@Named
@ViewScoped
public class ComplaintWorkBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ImdiComplaintService service;
  @EJB private ComplaintApprovalService approvals;
  @Inject private Casework casework;
  @Inject private Messages messages;

  private String idParam;
  private ComplaintView complaint;
  private String reason;
  private String statement;
  private String comment;
  private DateInput expectedBy;

  public void load() {
    if (complaint != null) {
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    Long id = Ids.parse(idParam);
    if (id == null) {
      Pages.refuse(faces, 404);
      return;
    }
    try {
      complaint = service.view(id);
    } catch (AccessDeniedException e) {
      Pages.refuse(faces, 404);
    } catch (EJBAccessException e) {
      Pages.refuse(faces, 403);
    }
  }

  public void considerLate() {
    act("complaint.work.considered", () -> service.considerLate(id(), version(), reason));
  }

  public void dismissLate() {
    act("complaint.work.dismissed", () -> service.dismissLate(id(), version(), reason));
  }

  public void reverse() {
    act("complaint.work.reversed", () -> service.reverse(id(), version(), reason));
  }

  public void forward() {
    act("complaint.work.forwarded", () -> service.forwardToMinistry(id(), version(), statement));
  }

  public void interimReply() {
    InputProblems typed = new InputProblems();
    LocalDate date = typed.date("expectedBy", expectedBy);
    typed.required("expectedBy", date);
    if (!typed.isEmpty()) {
      messages.addProblems("workForm", typed.with(List.of()));
      return;
    }
    act("complaint.work.interimSent", () -> service.interimReply(id(), version(), reason, date));
  }

  public void approve() {
    act("complaint.work.approved", () -> approvals.approve(id(), version(), comment));
  }

  public void sendBack() {
    act("complaint.work.sentBack", () -> approvals.sendBack(id(), version(), comment));
  }

  private void act(String done, Runnable call) {
    if (complaint == null) {
      return;
    }
    try {
      call.run();
      messages.info(done, complaint.caseNumber());
      complaint = service.view(complaint.id());
      reason = null;
      statement = null;
      comment = null;
      expectedBy = null;
    } catch (RuntimeException e) {
      if (!Failures.show(messages, "workForm", e)) {
        throw e;
      }
    }
  }

  private long id() {
    return complaint.id();
  }

  private long version() {
    return complaint.version();
  }

  /** The caseworker's actions are offered while IMDi has the complaint. */
  public boolean isPrepares() {
    return complaint != null && casework.isCaseworker() && complaint.state().isWithImdi();
  }

  public boolean isChecks() {
    return complaint != null
        && casework.isApprover()
        && complaint.state() == ComplaintState.STATEMENT_PREPARED;
  }

  public ComplaintView getComplaint() {
    return complaint;
  }

  public String getIdParam() {
    return idParam;
  }

  public void setIdParam(String idParam) {
    this.idParam = idParam;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getStatement() {
    return statement;
  }

  public void setStatement(String statement) {
    this.statement = statement;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public DateInput getExpectedBy() {
    return expectedBy;
  }

  public void setExpectedBy(DateInput expectedBy) {
    this.expectedBy = expectedBy;
  }
}

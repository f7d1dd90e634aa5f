package no.imdi.grants.web.casework;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.imdi.grants.disability.application.ApplicationSummary;
import no.imdi.grants.disability.application.CaseReadService;
import no.imdi.grants.disability.application.DecisionApprovalService;
import no.imdi.grants.disability.application.DecisionView;
import no.imdi.grants.shared.PageRequest;
import no.imdi.grants.web.shared.Messages;
import no.imdi.grants.web.shared.Pages;

/**
 * The approver's list (maker/checker): decisions waiting for approval, oldest first, a page at a
 * time; one opened shows its terms and its application, and is approved or sent back with a
 * comment. Decisions the caller prepared are listed apart with the reason they cannot be approved
 * by the caller, and are not offered: the service refuses them anyway (and logs the attempt). Only
 * IMDI_APPROVER; others get 403.
 */
@Named
@ViewScoped
public class ApprovalsBean implements Serializable {

  private static final Logger LOG = Logger.getLogger(ApprovalsBean.class.getName());

  private static final long serialVersionUID = 1L;

  static final int PAGE = 25;

  /** A decision in the list with the application it decides. */
  public record Row(DecisionView decision, ApplicationSummary application)
      implements Serializable {}

  @EJB private DecisionApprovalService approvals;
  @EJB private CaseReadService reads;
  @Inject private Casework casework;
  @Inject private Messages messages;

  private int first;
  private transient List<Row> rows;
  private transient List<Row> own;
  private boolean more;
  private Row opened;
  private String comment;

  public void checkAccess() {
    if (!casework.isApprover()) {
      Pages.refuse(FacesContext.getCurrentInstance(), 403);
    }
  }

  public List<Row> getRows() {
    if (rows == null) {
      List<DecisionView> page = approvals.pending(new PageRequest<>(first, PAGE + 1, null, true));
      more = page.size() > PAGE;
      rows = rows(page.subList(0, Math.min(PAGE, page.size())));
    }
    return rows;
  }

  public List<Row> getOwn() {
    if (own == null) {
      own = rows(approvals.ownPending(new PageRequest<>(0, PAGE, null, true)));
    }
    return own;
  }

  private List<Row> rows(List<DecisionView> decisions) {
    List<Row> list = new ArrayList<>();
    for (DecisionView d : decisions) {
      list.add(new Row(d, reads.application(d.applicationId()).summary()));
    }
    return list;
  }

  public void open(Row row) {
    opened = row;
    comment = null;
  }

  public void close() {
    opened = null;
  }

  public void approve() {
    review(true);
  }

  public void sendBack() {
    review(false);
  }

  private void review(boolean approve) {
    if (opened == null) {
      return;
    }
    try {
      if (approve) {
        approvals.approve(opened.decision().id(), opened.decision().version(), comment);
        messages.info("approval.approved", opened.application().caseNumber());
      } else {
        approvals.sendBack(opened.decision().id(), opened.decision().version(), comment);
        messages.info("approval.sentBack", opened.application().caseNumber());
      }
      opened = null;
      rows = null;
      own = null;
    } catch (EJBException e) {
      if (!Failures.show(messages, "reviewForm", e)) {
        // the approval's transaction rolled back (for example the letter could not be made):
        // nothing is stored; say so instead of an error page, and keep the cause in the log
        LOG.log(Level.WARNING, "Approval of decision " + opened.decision().id() + " failed", e);
        messages.error("approval.failed", opened.application().caseNumber());
      }
    } catch (RuntimeException e) {
      if (!Failures.show(messages, "reviewForm", e)) {
        throw e;
      }
    }
  }

  public void next() {
    if (more) {
      first += PAGE;
      rows = null;
    }
  }

  public void previous() {
    first = Math.max(0, first - PAGE);
    rows = null;
  }

  public boolean isMore() {
    getRows();
    return more;
  }

  public boolean isFirstPage() {
    return first == 0;
  }

  public int getFirst() {
    return first;
  }

  public Row getOpened() {
    return opened;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}

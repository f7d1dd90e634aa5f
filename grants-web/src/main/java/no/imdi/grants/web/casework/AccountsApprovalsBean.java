package no.imdi.grants.web.casework;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.imdi.grants.disability.report.OutcomeView;
import no.imdi.grants.disability.report.ReportApprovalService;
import no.imdi.grants.shared.PageRequest;
import no.imdi.grants.shared.Reason;
import no.imdi.grants.web.shared.Messages;
import no.imdi.grants.web.shared.Pages;

/**
 * The approver's list of accounts-report outcomes (maker/checker, R-REP-3, R-REP-4, R-REP-5): the
 * outcomes waiting, oldest first, a page at a time; one opened shows its computation sentence by
 * sentence with the rule ids, and is approved (the recovery row and the letter follow) or sent back
 * with a comment. Outcomes the caller prepared are listed apart and not offered. Only
 * IMDI_APPROVER; others get 403.
 */
@Named
@ViewScoped
public class AccountsApprovalsBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(AccountsApprovalsBean.class.getName());
  static final int PAGE = 25;

  @EJB private ReportApprovalService approvals;
  @Inject private Casework casework;
  @Inject private Messages messages;

  private int first;
  private transient List<OutcomeView> rows;
  private transient List<OutcomeView> own;
  private boolean more;
  private OutcomeView opened;
  private String comment;

  public void checkAccess() {
    if (!casework.isApprover()) {
      Pages.refuse(FacesContext.getCurrentInstance(), 403);
    }
  }

  public List<OutcomeView> getRows() {
    if (rows == null) {
      List<OutcomeView> page = approvals.pending(new PageRequest<>(first, PAGE + 1, null, true));
      more = page.size() > PAGE;
      rows = page.subList(0, Math.min(PAGE, page.size()));
    }
    return rows;
  }

  public List<OutcomeView> getOwn() {
    if (own == null) {
      own = approvals.ownPending(new PageRequest<>(0, PAGE, null, true));
    }
    return own;
  }

  /** The computation's sentences in the reader's language. */
  public List<String> sentences(OutcomeView outcome) {
    Locale locale = messages.locale();
    return outcome.explanation().reasons().stream().map((Reason r) -> r.text(locale)).toList();
  }

  public void open(OutcomeView row) {
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
        approvals.approve(opened.id(), opened.version(), comment);
        messages.info("accounts.approval.approved", opened.caseNumber());
      } else {
        approvals.sendBack(opened.id(), opened.version(), comment);
        messages.info("accounts.approval.sentBack", opened.caseNumber());
      }
      opened = null;
      rows = null;
      own = null;
    } catch (EJBException e) {
      if (!Failures.show(messages, "reviewForm", e)) {
        LOG.log(Level.WARNING, "Approval of outcome " + opened.id() + " failed", e);
        messages.error("accounts.approval.failed", opened.caseNumber());
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

  public OutcomeView getOpened() {
    return opened;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}

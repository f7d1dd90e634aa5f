package no.imdi.grants.web.casework;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.imdi.grants.approval.list.ApprovalLists;
import no.imdi.grants.approval.list.PendingDecisionRow;
import no.imdi.grants.approval.list.PendingDecisionSort;
import no.imdi.grants.disability.application.DecisionApprovalService;
import no.imdi.grants.disability.application.DecisionToCheck;
import no.imdi.grants.export.ExportFormat;
import no.imdi.grants.web.export.ExportDownload;
import no.imdi.grants.web.shared.Messages;
import no.imdi.grants.web.shared.Pages;
import no.imdi.grants.web.shared.ServerPagedModel;

/**
 * The approver's list (maker/checker): decisions waiting for approval, oldest first (or by a
 * header's order), filtered by case number, application kind and outcome, paged and sorted in the
 * database by one query of the list's columns, and exported whole with its filter and order. One
 * opened shows its terms and its application, and is approved or sent back with a comment.
 * Decisions the caller prepared are listed apart with the reason they cannot be approved by the
 * caller, and are not offered: the service refuses them anyway (and logs the attempt). Only
 * IMDI_APPROVER; others get 403.
 */
@Named
@ViewScoped
public class ApprovalsBean implements Serializable {

  private static final Logger LOG = Logger.getLogger(ApprovalsBean.class.getName());

  private static final long serialVersionUID = 1L;

  @EJB private DecisionApprovalService approvals;
  @EJB private ApprovalLists lists;
  @Inject private Casework casework;
  @Inject private Messages messages;
  @Inject private ExportDownload download;

  private final ApprovalFilterForm filter = new ApprovalFilterForm();
  private ServerPagedModel<PendingDecisionRow, PendingDecisionSort> model;
  private transient List<PendingDecisionRow> own;
  private DecisionToCheck opened;
  private String comment;

  public void checkAccess() {
    if (!casework.isApprover()) {
      Pages.refuse(FacesContext.getCurrentInstance(), 403);
    }
  }

  /** The decisions the caller may check, counted, filtered, sorted and paged in the database. */
  public ServerPagedModel<PendingDecisionRow, PendingDecisionSort> getModel() {
    if (model == null) {
      model =
          new ServerPagedModel<>(
              page -> lists.decisions(filter.applied(), page),
              r -> Long.toString(r.id()),
              PendingDecisionSort.class,
              PendingDecisionSort.PREPARED,
              true);
    }
    return model;
  }

  public List<PendingDecisionRow> getOwn() {
    if (own == null) {
      own = lists.ownDecisions();
    }
    return own;
  }

  public void applyFilter() {
    filter.apply(FacesContext.getCurrentInstance(), messages, "approvalsForm", "pending");
  }

  public void exportCsv() {
    export(ExportFormat.CSV);
  }

  public void exportXlsx() {
    export(ExportFormat.XLSX);
  }

  private void export(ExportFormat format) {
    ServerPagedModel<PendingDecisionRow, PendingDecisionSort> table = getModel();
    download.send(
        ApprovalLists.DECISIONS,
        format,
        request ->
            lists.exportDecisions(
                filter.applied(), table.currentSort(), table.currentAscending(), request));
  }

  public void open(PendingDecisionRow row) {
    try {
      opened = approvals.toCheck(row.id());
      comment = null;
    } catch (RuntimeException e) {
      if (!Failures.show(messages, "approvalsForm", e)) {
        throw e;
      }
    }
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

  public ApprovalFilterForm getFilter() {
    return filter;
  }

  public DecisionToCheck getOpened() {
    return opened;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}

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
import no.imdi.grants.approval.list.ApprovalLists;
import no.imdi.grants.approval.list.PendingOutcomeRow;
import no.imdi.grants.approval.list.PendingOutcomeSort;
import no.imdi.grants.disability.report.OutcomeView;
import no.imdi.grants.disability.report.ReportApprovalService;
import no.imdi.grants.export.ExportFormat;
import no.imdi.grants.shared.Reason;
import no.imdi.grants.web.export.ExportDownload;
import no.imdi.grants.web.shared.Messages;
import no.imdi.grants.web.shared.Pages;
import no.imdi.grants.web.shared.ServerPagedModel;

/**
 * The approver's list of accounts-report outcomes (maker/checker, R-REP-3, R-REP-4, R-REP-5): the
 * outcomes waiting, oldest first (or by a header's order), filtered by case number and kind, paged
 * and sorted in the database by one query of the list's columns and exported whole with its filter
 * and order; one opened shows its computation sentence by sentence with the rule ids, and is
 * approved (the recovery row and the letter follow) or sent back with a comment. Outcomes the
 * caller prepared are listed apart and not offered. Only IMDI_APPROVER; others get 403.
 */
@Named
@ViewScoped
public class AccountsApprovalsBean implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(AccountsApprovalsBean.class.getName());

  @EJB private ReportApprovalService approvals;
  @EJB private ApprovalLists lists;
  @Inject private Casework casework;
  @Inject private Messages messages;
  @Inject private ExportDownload download;

  private final ApprovalFilterForm filter = new ApprovalFilterForm();
  private ServerPagedModel<PendingOutcomeRow, PendingOutcomeSort> model;
  private transient List<PendingOutcomeRow> own;
  private OutcomeView opened;
  private String comment;

  public void checkAccess() {
    if (!casework.isApprover()) {
      Pages.refuse(FacesContext.getCurrentInstance(), 403);
    }
  }

  /** The outcomes the caller may check, counted, filtered, sorted and paged in the database. */
  public ServerPagedModel<PendingOutcomeRow, PendingOutcomeSort> getModel() {
    if (model == null) {
      model =
          new ServerPagedModel<>(
              page -> lists.outcomes(filter.applied(), page),
              r -> Long.toString(r.id()),
              PendingOutcomeSort.class,
              PendingOutcomeSort.PREPARED,
              true);
    }
    return model;
  }

  public List<PendingOutcomeRow> getOwn() {
    if (own == null) {
      own = lists.ownOutcomes();
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
    ServerPagedModel<PendingOutcomeRow, PendingOutcomeSort> table = getModel();
    download.send(
        ApprovalLists.OUTCOMES,
        format,
        request ->
            lists.exportOutcomes(
                filter.applied(), table.currentSort(), table.currentAscending(), request));
  }

  /** The computation's sentences in the reader's language. */
  public List<String> sentences(OutcomeView outcome) {
    Locale locale = messages.locale();
    return outcome.explanation().reasons().stream().map((Reason r) -> r.text(locale)).toList();
  }

  public void open(PendingOutcomeRow row) {
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
        approvals.approve(opened.id(), opened.version(), comment);
        messages.info("accounts.approval.approved", opened.caseNumber());
      } else {
        approvals.sendBack(opened.id(), opened.version(), comment);
        messages.info("accounts.approval.sentBack", opened.caseNumber());
      }
      opened = null;
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

  public ApprovalFilterForm getFilter() {
    return filter;
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

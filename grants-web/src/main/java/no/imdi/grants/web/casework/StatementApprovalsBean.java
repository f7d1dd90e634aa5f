package no.imdi.grants.web.casework;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import no.imdi.grants.approval.list.ApprovalLists;
import no.imdi.grants.approval.list.PendingStatementRow;
import no.imdi.grants.approval.list.PendingStatementSort;
import no.imdi.grants.export.ExportFormat;
import no.imdi.grants.web.export.ExportDownload;
import no.imdi.grants.web.shared.Messages;
import no.imdi.grants.web.shared.ServerPagedModel;

/**
 * The forwarding statements waiting for the approver (R-AP-6, maker/checker), on the approver's
 * list beside the decisions: the oldest complaint first (or by a header's order), filtered by case
 * number, paged and sorted in the database by one query of the list's columns (the caller's own
 * statements are not among them), and exported whole with its filter and order; each opens on the
 * complaint's page, where it is approved or sent back. The page is the approver's only (403).
 */
@Named
@ViewScoped
public class StatementApprovalsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ApprovalLists lists;
  @Inject private Messages messages;
  @Inject private ExportDownload download;

  private final ApprovalFilterForm filter = new ApprovalFilterForm();
  private ServerPagedModel<PendingStatementRow, PendingStatementSort> model;

  public ServerPagedModel<PendingStatementRow, PendingStatementSort> getModel() {
    if (model == null) {
      model =
          new ServerPagedModel<>(
              page -> lists.statements(filter.applied(), page),
              r -> Long.toString(r.complaintId()),
              PendingStatementSort.class,
              PendingStatementSort.RECEIVED,
              true);
    }
    return model;
  }

  public void applyFilter() {
    filter.apply(FacesContext.getCurrentInstance(), messages, "statementsForm", "statements");
  }

  public void exportCsv() {
    export(ExportFormat.CSV);
  }

  public void exportXlsx() {
    export(ExportFormat.XLSX);
  }

  private void export(ExportFormat format) {
    ServerPagedModel<PendingStatementRow, PendingStatementSort> table = getModel();
    download.send(
        ApprovalLists.STATEMENTS,
        format,
        request ->
            lists.exportStatements(
                filter.applied(), table.currentSort(), table.currentAscending(), request));
  }

  public ApprovalFilterForm getFilter() {
    return filter;
  }
}

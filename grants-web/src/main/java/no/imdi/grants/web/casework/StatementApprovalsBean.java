package no.imdi.grants.web.casework;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import no.imdi.grants.complaint.ComplaintApprovalService;
import no.imdi.grants.complaint.ComplaintView;
import no.imdi.grants.shared.PageRequest;

/**
 * The forwarding statements waiting for the approver (R-AP-6, maker/checker), on the approver's
 * list beside the decisions; each opens on the complaint's page, where it is approved or sent back.
 */
@Named
@RequestScoped
public class StatementApprovalsBean {

  static final int PAGE = 50;

  @EJB private ComplaintApprovalService approvals;

  private List<ComplaintView> rows;

  public List<ComplaintView> getRows() {
    if (rows == null) {
      rows = approvals.pending(new PageRequest<>(0, PAGE, null, true));
    }
    return rows;
  }
}

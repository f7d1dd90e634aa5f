package no.imdi.grants.web.casework;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import no.imdi.grants.complaint.ComplaintIntake;
import no.imdi.grants.complaint.ComplaintView;
import no.imdi.grants.complaint.ImdiComplaintService;

/**
 * The complaints of a case on the case page: the municipality follows its complaint (where it
 * stands, the interim reply, IMDi's statement as its copy, the ministry's decision); IMDi's roles
 * open one to work on it. Read through the same case scope as the case.
 */
@Named
@RequestScoped
public class CaseComplaintsBean {

  @EJB private ComplaintIntake municipality;
  @EJB private ImdiComplaintService imdi;
  @Inject private Casework casework;

  private List<ComplaintView> complaints;

  public List<ComplaintView> of(Long caseId) {
    if (complaints == null) {
      if (caseId == null) {
        complaints = List.of();
      } else if (casework.isHasInbox()) {
        complaints = municipality.ofCase(caseId);
      } else if (casework.isSeesQueue()) {
        complaints = imdi.ofCase(caseId);
      } else {
        complaints = List.of();
      }
    }
    return complaints;
  }
}

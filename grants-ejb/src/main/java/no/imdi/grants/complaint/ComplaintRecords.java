package no.imdi.grants.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import no.imdi.grants.casefile.CaseTrail;
import no.imdi.grants.casefile.MatterKind;
import no.imdi.grants.casefile.StateChange;
import no.imdi.grants.disability.application.ApplicationState;
import no.imdi.grants.disability.application.Decision;

/**
 * What every change of a complaint writes, whichever role made it: the audit row of the complaint
 * (and of the contested decision's application when it was set aside), the flush that checks the
 * version, and the letter the change calls for.
 */
@ApplicationScoped
public class ComplaintRecords {

  @Inject private CaseTrail trail;
  @Inject private ComplaintRepository complaints;
  @Inject private Event<ComplaintLetterDue> letters;

  protected ComplaintRecords() {}

  public ComplaintRecords(
      CaseTrail trail, ComplaintRepository complaints, Event<ComplaintLetterDue> letters) {
    this.trail = trail;
    this.complaints = complaints;
    this.letters = letters;
  }

  /** Audits the change and, when one is given, asks for its letter. */
  public void changed(
      Complaint complaint, StateChange<ComplaintState> change, ComplaintLetter due) {
    trail.record(complaint.getCaseFile(), MatterKind.COMPLAINT, complaint.getId(), change);
    complaints.flush("Complaint " + complaint.getId());
    if (due != null) {
      letters.fire(new ComplaintLetterDue(complaint.getCaseFile().getId(), complaint.getId(), due));
    }
  }

  /** The contested decision was set aside: the application's change is audited too. */
  public void setAside(Decision decision, StateChange<ApplicationState> change) {
    trail.record(
        decision.getApplication().getCaseFile(),
        MatterKind.APPLICATION,
        decision.getApplication().getId(),
        change);
  }
}

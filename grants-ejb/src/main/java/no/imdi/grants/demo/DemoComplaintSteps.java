package no.imdi.grants.demo;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import no.imdi.grants.complaint.Complaint;
import no.imdi.grants.complaint.ComplaintServicesAs;
import no.imdi.grants.complaint.MinistryOutcome;
import no.imdi.grants.inbox.Inbox;
import no.imdi.grants.inbox.InboxSource;

/**
 * A demo case's complaint, told through the complaint services by the demo users: Oslo complains
 * from the dismissal's letter in its inbox; IMDi assesses, reverses or forwards with a statement;
 * the approver approves; the ministry decides. Without the letter in the inbox (the demo loaded
 * without the container's letter delivery) there is nothing to complain from, and the case stays a
 * dismissal.
 */
final class DemoComplaintSteps {

  private static final Logger LOG = Logger.getLogger(DemoComplaintSteps.class.getName());
  static final String MINISTRY = "departementet";

  private final EntityManager em;
  private final DemoClock clock;
  private final ComplaintServicesAs services;
  private final String municipalityUser;
  private Long complaint;

  DemoComplaintSteps(
      EntityManager em, DemoClock clock, ComplaintServicesAs services, String municipalityUser) {
    this.em = em;
    this.clock = clock;
    this.services = services;
    this.municipalityUser = municipalityUser;
  }

  /** Complains on the decision's letter; false when the letter is not in the inbox. */
  boolean complain(long decision, String grounds, String changeAsked, String delayReason) {
    clock.tick();
    var item = new Inbox(em).ofSource(InboxSource.DECISION, decision);
    if (item.isEmpty()) {
      LOG.info(
          () -> "Demo mode: no letter of decision " + decision + " in the inbox to complain on");
      return false;
    }
    complaint =
        services
            .intake(municipalityUser)
            .send(item.get().id(), grounds, changeAsked, delayReason, List.of())
            .id();
    return true;
  }

  /** R-AP-5: IMDi's caseworker dismisses the late complaint (a letter with its own right). */
  void dismissLate(String why) {
    clock.tick();
    services.imdi(DemoStory.CASEWORKER).dismissLate(complaint, version(), why);
  }

  void reverse(String why) {
    clock.tick();
    services.imdi(DemoStory.CASEWORKER).reverse(complaint, version(), why);
  }

  void forward(String statement) {
    clock.tick();
    services.imdi(DemoStory.CASEWORKER).forwardToMinistry(complaint, version(), statement);
  }

  void approveForwarding() {
    clock.tick();
    services.approval(DemoStory.APPROVER).approve(complaint, version(), "Godkjent oversendelse.");
  }

  /** The ministry's interim reply, expecting its answer {@code days} days from now (R-AP-8). */
  void ministryInterimReply(String why, int days) {
    clock.tick();
    LocalDate expected = LocalDate.now(clock).plusDays(days);
    services.ministry(MINISTRY).interimReply(complaint, version(), why, expected);
  }

  void ministryDecides(MinistryOutcome outcome, String why) {
    clock.tick();
    services.ministry(MINISTRY).decide(complaint, version(), outcome, why);
  }

  private long version() {
    em.flush();
    return em.find(Complaint.class, complaint).getVersion();
  }
}

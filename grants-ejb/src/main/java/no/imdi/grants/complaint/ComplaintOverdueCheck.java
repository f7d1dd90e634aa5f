package no.imdi.grants.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import no.imdi.grants.casefile.CaseTrail;
import no.imdi.grants.casefile.MatterKind;
import no.imdi.grants.casefile.StateChange;

/**
 * The daily check of R-AP-8: every open complaint whose month has passed without an answer or an
 * interim reply, at IMDi or at the ministry, is marked overdue, with an audit row. Idempotent: a
 * complaint already marked is left as it is, so a second run the same day, or on another cluster
 * member (which also waits for the first's transaction lock), changes nothing.
 */
@ApplicationScoped
public class ComplaintOverdueCheck {

  /** The key of the transaction-scoped advisory lock that lets one run at a time. */
  static final long LOCK_KEY = 0x4150_0008L;

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  @Inject private ComplaintRepository complaints;
  @Inject private CaseTrail trail;
  @Inject private Clock clock;

  protected ComplaintOverdueCheck() {}

  public ComplaintOverdueCheck(
      EntityManager em, ComplaintRepository complaints, CaseTrail trail, Clock clock) {
    this.em = em;
    this.complaints = complaints;
    this.trail = trail;
    this.clock = clock;
  }

  /** Marks what is overdue today; returns how many complaints were marked now. */
  public int run() {
    em.createNativeQuery("select pg_advisory_xact_lock(:key)")
        .setParameter("key", LOCK_KEY)
        .getSingleResult();
    LocalDate today = LocalDate.now(clock);
    int marked = 0;
    for (Complaint complaint : complaints.open()) {
      Optional<StateChange<ComplaintState>> change = complaint.markOverdue(today, clock.instant());
      if (change.isPresent()) {
        trail.record(
            complaint.getCaseFile(), MatterKind.COMPLAINT, complaint.getId(), change.get());
        marked++;
      }
    }
    complaints.flush("Complaints");
    return marked;
  }
}

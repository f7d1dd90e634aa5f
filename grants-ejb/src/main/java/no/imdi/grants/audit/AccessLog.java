package no.imdi.grants.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * The access log of persons' records: every read of a person's record writes who read it, when, and
 * why, in the same transaction as the read.
 */
@Stateless
public class AccessLog {

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  @Inject private Clock clock;

  public AccessLog() {}

  AccessLog(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  public void recordRead(String username, long personId, String purpose) {
    em.persist(new PersonAccess(username, clock.instant(), personId, purpose));
  }
}

package no.imdi.grants.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * The access log of persons' records: every read of a person's record writes who read it, when, and
 * why, in the same transaction as the read.
 */
@Stateless
public class AccessLog {

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  @Inject private Clock clock;

  public void recordRead(String username, long personId, String purpose) {
    em.persist(new PersonAccess(username, clock.instant(), personId, purpose));
  }

  public List<PersonAccess> readsOf(long personId) {
    return em.createQuery(
            "select a from PersonAccess a where a.personId = :id order by a.accessedAt desc",
            PersonAccess.class)
        .setParameter("id", personId)
        .setMaxResults(100)
        .getResultList();
  }
}

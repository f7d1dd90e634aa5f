package no.imdi.grants.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * The access log of persons' records and health data: every read of a person's record, of a health
 * field and of a health document writes who read it, when, and why, in the same transaction as the
 * read.
 */
@Stateless
public class AccessLog {

  static final int PURPOSE_LENGTH = 255;

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  @Inject private Clock clock;

  public AccessLog() {}

  public AccessLog(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  public void recordRead(String username, long personId, String purpose) {
    em.persist(new PersonAccess(username, clock.instant(), personId, clip(purpose)));
  }

  /**
   * A read of health data (a health field or a health document): what was read and the reader's
   * purpose, in one row of the access log.
   */
  public void recordHealthRead(String username, long personId, String what, String purpose) {
    recordRead(username, personId, what + ": " + purpose);
  }

  /** Who read the person's record and health data, and why, newest first. */
  public List<PersonAccess> readsOf(long personId) {
    return em.createQuery(
            "select a from PersonAccess a where a.personId = :person order by a.accessedAt desc",
            PersonAccess.class)
        .setParameter("person", personId)
        .setMaxResults(500)
        .getResultList();
  }

  private static String clip(String purpose) {
    return purpose.length() <= PURPOSE_LENGTH ? purpose : purpose.substring(0, PURPOSE_LENGTH);
  }
}

package no.imdi.grants.export;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Writes the export log in a transaction of its own, so that an export that broke off (and whose
 * transaction is rolled back) is logged all the same, with the rows that went out before.
 */
@Stateless
public class ExportLog {

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  @Inject private Clock clock;

  public ExportLog() {}

  public ExportLog(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(
      String username,
      String list,
      ExportFormat format,
      String filter,
      String sortOrder,
      ExportOutcome outcome) {
    em.persist(
        new ExportRecord(
            clock.instant(),
            username,
            list,
            format.name(),
            filter,
            sortOrder,
            outcome.rows(),
            outcome.failure()));
  }
}

package no.imdi.grants.payment.file;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The safety net for the bank file (R-PAY-3): every minute, each approved run without a file gets
 * one, made with the payees as they were when it was approved ({@link PaymentFileMaker}). Approval
 * through {@link PaymentFiles} makes the file in its own transaction, so this finds only runs
 * approved some other way, or a file whose making failed after the approval was kept. Idempotent: a
 * run with a file is not found, and two makers at once store one file.
 */
@Singleton
@Startup
@DependsOn("GrantsDatabase")
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PaymentFileRetry {

  private static final Logger LOG = Logger.getLogger(PaymentFileRetry.class.getName());

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  @EJB private PaymentFileRetryWork work;

  @Schedule(second = "30", minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void makeMissingFiles() {
    for (long id : missing(em)) {
      try {
        work.make(id);
      } catch (RuntimeException e) {
        LOG.log(Level.SEVERE, "Payment run " + id + " is approved but has no bank file", e);
      }
    }
  }

  /** The approved runs without a file, oldest first. */
  static List<Long> missing(EntityManager em) {
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(
                "SELECT r.id FROM payment_run r WHERE r.state = 'APPROVED' AND NOT EXISTS"
                    + " (SELECT 1 FROM payment_file f WHERE f.run_id = r.id) ORDER BY r.id")
            .getResultList();
    return ids.stream().map(id -> ((Number) id).longValue()).toList();
  }
}

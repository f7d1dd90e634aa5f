package no.imdi.grants.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Which users' sessions are over: for each user disabled, given a new role or municipality, or a
 * new password, the instant before which a session of theirs has ended. The authentication
 * mechanism asks on every request, so such a session ends at its next request. Kept in this
 * server's memory (one entry per changed user) and written when the change commits; the instant is
 * also stored with the user ({@code sessions_valid_from}), and every 30 seconds each server reads
 * the instants that other servers stored, so in a cluster a session on another member ends within
 * half a minute (and every service call refuses a disabled user at once, from the database).
 */
@Singleton
@Startup
@DependsOn("GrantsDatabase")
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SessionRevocations {

  private static final Logger LOG = Logger.getLogger(SessionRevocations.class.getName());

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  @Resource private TransactionSynchronizationRegistry transactions;

  private final Map<String, Instant> validFrom = new ConcurrentHashMap<>();

  @PostConstruct
  void load() {
    if (em != null) {
      refresh();
    }
  }

  /** Whether a session of the user that began at {@code loginAt} has ended. */
  public boolean ended(String username, Instant loginAt) {
    Instant from = validFrom.get(username);
    return from != null && loginAt.isBefore(from);
  }

  /** Ends the user's sessions that began before {@code from}, once the current change commits. */
  public void endSessionsBefore(String username, Instant from) {
    if (transactions == null || transactions.getTransactionKey() == null) {
      remember(username, from);
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              remember(username, from);
            }
          }
        });
  }

  /** Reads the instants that any server stored (another member's changes). */
  @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void refresh() {
    try {
      em.createQuery(
              "select u.username, u.sessionsValidFrom from AppUser u"
                  + " where u.sessionsValidFrom is not null",
              Object[].class)
          .getResultList()
          .forEach(row -> remember((String) row[0], (Instant) row[1]));
    } catch (PersistenceException e) {
      LOG.warning(() -> "Could not read the users' session limits now (next try in 30 s): " + e);
    }
  }

  private void remember(String username, Instant from) {
    validFrom.merge(username, from, (a, b) -> a.isAfter(b) ? a : b);
  }
}

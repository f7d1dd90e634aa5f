package no.imdi.grants.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.util.logging.Logger;
import no.imdi.grants.audit.SecurityEvent.Kind;
import no.imdi.grants.security.RequestOrigin;

/**
 * Writes the security event log. Each event is written in a transaction of its own, so that a
 * refusal that rolls back the caller's work is still recorded. The caller is the logged-in user, or
 * the username a failed login named; the source is the client address of the web request, if any.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SecurityLog {

  private static final Logger LOG = Logger.getLogger(SecurityLog.class.getName());

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  @Resource private SessionContext context;
  @Inject private Clock clock;

  /** An event of the logged-in caller (or of nobody, before login). */
  public void record(Kind kind, String target, String detail) {
    recordFor(kind, caller(), target, detail);
  }

  /** An event that names its user itself. */
  public void recordFor(Kind kind, String username, String target, String detail) {
    RequestOrigin origin = RequestOrigin.current();
    recordFor(kind, username, origin == null ? null : origin.address(), target, detail);
  }

  /** An event that names its user and source itself (a login attempt, before any filter ran). */
  public void recordFor(Kind kind, String username, String source, String target, String detail) {
    em.persist(new SecurityEvent(clock.instant(), kind, username, source, target, detail));
    LOG.info(() -> "Security event " + kind + " user=" + username + " source=" + source);
  }

  private String caller() {
    Principal principal = context.getCallerPrincipal();
    String name = principal == null ? null : principal.getName();
    return name == null || name.equalsIgnoreCase("ANONYMOUS") ? null : name;
  }
}

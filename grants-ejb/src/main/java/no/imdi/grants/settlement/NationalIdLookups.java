package no.imdi.grants.settlement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import no.imdi.grants.audit.SecurityEvent.Kind;
import no.imdi.grants.audit.SecurityLog;
import no.imdi.grants.security.CurrentUser;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lookups of national ids that are registered outside the caller's municipality, as the register
 * form makes them when a municipality tries to register a person it cannot see. Each is an access
 * event in the security log, and a user may make only so many an hour ({@code
 * grants.security.nationalIdLookupsPerHour}, 20 by default: a choice of this project, not of the
 * rule book), counted from the log itself so that the limit holds across servers and restarts.
 */
@ApplicationScoped
public class NationalIdLookups {

  static final Duration WINDOW = Duration.ofHours(1);

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  @Inject private SecurityLog log;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "grants.security.nationalIdLookupsPerHour", defaultValue = "20")
  int perHour;

  @Inject private CurrentUser currentUser;

  /** Whether the caller may make one more lookup now; a refusal is logged. */
  public boolean allow() {
    String user = currentUser.username();
    long recent =
        em.createQuery(
                "select count(e) from SecurityEvent e where e.username = :user and e.kind = :kind"
                    + " and e.occurredAt > :since",
                Long.class)
            .setParameter("user", user)
            .setParameter("kind", Kind.NATIONAL_ID_LOOKUP)
            .setParameter("since", clock.instant().minus(WINDOW))
            .getSingleResult();
    if (recent >= perHour) {
      log.record(Kind.LOOKUP_LIMITED, "nationalId", recent + " lookups in the last hour");
      return false;
    }
    return true;
  }

  /** Records that the caller learned that this person is registered outside their scope. */
  public void recordElsewhere(long personId) {
    log.record(
        Kind.NATIONAL_ID_LOOKUP,
        "person:" + personId,
        "Registration refused: the national id is registered in another municipality");
  }
}

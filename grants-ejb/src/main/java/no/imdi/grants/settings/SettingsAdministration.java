package no.imdi.grants.settings;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import no.imdi.grants.security.Role;
import no.imdi.grants.shared.ConcurrentChangeException;

/**
 * The administrator's maintenance of the settings the rule book marks [verify] (R-IG-2 family
 * period, R-IG-6 move split, R-AP-3 roll-forward): change a value or confirm it as verified. Each
 * change is audited with who, when, and the value and verified flag before and after; a change to a
 * setting someone else has changed since it was opened is refused.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class SettingsAdministration {

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  @Inject private Clock clock;
  @Resource private SessionContext context;

  public SettingsAdministration() {}

  SettingsAdministration(EntityManager em, Clock clock, SessionContext context) {
    this.em = em;
    this.clock = clock;
    this.context = context;
  }

  /** The settings in the order the administration page shows them. */
  public List<Setting> all() {
    return SettingValidator.KEYS.stream().map(this::get).toList();
  }

  public Setting get(String key) {
    if (!SettingValidator.KEYS.contains(key)) {
      throw new IllegalArgumentException("Unknown setting " + key);
    }
    Setting setting = em.find(Setting.class, key);
    if (setting == null) {
      throw new IllegalStateException("Missing setting " + key);
    }
    return setting;
  }

  /** The setting's audit trail, newest first. */
  public List<SettingAudit> history(String key) {
    return em.createQuery(
            "select a from SettingAudit a where a.key = :key order by a.id desc",
            SettingAudit.class)
        .setParameter("key", get(key).getKey())
        .getResultList();
  }

  /** Changes the value and verified flag; returns false when nothing was different. */
  public boolean change(SettingCommand command) {
    Setting setting = get(command.key());
    if (setting.getVersion() != command.version()) {
      throw changedMeanwhile(command.key());
    }
    String value = SettingValidator.normalized(command.key(), command.value());
    if (value.equals(setting.getValue()) && command.verified() == setting.isVerified()) {
      return false;
    }
    SettingValidator.reason(command.reason());
    Instant now = clock.instant();
    String by = context.getCallerPrincipal().getName();
    em.persist(new SettingAudit(setting, value, command.verified(), by, now, command.reason()));
    setting.change(value, command.verified(), now, by);
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      ConcurrentChangeException refused = changedMeanwhile(command.key());
      refused.initCause(e);
      throw refused;
    }
    return true;
  }

  private static ConcurrentChangeException changedMeanwhile(String key) {
    return new ConcurrentChangeException(
        "Setting " + key + " was changed by someone else after it was opened");
  }
}

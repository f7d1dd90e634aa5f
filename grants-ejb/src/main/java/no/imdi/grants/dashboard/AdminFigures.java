package no.imdi.grants.dashboard;

import static no.imdi.grants.dashboard.Rows.instant;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * The administrator's dashboard figures in PostgreSQL: current rates and settings not yet verified
 * (DOMAIN.md [verify]), the users per role, and the latest changes an administrator makes (rates,
 * settings, users, payees; no case content).
 */
final class AdminFigures {

  /** How many recent audit events the dashboard lists. */
  static final int RECENT = 10;

  private AdminFigures() {}

  static long unverifiedRates(EntityManager em) {
    return Rows.single(
        em, "SELECT count(*) FROM rate WHERE superseded_at IS NULL AND NOT verified");
  }

  static long unverifiedSettings(EntityManager em) {
    return Rows.single(em, "SELECT count(*) FROM setting WHERE NOT verified");
  }

  /** Enabled users per role. */
  static List<Tally> usersByRole(EntityManager em) {
    return MunicipalityFigures.tallies(
        Rows.list(
            em, "SELECT role, count(*) FROM app_user WHERE enabled GROUP BY role ORDER BY role"));
  }

  static long disabledUsers(EntityManager em) {
    return Rows.single(em, "SELECT count(*) FROM app_user WHERE NOT enabled");
  }

  static List<AuditEvent> recent(EntityManager em) {
    return Rows.list(
            em,
            "SELECT area, at, who, action, subject FROM ("
                + " (SELECT 'RATE' AS area, a.at, a.username AS who, a.action,"
                + " r.code || ' ' || r.calendar_year AS subject FROM rate_audit a"
                + " JOIN rate r ON r.id = a.rate_id ORDER BY a.at DESC LIMIT ?1)"
                + " UNION ALL (SELECT 'SETTING', at, username, 'CHANGE', setting_key"
                + " FROM setting_audit ORDER BY at DESC LIMIT ?1)"
                + " UNION ALL (SELECT 'USER', at, changed_by, action, username FROM user_audit"
                + " ORDER BY at DESC LIMIT ?1)"
                + " UNION ALL (SELECT 'PAYEE', changed_at, changed_by, 'CHANGE', municipality"
                + " FROM municipality_payee_audit ORDER BY changed_at DESC LIMIT ?1)) e"
                + " ORDER BY at DESC, area, subject LIMIT ?1",
            RECENT)
        .stream()
        .map(
            r ->
                new AuditEvent(
                    (String) r[0], instant(r[1]), (String) r[2], (String) r[3], (String) r[4]))
        .toList();
  }
}

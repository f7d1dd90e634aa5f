package no.imdi.grants.settlement;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.municipality.Municipality;
import no.imdi.grants.settlement.MunicipalityNotice.Kind;
import no.imdi.grants.settlement.SettlementAudit.Action;
import no.imdi.grants.shared.Formats;

/**
 * What follows a move, in the move's transaction: the audit row (who, when, from where to where,
 * from which date, why) and the notices to the municipalities concerned: the one the person left
 * and the one they moved to, and on a correction also the one a wrong move had named.
 */
@ApplicationScoped
public class MoveRecords {

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  @Inject private Clock clock;
  @Resource private SessionContext context;

  void moved(Settlement s, Municipality from, Municipality to, LocalDate date) {
    Instant now = clock.instant();
    audit(s, now, Action.MOVED, describe(from, to, date), null);
    notice(from, now, Kind.MOVED_OUT, s, to, date);
    notice(to, now, Kind.MOVED_IN, s, from, date);
  }

  void undone(Settlement s, SettlementMove undone, String reason) {
    Instant now = clock.instant();
    audit(
        s,
        now,
        Action.MOVE_UNDONE,
        describe(undone.getFrom(), undone.getTo(), undone.getMoveDate()),
        reason);
    notice(undone.getTo(), now, Kind.MOVE_UNDONE, s, undone.getFrom(), undone.getMoveDate());
    notice(undone.getFrom(), now, Kind.MOVE_UNDONE, s, undone.getTo(), undone.getMoveDate());
  }

  void corrected(
      Settlement s, SettlementMove undone, Municipality to, LocalDate date, String reason) {
    Instant now = clock.instant();
    audit(
        s,
        now,
        Action.MOVE_CORRECTED,
        describe(undone.getFrom(), undone.getTo(), undone.getMoveDate())
            + " => "
            + describe(undone.getFrom(), to, date),
        reason);
    if (!undone.getTo().equals(to)) {
      notice(undone.getTo(), now, Kind.MOVE_UNDONE, s, undone.getFrom(), undone.getMoveDate());
    }
    notice(to, now, Kind.MOVE_CORRECTED, s, undone.getFrom(), date);
    notice(undone.getFrom(), now, Kind.MOVE_CORRECTED, s, to, date);
  }

  List<SettlementAudit> audit(long settlementId) {
    return em.createQuery(
            "select a from SettlementAudit a where a.settlementId = :id order by a.at desc",
            SettlementAudit.class)
        .setParameter("id", settlementId)
        .getResultList();
  }

  private void audit(Settlement s, Instant at, Action action, String details, String reason) {
    em.persist(
        new SettlementAudit(
            s.getId(), context.getCallerPrincipal().getName(), at, action, details, reason));
  }

  private void notice(
      Municipality to, Instant at, Kind kind, Settlement s, Municipality other, LocalDate date) {
    em.persist(new MunicipalityNotice(to, at, kind, s.getPerson(), other, date));
  }

  private static String describe(Municipality from, Municipality to, LocalDate date) {
    return from.getNumber() + " -> " + to.getNumber() + " " + Formats.date(date);
  }
}

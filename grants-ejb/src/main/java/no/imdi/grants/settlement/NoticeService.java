package no.imdi.grants.settlement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.security.MunicipalityScope;
import no.imdi.grants.security.Role;

/**
 * The notices of the caller's own municipality from the last 90 days, newest first: the persons who
 * moved in or out, and IMDi's corrections of moves. A municipality sees only its own notices.
 */
@Stateless
@RolesAllowed({Role.MUNICIPALITY_CASEWORKER_NAME, Role.MUNICIPALITY_FINANCE_NAME})
public class NoticeService {

  static final Duration RECENT = Duration.ofDays(90);
  static final int MAX = 50;

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  @Inject private CurrentUser currentUser;
  @Inject private SettlementRepository repository;
  @Inject private Clock clock;

  public List<NoticeView> recent() {
    String own = currentUser.user().getMunicipalityNumber();
    MunicipalityScope scope = currentUser.settlementScope();
    List<MunicipalityNotice> notices =
        em.createQuery(
                "select n from MunicipalityNotice n join fetch n.person left join fetch"
                    + " n.otherMunicipality where n.municipality.number = :own and n.createdAt >"
                    + " :since order by n.createdAt desc, n.id desc",
                MunicipalityNotice.class)
            .setParameter("own", own)
            .setParameter("since", clock.instant().minus(RECENT))
            .setMaxResults(MAX)
            .getResultList();
    // which of the persons the caller may still open, asked once for all the notices
    Set<Long> visible =
        repository.personsInScope(
            scope, notices.stream().map(n -> n.getPerson().getId()).distinct().toList());
    return notices.stream()
        .map(
            n ->
                new NoticeView(
                    n.getCreatedAt(),
                    n.getKind(),
                    n.getPerson().getId(),
                    n.getPerson().getFullName(),
                    visible.contains(n.getPerson().getId()),
                    n.getOtherMunicipality() == null ? null : n.getOtherMunicipality().getLabel(),
                    n.getMoveDate()))
        .toList();
  }
}

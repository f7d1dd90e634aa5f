package no.imdi.grants.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import no.imdi.grants.security.MunicipalityScope;

/**
 * The case's audit trail: one row per state change of the case or a matter in it, written in the
 * transaction of the change. Read by IMDi's roles on the case page.
 */
@ApplicationScoped
public class CaseTrail {

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  protected CaseTrail() {}

  public CaseTrail(EntityManager em) {
    this.em = em;
  }

  /** Writes the change of the matter; the matter must have its id (persisted). */
  public void record(CaseFile caseFile, MatterKind matter, Long matterId, StateChange<?> change) {
    if (matterId == null) {
      throw new IllegalStateException("Persist the " + matter + " before recording its change");
    }
    em.persist(new CaseAudit(caseFile.getId(), matter, matterId, change));
  }

  /** The trail of the case, oldest first. */
  public List<CaseAudit> of(MunicipalityScope scope, long caseId) {
    return CaseScope.bind(
            em.createQuery(
                "select a from CaseAudit a where a.caseId = :id and exists (select 1 from CaseFile c"
                    + " where c.id = a.caseId"
                    + CaseScope.clause(scope, "c")
                    + ") order by a.at, a.id",
                CaseAudit.class),
            scope)
        .setParameter("id", caseId)
        .getResultList();
  }
}

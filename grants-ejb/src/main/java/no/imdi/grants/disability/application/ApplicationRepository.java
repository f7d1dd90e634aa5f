package no.imdi.grants.disability.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.imdi.grants.approval.ProposalStatus;
import no.imdi.grants.casefile.CaseScope;
import no.imdi.grants.security.MunicipalityScope;

/**
 * Applications, decisions and extension requests of the disability grant in PostgreSQL. Every read
 * takes the caller's {@link MunicipalityScope} and applies it to the case the matter belongs to, so
 * a municipality never reaches another's application, decision or request by its id.
 */
@ApplicationScoped
public class ApplicationRepository {

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  protected ApplicationRepository() {}

  public ApplicationRepository(EntityManager em) {
    this.em = em;
  }

  public Optional<Application> find(MunicipalityScope scope, long applicationId) {
    return CaseScope.bind(
            em.createQuery(
                "select a from Application a join fetch a.caseFile c join fetch c.person"
                    + " join fetch a.applicant where a.id = :id"
                    + CaseScope.clause(scope, "c"),
                Application.class),
            scope)
        .setParameter("id", applicationId)
        .getResultStream()
        .findFirst();
  }

  /** The case's applications, by grant year and age. */
  public List<Application> ofCase(MunicipalityScope scope, long caseId) {
    return CaseScope.bind(
            em.createQuery(
                "select a from Application a join a.caseFile c where c.id = :id"
                    + CaseScope.clause(scope, "c")
                    + " order by a.grantYear, a.createdAt, a.id",
                Application.class),
            scope)
        .setParameter("id", caseId)
        .getResultList();
  }

  public void add(Application application) {
    em.persist(application);
  }

  public Optional<Decision> findDecision(MunicipalityScope scope, long decisionId) {
    return CaseScope.bind(
            em.createQuery(
                "select d from Decision d join fetch d.application a join fetch a.caseFile c"
                    + " where d.id = :id"
                    + CaseScope.clause(scope, "c"),
                Decision.class),
            scope)
        .setParameter("id", decisionId)
        .getResultStream()
        .findFirst();
  }

  /** The application's decisions, oldest first (sent back ones stay on record). */
  public List<Decision> decisionsOf(MunicipalityScope scope, long applicationId) {
    return CaseScope.bind(
            em.createQuery(
                "select d from Decision d join d.application a join a.caseFile c"
                    + " where a.id = :id"
                    + CaseScope.clause(scope, "c")
                    + " order by d.proposal.preparedAt, d.id",
                Decision.class),
            scope)
        .setParameter("id", applicationId)
        .getResultList();
  }

  /**
   * The approved decisions of the case's applications in force, not set aside after a complaint
   * (for R-DOC-7 and what was granted).
   */
  public List<Decision> approvedOfCase(MunicipalityScope scope, long caseId) {
    return CaseScope.bind(
            em.createQuery(
                "select d from Decision d join fetch d.application a join a.caseFile c"
                    + " where c.id = :id and d.proposal.status = :approved"
                    + " and d.setAsideAt is null"
                    + CaseScope.clause(scope, "c"),
                Decision.class),
            scope)
        .setParameter("id", caseId)
        .setParameter("approved", ProposalStatus.APPROVED)
        .getResultList();
  }

  /** Decisions waiting for a checker that this user did not prepare, oldest first. */
  public List<Decision> pendingFor(MunicipalityScope scope, String approver, int first, int max) {
    return CaseScope.bind(
            em.createQuery(
                "select d from Decision d join fetch d.application a join fetch a.caseFile c"
                    + " join fetch c.person where d.proposal.status = :pending"
                    + " and lower(d.proposal.preparedBy) <> lower(:me)"
                    + CaseScope.clause(scope, "c")
                    + " order by d.proposal.preparedAt, d.id",
                Decision.class),
            scope)
        .setParameter("pending", ProposalStatus.PENDING)
        .setParameter("me", approver)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /** Decisions waiting for a checker that this user prepared (which they may not approve). */
  public List<Decision> pendingPreparedBy(
      MunicipalityScope scope, String preparer, int first, int max) {
    return CaseScope.bind(
            em.createQuery(
                "select d from Decision d join fetch d.application a join fetch a.caseFile c"
                    + " join fetch c.person where d.proposal.status = :pending"
                    + " and lower(d.proposal.preparedBy) = lower(:me)"
                    + CaseScope.clause(scope, "c")
                    + " order by d.proposal.preparedAt, d.id",
                Decision.class),
            scope)
        .setParameter("pending", ProposalStatus.PENDING)
        .setParameter("me", preparer)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public void add(Decision decision) {
    em.persist(decision);
  }

  public Optional<ExtensionRequest> findExtension(MunicipalityScope scope, long requestId) {
    return CaseScope.bind(
            em.createQuery(
                "select e from ExtensionRequest e join fetch e.caseFile c where e.id = :id"
                    + CaseScope.clause(scope, "c"),
                ExtensionRequest.class),
            scope)
        .setParameter("id", requestId)
        .getResultStream()
        .findFirst();
  }

  public List<ExtensionRequest> extensionsOf(MunicipalityScope scope, long caseId) {
    return CaseScope.bind(
            em.createQuery(
                "select e from ExtensionRequest e join e.caseFile c where c.id = :id"
                    + CaseScope.clause(scope, "c")
                    + " order by e.requestedAt, e.id",
                ExtensionRequest.class),
            scope)
        .setParameter("id", caseId)
        .getResultList();
  }

  /** The later deadline granted for the grant year of the case (R-DL-5), if any. */
  public Optional<LocalDate> grantedExtension(long caseId, int grantYear) {
    return em.createQuery(
            "select max(e.grantedDeadline) from ExtensionRequest e where e.caseFile.id = :id"
                + " and e.grantYear = :year and e.state = :granted",
            LocalDate.class)
        .setParameter("id", caseId)
        .setParameter("year", grantYear)
        .setParameter("granted", ExtensionState.GRANTED)
        .getResultStream()
        .filter(java.util.Objects::nonNull)
        .findFirst();
  }

  public void add(ExtensionRequest request) {
    em.persist(request);
  }

  /** The case's attachments that are the stored document. */
  public List<Attachment> attachmentsHolding(
      MunicipalityScope scope, long caseId, UUID documentId) {
    return CaseScope.bind(
            em.createQuery(
                "select t from Attachment t join t.application a join a.caseFile c"
                    + " where c.id = :id and t.document.documentId = :doc"
                    + CaseScope.clause(scope, "c"),
                Attachment.class),
            scope)
        .setParameter("id", caseId)
        .setParameter("doc", documentId)
        .getResultList();
  }
}

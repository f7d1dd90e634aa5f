package no.imdi.grants.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import no.imdi.grants.casefile.CaseScope;
import no.imdi.grants.casefile.MatterKind;
import no.imdi.grants.journal.EntryType;
import no.imdi.grants.security.MunicipalityScope;
import no.imdi.grants.shared.ConcurrentChangeException;

/**
 * The complaints, each query through the case's municipality scope, and the ministry's own view:
 * only complaints forwarded to it (R-AP-7), whatever their case.
 */
@ApplicationScoped
public class ComplaintRepository {

  static final List<ComplaintState> OPEN =
      List.of(
          ComplaintState.LATE,
          ComplaintState.RECEIVED,
          ComplaintState.STATEMENT_PREPARED,
          ComplaintState.WITH_MINISTRY);
  static final List<ComplaintState> FORWARDED =
      List.of(ComplaintState.WITH_MINISTRY, ComplaintState.DECIDED_BY_MINISTRY);

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  protected ComplaintRepository() {}

  public ComplaintRepository(EntityManager em) {
    this.em = em;
  }

  public void add(Complaint complaint) {
    em.persist(complaint);
  }

  public Optional<Complaint> find(MunicipalityScope scope, long id) {
    return CaseScope.bind(
            em.createQuery(
                "select k from Complaint k join fetch k.caseFile c join fetch c.person"
                    + " where k.id = :id"
                    + CaseScope.clause(scope, "c"),
                Complaint.class),
            scope)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  /** The case's complaints, oldest first. */
  public List<Complaint> ofCase(MunicipalityScope scope, long caseId) {
    return CaseScope.bind(
            em.createQuery(
                "select k from Complaint k join k.caseFile c where c.id = :id"
                    + CaseScope.clause(scope, "c")
                    + " order by k.receipt.receivedAt, k.id",
                Complaint.class),
            scope)
        .setParameter("id", caseId)
        .getResultList();
  }

  /** Every complaint on the decision (one may be open at a time). */
  public List<Complaint> ofDecision(long decisionId) {
    return em.createQuery(
            "select k from Complaint k where k.contested.decisionId = :d order by k.id",
            Complaint.class)
        .setParameter("d", decisionId)
        .getResultList();
  }

  /** The open complaints, for the daily check (R-AP-8). */
  public List<Complaint> open() {
    return em.createQuery(
            "select k from Complaint k join fetch k.caseFile where k.state in :open order by k.id",
            Complaint.class)
        .setParameter("open", OPEN)
        .getResultList();
  }

  /** Forwarding statements waiting for a checker, oldest first. */
  public List<Complaint> statementsPending(int first, int max) {
    return em.createQuery(
            "select k from Complaint k join fetch k.caseFile c join fetch c.person"
                + " where k.state = :state order by k.id",
            Complaint.class)
        .setParameter("state", ComplaintState.STATEMENT_PREPARED)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /** The ministry's list: complaints forwarded to it, the oldest forwarding first. */
  public List<Complaint> forwarded(int first, int max) {
    return forwardedQuery().setFirstResult(first).setMaxResults(max).getResultList();
  }

  /**
   * The ministry's whole list in the page's order, read forward through a database cursor ({@code
   * fetchSize} rows at a time, read-only), for its export; the caller closes the stream.
   */
  public java.util.stream.Stream<Complaint> streamForwarded(int fetchSize) {
    return forwardedQuery()
        .setHint("org.hibernate.fetchSize", fetchSize)
        .setHint("org.hibernate.readOnly", true)
        .getResultStream();
  }

  private jakarta.persistence.TypedQuery<Complaint> forwardedQuery() {
    return em.createQuery(
            "select k from Complaint k join fetch k.caseFile c join fetch c.person"
                + " where k.state in :forwarded"
                + " order by case when k.state = :with then 0 else 1 end,"
                + " k.progress.forwardedOn, k.id",
            Complaint.class)
        .setParameter("forwarded", FORWARDED)
        .setParameter("with", ComplaintState.WITH_MINISTRY);
  }

  public long countForwarded() {
    return em.createQuery(
            "select count(k) from Complaint k where k.state in :forwarded", Long.class)
        .setParameter("forwarded", FORWARDED)
        .getSingleResult();
  }

  /** A complaint forwarded to the ministry; empty for any other. */
  public Optional<Complaint> findForwarded(long id) {
    return em.createQuery(
            "select k from Complaint k join fetch k.caseFile c join fetch c.person"
                + " where k.id = :id and k.state in :forwarded",
            Complaint.class)
        .setParameter("id", id)
        .setParameter("forwarded", FORWARDED)
        .getResultStream()
        .findFirst();
  }

  /**
   * The titles of the documents the municipality sent with the complaint (its incoming journal
   * entry), in the order sent. The caller has the complaint in scope.
   */
  public List<String> attachments(long complaintId) {
    return em.createQuery(
            "select d.title from JournalEntry e join e.documents d"
                + " where e.matter = :matter and e.matterId = :id and e.type = :incoming"
                + " order by e.number, index(d)",
            String.class)
        .setParameter("matter", MatterKind.COMPLAINT)
        .setParameter("id", complaintId)
        .setParameter("incoming", EntryType.INCOMING)
        .getResultList();
  }

  public void flush(String what) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConcurrentChangeException(what + " was changed by someone else meanwhile");
    }
  }
}

package no.imdi.grants.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import no.imdi.grants.security.MunicipalityScope;
import no.imdi.grants.settlement.Person;
import no.imdi.grants.shared.ConcurrentChangeException;
import org.hibernate.Session;

/**
 * Case files and their enquiries in PostgreSQL. Every read takes the caller's {@link
 * MunicipalityScope} and applies it in the query ({@link CaseScope}). Case numbers come from one
 * counter row per year, taken and raised in one statement that holds the row until the transaction
 * ends, so two cases never get the same number.
 */
@ApplicationScoped
public class CaseRepository {

  private static final String NEXT_NUMBER =
      "insert into case_number_counter (case_year, last_sequence) values (?, 1)"
          + " on conflict (case_year) do update"
          + " set last_sequence = case_number_counter.last_sequence + 1 returning last_sequence";

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  protected CaseRepository() {}

  public CaseRepository(EntityManager em) {
    this.em = em;
  }

  public Optional<CaseFile> find(MunicipalityScope scope, long caseId) {
    return one(scope, "c.id = :key", caseId);
  }

  public Optional<CaseFile> findByPerson(MunicipalityScope scope, long personId, Scheme scheme) {
    return CaseScope.bind(
            em.createQuery(
                "select c from CaseFile c join fetch c.person p where p.id = :key"
                    + " and c.scheme = :scheme"
                    + CaseScope.clause(scope, "c"),
                CaseFile.class),
            scope)
        .setParameter("key", personId)
        .setParameter("scheme", scheme)
        .getResultStream()
        .findFirst();
  }

  /**
   * Holds the case's row until the transaction ends, so that work that must see the case's matters
   * as they are (one application per grant year, the next journal number) runs one at a time per
   * case. Does not change the case's version.
   */
  public void lock(CaseFile caseFile) {
    em.flush();
    em.lock(caseFile, LockModeType.PESSIMISTIC_WRITE);
  }

  /** Holds the person's row, so that two first applications cannot open two cases for one. */
  public void lockPerson(Person person) {
    em.lock(person, LockModeType.PESSIMISTIC_WRITE);
  }

  /** The next number of the year: 1, 2, 3, ... in the order the transactions take them. */
  public CaseNumber allocateNumber(int year) {
    int sequence =
        em.unwrap(Session.class)
            .doReturningWork(
                connection -> {
                  try (PreparedStatement next = connection.prepareStatement(NEXT_NUMBER)) {
                    next.setInt(1, year);
                    try (ResultSet rs = next.executeQuery()) {
                      rs.next();
                      return rs.getInt(1);
                    }
                  }
                });
    return new CaseNumber(year, sequence);
  }

  public void add(CaseFile caseFile) {
    em.persist(caseFile);
  }

  public void add(Enquiry enquiry) {
    em.persist(enquiry);
  }

  public Optional<Enquiry> findEnquiry(MunicipalityScope scope, long enquiryId) {
    return CaseScope.bind(
            em.createQuery(
                "select q from Enquiry q join fetch q.caseFile c where q.id = :key"
                    + CaseScope.clause(scope, "c"),
                Enquiry.class),
            scope)
        .setParameter("key", enquiryId)
        .getResultStream()
        .findFirst();
  }

  public List<Enquiry> enquiries(MunicipalityScope scope, long caseId) {
    return CaseScope.bind(
            em.createQuery(
                "select q from Enquiry q join q.caseFile c where c.id = :key"
                    + CaseScope.clause(scope, "c")
                    + " order by q.openedAt, q.id",
                Enquiry.class),
            scope)
        .setParameter("key", caseId)
        .getResultList();
  }

  /** Writes pending changes now; a row someone else changed meanwhile refuses the save. */
  public void flush(String what) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConcurrentChangeException(what + " was changed by someone else meanwhile");
    }
  }

  private Optional<CaseFile> one(MunicipalityScope scope, String where, Object key) {
    return CaseScope.bind(
            em.createQuery(
                "select c from CaseFile c join fetch c.person where "
                    + where
                    + CaseScope.clause(scope, "c"),
                CaseFile.class),
            scope)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }
}

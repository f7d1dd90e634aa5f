package no.imdi.grants.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.imdi.grants.journal.JournalDraft;
import no.imdi.grants.journal.JournalEntry;
import no.imdi.grants.security.MunicipalityScope;

/**
 * The case's journal in PostgreSQL: entries are numbered 1, 2, 3 ... in their case (the case's row
 * is held while the number is taken), written once and never changed (the database refuses updates
 * and deletes). Reads take the caller's scope.
 */
@ApplicationScoped
public class CaseJournal {

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  @Inject private Clock clock;

  protected CaseJournal() {}

  public CaseJournal(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  /** Writes the draft as the case's next entry. */
  public JournalEntry write(CaseFile caseFile, JournalDraft draft, String by) {
    JournalEntry entry = JournalEntry.write(draft, caseFile, next(caseFile), by, clock.instant());
    em.persist(entry);
    return entry;
  }

  /** Writes a correction of an entry as the case's next entry. */
  public JournalEntry correct(JournalEntry original, JournalDraft correction, String by) {
    JournalEntry entry =
        JournalEntry.correct(
            original, correction, next(original.getCaseFile()), by, clock.instant());
    em.persist(entry);
    return entry;
  }

  public List<JournalEntry> of(MunicipalityScope scope, long caseId) {
    return CaseScope.bind(
            em.createQuery(
                "select e from JournalEntry e join e.caseFile c where c.id = :id"
                    + CaseScope.clause(scope, "c")
                    + " order by e.number",
                JournalEntry.class),
            scope)
        .setParameter("id", caseId)
        .getResultList();
  }

  public Optional<JournalEntry> find(MunicipalityScope scope, long entryId) {
    return CaseScope.bind(
            em.createQuery(
                "select e from JournalEntry e join fetch e.caseFile c where e.id = :id"
                    + CaseScope.clause(scope, "c"),
                JournalEntry.class),
            scope)
        .setParameter("id", entryId)
        .getResultStream()
        .findFirst();
  }

  /** The entries of the case that hold the stored document. */
  public List<JournalEntry> holding(MunicipalityScope scope, long caseId, UUID documentId) {
    return CaseScope.bind(
            em.createQuery(
                "select distinct e from JournalEntry e join e.caseFile c join e.documents d"
                    + " where c.id = :id and d.document.documentId = :doc"
                    + CaseScope.clause(scope, "c"),
                JournalEntry.class),
            scope)
        .setParameter("id", caseId)
        .setParameter("doc", documentId)
        .getResultList();
  }

  private int next(CaseFile caseFile) {
    em.flush();
    em.lock(caseFile, LockModeType.PESSIMISTIC_WRITE);
    Integer last =
        em.createQuery(
                "select max(e.number) from JournalEntry e where e.caseFile = :c", Integer.class)
            .setParameter("c", caseFile)
            .getSingleResult();
    return last == null ? 1 : last + 1;
  }
}

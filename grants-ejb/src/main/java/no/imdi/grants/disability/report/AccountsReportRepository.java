package no.imdi.grants.disability.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.imdi.grants.approval.ProposalStatus;
import no.imdi.grants.disability.application.Application;
import no.imdi.grants.disability.application.Decision;
import no.imdi.grants.security.MunicipalityScope;

/**
 * Accounts reports, their outcomes and the recoveries they give, in PostgreSQL. A report belongs to
 * the municipality that received the grant and owes the report (R-REP-1): every read takes the
 * caller's scope and applies it in the query, so a municipality never reaches another's report or
 * outcome by its id.
 */
@ApplicationScoped
public class AccountsReportRepository {

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  protected AccountsReportRepository() {}

  public AccountsReportRepository(EntityManager em) {
    this.em = em;
  }

  public void add(AccountsReport report) {
    em.persist(report);
  }

  public void add(ReportOutcome outcome) {
    em.persist(outcome);
  }

  public void add(Recovery recovery) {
    em.persist(recovery);
  }

  public Optional<AccountsReport> find(MunicipalityScope scope, long reportId) {
    return bind(
            em.createQuery(
                "select r from AccountsReport r join fetch r.caseFile c join fetch c.person"
                    + " where r.id = :id"
                    + clause(scope, "r"),
                AccountsReport.class),
            scope)
        .setParameter("id", reportId)
        .getResultStream()
        .findFirst();
  }

  /** The case's reports in the caller's scope, by grant year. */
  public List<AccountsReport> ofCase(MunicipalityScope scope, long caseId) {
    return bind(
            em.createQuery(
                "select r from AccountsReport r where r.caseFile.id = :case"
                    + clause(scope, "r")
                    + " order by r.grantYear, r.id",
                AccountsReport.class),
            scope)
        .setParameter("case", caseId)
        .getResultList();
  }

  /**
   * The reports in the caller's scope, those waiting for a signature first (signed, then drafts),
   * then by due date; a page of them.
   */
  public List<AccountsReport> list(MunicipalityScope scope, int first, int size) {
    return bind(
            em.createQuery(
                "select r from AccountsReport r join fetch r.caseFile c join fetch c.person"
                    + " where 1 = 1"
                    + clause(scope, "r")
                    + " order by case r.state when :signed then 0 when :draft then 1 else 2 end,"
                    + " r.dueDate, r.id",
                AccountsReport.class),
            scope)
        .setParameter("signed", AccountsReportState.SIGNED)
        .setParameter("draft", AccountsReportState.DRAFT)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  public Optional<AccountsReport> forApplication(long applicationId) {
    return em.createQuery(
            "select r from AccountsReport r where r.application.id = :a", AccountsReport.class)
        .setParameter("a", applicationId)
        .getResultStream()
        .findFirst();
  }

  /** The supplement application that decides the report's claimed overrun (R-REP-3), if any. */
  public Optional<Application> supplementOf(long reportId) {
    return em.createQuery(
            "select a from Application a where a.supplement.reportId = :r", Application.class)
        .setParameter("r", reportId)
        .getResultStream()
        .findFirst();
  }

  public Optional<ReportOutcome> findOutcome(MunicipalityScope scope, long outcomeId) {
    return bind(
            em.createQuery(
                "select o from ReportOutcome o join fetch o.report r where o.id = :id"
                    + clause(scope, "r"),
                ReportOutcome.class),
            scope)
        .setParameter("id", outcomeId)
        .getResultStream()
        .findFirst();
  }

  /** The report's outcomes, oldest first (sent back ones stay on record). */
  public List<ReportOutcome> outcomesOf(long reportId) {
    return em.createQuery(
            "select o from ReportOutcome o where o.report.id = :r order by o.id",
            ReportOutcome.class)
        .setParameter("r", reportId)
        .getResultList();
  }

  /** Outcomes waiting for a checker, oldest first; with {@code own} those the caller prepared. */
  public List<ReportOutcome> pending(String username, boolean own, int first, int size) {
    return em.createQuery(
            "select o from ReportOutcome o join fetch o.report r join fetch r.caseFile c"
                + " join fetch c.person where o.proposal.status = :pending and "
                + (own ? "" : "not ")
                + "(lower(o.proposal.preparedBy) = lower(:me))"
                + " order by o.proposal.preparedAt, o.id",
            ReportOutcome.class)
        .setParameter("pending", ProposalStatus.PENDING)
        .setParameter("me", username)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  /** Reports still with the municipality and due on or before the day, for the reminders. */
  public List<AccountsReport> openDueBy(LocalDate day) {
    return em.createQuery(
            "select r from AccountsReport r where r.state in :open and r.dueDate <= :day"
                + " order by r.id",
            AccountsReport.class)
        .setParameter("open", List.of(AccountsReportState.DRAFT, AccountsReportState.SIGNED))
        .setParameter("day", day)
        .getResultList();
  }

  /**
   * Approved grant decisions of budget-based T2 applications that have no report yet (R-REP-1,
   * R-REP-2): what the daily run opens reports for, should an approval not have.
   */
  public List<Decision> grantsWithoutReport() {
    return em.createQuery(
            "select d from Decision d join fetch d.application a where a.kind ="
                + " no.imdi.grants.disability.GrantKind.T2 and a.basis ="
                + " no.imdi.grants.disability.application.ReportingBasis.BUDGET"
                + " and d.proposal.status = :approved and d.amount is not null"
                + " and not exists (select 1 from AccountsReport r where r.application = a)",
            Decision.class)
        .setParameter("approved", ProposalStatus.APPROVED)
        .getResultList();
  }

  public boolean recoveryExists(String sourceKey) {
    return !em.createQuery("select r.id from Recovery r where r.sourceKey = :k", Long.class)
        .setParameter("k", sourceKey)
        .getResultList()
        .isEmpty();
  }

  public Optional<Recovery> recovery(String sourceKey) {
    return em.createQuery("select r from Recovery r where r.sourceKey = :k", Recovery.class)
        .setParameter("k", sourceKey)
        .getResultStream()
        .findFirst();
  }

  private static String clause(MunicipalityScope scope, String alias) {
    return scope.restrictedTo().isPresent()
        ? " and " + alias + ".municipality.number = :scope"
        : " and :scope = ''";
  }

  private static <T> TypedQuery<T> bind(TypedQuery<T> query, MunicipalityScope scope) {
    return query.setParameter("scope", scope.restrictedTo().orElse(""));
  }
}

package no.imdi.grants.statistics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import no.imdi.grants.audit.SecurityEvent.Kind;
import no.imdi.grants.audit.SecurityLog;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.security.MunicipalityScope;
import no.imdi.grants.security.RefusalAudit;
import no.imdi.grants.security.Role;
import no.imdi.grants.shared.FieldProblem;
import no.imdi.grants.shared.InvalidInputException;

/**
 * The statistics of the issue "Reporting" for IMDi's roles (every municipality) and a
 * municipality's caseworker and finance officer (its own municipality only): each figure is one
 * aggregate query in the database ({@link StatisticsQueries}). The filter is checked first (odd
 * input is refused with the field's problem, never a failure); a municipality's filter is then
 * forced to its own municipality whatever it asked for, and a filter that named another
 * municipality is recorded in the security log as refused (its numbers are never shown).
 */
@Stateless
@Interceptors(RefusalAudit.class)
@RolesAllowed({
  Role.MUNICIPALITY_CASEWORKER_NAME,
  Role.MUNICIPALITY_FINANCE_NAME,
  Role.IMDI_CASEWORKER_NAME,
  Role.IMDI_APPROVER_NAME
})
public class StatisticsService {

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  @Inject private CurrentUser currentUser;
  @Inject private SecurityLog securityLog;

  public StatisticsService() {}

  public StatisticsService(EntityManager em, CurrentUser currentUser, SecurityLog securityLog) {
    this.em = em;
    this.currentUser = currentUser;
    this.securityLog = securityLog;
  }

  /** Every figure for the filter. */
  public Statistics all(StatisticsFilter filter) {
    StatisticsFilter applied = applied(filter);
    StatisticsQueries queries = new StatisticsQueries(em);
    return new Statistics(
        applied,
        queries.settled(applied),
        queries.applications(applied),
        queries.amounts(applied),
        queries.processingTimes(applied),
        queries.complaints(applied));
  }

  public SettledFigure settled(StatisticsFilter filter) {
    return figure(filter, StatisticsQueries::settled);
  }

  public List<ApplicationCount> applications(StatisticsFilter filter) {
    return figure(filter, StatisticsQueries::applications);
  }

  public List<AmountSum> amounts(StatisticsFilter filter) {
    return figure(filter, StatisticsQueries::amounts);
  }

  public List<ProcessingTime> processingTimes(StatisticsFilter filter) {
    return figure(filter, StatisticsQueries::processingTimes);
  }

  public List<ComplaintCount> complaints(StatisticsFilter filter) {
    return figure(filter, StatisticsQueries::complaints);
  }

  private <T> T figure(
      StatisticsFilter filter, BiFunction<StatisticsQueries, StatisticsFilter, T> f) {
    StatisticsFilter applied = applied(filter);
    return f.apply(new StatisticsQueries(em), applied);
  }

  /**
   * The filter checked and within the caller's scope: a municipality's caller gets its own
   * municipality; when it asked for another one, the refusal is logged.
   */
  public StatisticsFilter applied(StatisticsFilter filter) {
    StatisticsFilter asked = (filter == null ? StatisticsFilter.NONE : filter).checked();
    StatisticsQueries queries = new StatisticsQueries(em);
    List<FieldProblem> problems = new ArrayList<>();
    if (asked.countyNumber() != null && !queries.countyExists(asked.countyNumber())) {
      problems.add(FieldProblem.of("county", "stats.filter.noCounty", asked.countyNumber()));
    }
    if (asked.municipalityNumber() != null
        && !queries.municipalityExists(asked.municipalityNumber())) {
      problems.add(
          FieldProblem.of(
              "municipality", "stats.filter.noMunicipality", asked.municipalityNumber()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    MunicipalityScope scope = currentUser.settlementScope();
    if (asked.municipalityNumber() != null && !scope.allows(asked.municipalityNumber())) {
      securityLog.record(
          Kind.REFUSED,
          "StatisticsService(" + asked.describe() + ")",
          "Statistics of another municipality asked for; the caller's own municipality was shown");
    }
    return asked.within(scope);
  }
}

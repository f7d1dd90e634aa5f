package no.imdi.grants.statistics;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.payment.PaymentGroup;
import no.imdi.grants.settlement.TargetGroup;

/**
 * One aggregate SQL query per statistics figure: PostgreSQL counts, sums and takes the percentiles,
 * and only the small result rows come back (never the persons, applications or lines themselves).
 * The filter is already checked and scoped ({@link StatisticsService}); every figure is filtered by
 * its period and by its municipality column (the settling municipality, the applicant, the payee; a
 * county as the set of its municipalities). The names are joined after the counting.
 */
public class StatisticsQueries {

  /**
   * R-REP-3 (V180): an additional decision on an accounts report's claim is its own T2 application
   * row with {@code supplement_of} set, created by IMDi, not an application from a municipality: it
   * is left out of the application counts and the processing times. It is created with no
   * submission, so {@code submitted_at} is null too, but the counts do not lean on that. Its
   * granted amount is money granted and paid, and stays in the amounts (the ledger's lines).
   */
  static final String NOT_A_SUPPLEMENT = "a.supplement_of is null";

  private final EntityManager em;

  public StatisticsQueries(EntityManager em) {
    this.em = em;
  }

  /**
   * Settled persons per year of the settlement date, settling municipality and target group
   * (R-IG-1), with the totals per year and target group as a grouping set of the same query.
   */
  public SettledFigure settled(StatisticsFilter filter) {
    SqlWhere where = SqlWhere.of(filter, "s.settlement_date", false, "s.settled_in");
    String sql =
        "with c as (select cast(extract(year from s.settlement_date) as integer) as y,"
            + " s.settled_in, s.target_group, count(*) as n from settlement s"
            + where.sql()
            + " group by 1, 2, 3)"
            + " select c.y, m.county_number, m.county_name, m.number, m.name, c.target_group,"
            + " c.n, 0 as total from c join municipality m on m.number = c.settled_in"
            + " union all select c.y, null, null, null, null, c.target_group, sum(c.n), 1"
            + " from c group by c.y, c.target_group"
            + " order by 1, 8 desc, 2, 5, 6";
    List<SettledCount> totals = new ArrayList<>();
    List<SettledCount> rows = new ArrayList<>();
    for (Object[] r : rows(where, sql)) {
      boolean total = ((Number) r[7]).intValue() == 1;
      // the totals come first in each year (order by total desc)
      SettledCount count =
          new SettledCount(
              ((Number) r[0]).intValue(),
              total ? null : (String) r[1],
              total ? null : (String) r[2],
              total ? null : (String) r[3],
              total ? null : (String) r[4],
              TargetGroup.valueOf((String) r[5]),
              ((Number) r[6]).longValue());
      (total ? totals : rows).add(count);
    }
    return new SettledFigure(totals, rows);
  }

  /**
   * Applications per year of submission (Oslo time), grant kind and outcome (R-DEC-1: granted,
   * partly granted, refused, dismissed; and withdrawn, open). Drafts never submitted are not
   * counted, nor an additional decision on an accounts report's claim (R-REP-3, {@link
   * #NOT_A_SUPPLEMENT}).
   */
  public List<ApplicationCount> applications(StatisticsFilter filter) {
    SqlWhere where =
        SqlWhere.of(filter, "a.submitted_at", true, "a.applicant")
            .and("a.submitted_at is not null")
            .and(NOT_A_SUPPLEMENT);
    String sql =
        "select cast(extract(year from a.submitted_at at time zone 'Europe/Oslo') as integer),"
            + " a.kind,"
            + " count(*) filter (where a.outcome = 'GRANTED'),"
            + " count(*) filter (where a.outcome = 'PARTLY_GRANTED'),"
            + " count(*) filter (where a.outcome = 'REFUSED'),"
            + " count(*) filter (where a.outcome = 'DISMISSED'),"
            + " count(*) filter (where a.outcome is null and a.state = 'WITHDRAWN'),"
            + " count(*) filter (where a.outcome is null and a.state <> 'WITHDRAWN')"
            + " from grant_application a"
            + where.sql()
            + " group by 1, a.kind order by 1, a.kind";
    return rows(where, sql).stream()
        .map(
            r ->
                new ApplicationCount(
                    ((Number) r[0]).intValue(),
                    GrantKind.valueOf((String) r[1]),
                    ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue(),
                    ((Number) r[4]).longValue(),
                    ((Number) r[5]).longValue(),
                    ((Number) r[6]).longValue(),
                    ((Number) r[7]).longValue()))
        .toList();
  }

  /**
   * The ledger's amounts per instalment and payment group (R-PAY-3), in øre: granted are the lines
   * of approved runs (paid or not yet), paid those of runs marked paid. Lines of runs still
   * proposed or rejected are not counted. An additional decision's line (R-REP-3) is money granted
   * like any other and counts here.
   */
  public List<AmountSum> amounts(StatisticsFilter filter) {
    SqlWhere where = SqlWhere.of(filter, "l.instalment", false, "l.municipality");
    String sql =
        "with l as (select l.run_id, l.instalment, l.payment_group, sum(l.amount_ore) as ore"
            + " from payment_line l"
            + where.sql()
            + " group by 1, 2, 3)"
            + " select l.instalment, l.payment_group, cast(sum(l.ore) as bigint),"
            + " cast(coalesce(sum(l.ore) filter (where r.state = 'PAID'), 0) as bigint)"
            + " from l join payment_run r on r.id = l.run_id"
            + " where r.state in ('APPROVED', 'PAID')"
            + " group by l.instalment, l.payment_group order by l.instalment, l.payment_group";
    return rows(where, sql).stream()
        .map(
            r -> {
              PaymentGroup group = PaymentGroup.valueOf((String) r[1]);
              return new AmountSum(
                  localDate(r[0]),
                  StatisticsScheme.of(group),
                  group,
                  ((Number) r[2]).longValue(),
                  ((Number) r[3]).longValue());
            })
        .toList();
  }

  /**
   * The calendar days from submission to decision (both days in Oslo time) of the applications
   * decided in each month: the count, the median and the 90th percentile (percentile_cont). An
   * additional decision (R-REP-3) is not an application and has no processing time of its own.
   */
  public List<ProcessingTime> processingTimes(StatisticsFilter filter) {
    SqlWhere where =
        SqlWhere.of(filter, "a.decided_at", true, "a.applicant")
            .and("a.decided_at is not null")
            .and("a.submitted_at is not null")
            .and(NOT_A_SUPPLEMENT);
    String days =
        "(cast(a.decided_at at time zone 'Europe/Oslo' as date)"
            + " - cast(a.submitted_at at time zone 'Europe/Oslo' as date))";
    String sql =
        "select cast(date_trunc('month', a.decided_at at time zone 'Europe/Oslo') as date), count(*),"
            + " round(cast(percentile_cont(0.5) within group (order by "
            + days
            + ") as numeric), 1),"
            + " round(cast(percentile_cont(0.9) within group (order by "
            + days
            + ") as numeric), 1)"
            + " from grant_application a"
            + where.sql()
            + " group by 1 order by 1";
    return rows(where, sql).stream()
        .map(
            r ->
                new ProcessingTime(
                    YearMonth.from(localDate(r[0])),
                    ((Number) r[1]).longValue(),
                    scaled(r[2]),
                    scaled(r[3])))
        .toList();
  }

  /**
   * Complaints per year they were sent and outcome (R-AP-5 to R-AP-7), in the municipality of the
   * application complained about.
   */
  public List<ComplaintCount> complaints(StatisticsFilter filter) {
    SqlWhere where = SqlWhere.of(filter, "c.sent_on", false, "a.applicant");
    String sql =
        "select cast(extract(year from c.sent_on) as integer), case"
            + " when c.state = 'DISMISSED_LATE' then 'DISMISSED_LATE'"
            + " when c.state = 'REVERSED' then 'REVERSED'"
            + " when c.state = 'DECIDED_BY_MINISTRY' then 'MINISTRY_' || c.ministry_outcome"
            + " else 'OPEN' end as outcome, count(*)"
            + " from complaint c join grant_application a on a.id = c.application_id"
            + where.sql()
            + " group by 1, 2 order by 1, 2";
    return rows(where, sql).stream()
        .map(
            r ->
                new ComplaintCount(
                    ((Number) r[0]).intValue(),
                    ComplaintOutcome.valueOf((String) r[1]),
                    ((Number) r[2]).longValue()))
        .toList();
  }

  /** Whether the county exists. */
  public boolean countyExists(String county) {
    return !em.createNativeQuery("select 1 from municipality where county_number = ?1 limit 1")
        .setParameter(1, county)
        .getResultList()
        .isEmpty();
  }

  /** Whether the municipality exists. */
  public boolean municipalityExists(String number) {
    return !em.createNativeQuery("select 1 from municipality where number = ?1")
        .setParameter(1, number)
        .getResultList()
        .isEmpty();
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(SqlWhere where, String sql) {
    return where.bind(em.createNativeQuery(sql)).getResultList();
  }

  private static LocalDate localDate(Object value) {
    return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
  }

  private static BigDecimal scaled(Object value) {
    return value == null ? null : ((BigDecimal) value).setScale(1);
  }
}

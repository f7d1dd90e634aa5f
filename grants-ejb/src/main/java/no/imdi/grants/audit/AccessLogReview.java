package no.imdi.grants.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.imdi.grants.audit.SecurityEvent.Kind;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.security.MunicipalityScope;
import no.imdi.grants.security.RefusalAudit;
import no.imdi.grants.security.RequestOrigin;
import no.imdi.grants.security.Role;
import no.imdi.grants.shared.FieldProblem;
import no.imdi.grants.shared.InvalidInputException;
import no.imdi.grants.shared.Page;
import no.imdi.grants.shared.PageRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The review of the access log (data protection: who read whose record, when and why), for IMDi's
 * data protection role, which the administrator holds, over every person, and for a municipality's
 * caseworker over the municipality's own persons ({@link CurrentUser#accessLogScope}). Search by
 * person, reader and period; reads worth a look are flagged (outside the person's municipality and
 * IMDi, outside working hours, more reads that day than the threshold). The review itself is
 * logged: every search (its first page) and every export is a security event, and a search for one
 * person is also a read of that person's access log, written to it with the purpose {@value
 * #REVIEW_PURPOSE}.
 */
@Stateless
@Interceptors(RefusalAudit.class)
@RolesAllowed({Role.ADMIN_NAME, Role.MUNICIPALITY_CASEWORKER_NAME})
public class AccessLogReview {

  public static final String REVIEW_PURPOSE = "Gjennomgang av tilgangslogg";
  static final int EXPORT_BATCH = 1000;
  private static final Pattern NATIONAL_ID = Pattern.compile("\\d{11}");

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  @Inject private Clock clock;
  @Inject private CurrentUser currentUser;
  @Inject private AccessLog accessLog;

  @Inject
  @ConfigProperty(name = "grants.accessLog.readsPerDayThreshold", defaultValue = "100")
  int readsPerDayThreshold;

  public AccessLogReview() {}

  AccessLogReview(
      EntityManager em,
      Clock clock,
      CurrentUser currentUser,
      AccessLog accessLog,
      int readsPerDayThreshold) {
    this.em = em;
    this.clock = clock;
    this.currentUser = currentUser;
    this.accessLog = accessLog;
    this.readsPerDayThreshold = readsPerDayThreshold;
  }

  /** More reads than this by one user in one day are flagged. */
  public int readsPerDayThreshold() {
    return readsPerDayThreshold;
  }

  public Page<AccessLogEntry> list(AccessLogFilter filter, PageRequest<AccessLogSort> page) {
    check(filter);
    MunicipalityScope scope = currentUser.accessLogScope();
    AccessLogQuery query = query(scope, filter);
    List<AccessLogEntry> rows = query.page(em, page);
    long total = page.first() == 0 && rows.size() < page.size() ? rows.size() : query.count(em);
    if (page.first() == 0) {
      reviewed(scope, filter, "Search: " + total + " reads");
    }
    return new Page<>(rows, total);
  }

  /** Every read of the filter, newest first, handed on in batches (for the CSV export). */
  public void export(AccessLogFilter filter, Consumer<List<AccessLogEntry>> batches) {
    check(filter);
    MunicipalityScope scope = currentUser.accessLogScope();
    AccessLogQuery query = query(scope, filter);
    long exported = 0;
    AccessLogEntry last = null;
    while (true) {
      List<AccessLogEntry> batch = query.batchAfter(em, last, EXPORT_BATCH);
      if (batch.isEmpty()) {
        break;
      }
      batches.accept(batch);
      exported += batch.size();
      last = batch.get(batch.size() - 1);
      if (batch.size() < EXPORT_BATCH) {
        break;
      }
    }
    reviewed(scope, filter, "Export: " + exported + " reads");
  }

  /**
   * Every read of the filter in the table's order, handed on one by one as a database cursor reads
   * them (the export), and the export logged as a review like a search; returns how many.
   */
  public long export(
      AccessLogFilter filter,
      AccessLogSort sort,
      boolean ascending,
      int fetchSize,
      Consumer<AccessLogEntry> rows) {
    check(filter);
    MunicipalityScope scope = currentUser.accessLogScope();
    long[] exported = {0};
    try (Stream<AccessLogEntry> stream =
        query(scope, filter).stream(em, new PageRequest<>(0, 1, sort, ascending), fetchSize)) {
      stream.forEach(
          entry -> {
            rows.accept(entry);
            exported[0]++;
          });
    } finally {
      reviewed(scope, filter, "Export: " + exported[0] + " reads");
    }
    return exported[0];
  }

  private AccessLogQuery query(MunicipalityScope scope, AccessLogFilter filter) {
    return new AccessLogQuery(
        scope, filter, WorkingHours.STANDARD, readsPerDayThreshold, holidays(filter));
  }

  /** The weekday holidays of the years the log and the filter's period share. */
  private List<LocalDate> holidays(AccessLogFilter filter) {
    Object[] span =
        (Object[])
            em.createNativeQuery(
                    "select cast(min(accessed_at at time zone 'Europe/Oslo') as date),"
                        + " cast(max(accessed_at at time zone 'Europe/Oslo') as date)"
                        + " from person_access_log")
                .getSingleResult();
    int thisYear = LocalDate.now(clock).getYear();
    int first = span[0] == null ? thisYear : year(span[0]);
    int last = span[1] == null ? thisYear : year(span[1]);
    if (filter.from() != null) {
      first = Math.max(first, filter.from().getYear());
    }
    if (filter.to() != null) {
      last = Math.min(last, filter.to().getYear());
    }
    List<LocalDate> dates = WorkingHours.holidays(first, Math.max(first, last));
    return dates.isEmpty() ? WorkingHours.holidays(thisYear, thisYear) : dates;
  }

  private static int year(Object date) {
    return date instanceof java.sql.Date d
        ? d.toLocalDate().getYear()
        : ((LocalDate) date).getYear();
  }

  /** Refuses a malformed filter (a national id that is no 11 digits, a period backwards). */
  public void validate(AccessLogFilter filter) {
    check(filter);
  }

  private static void check(AccessLogFilter filter) {
    List<FieldProblem> problems = new ArrayList<>();
    String id = filter.nationalId();
    if (id != null && !id.isBlank() && !NATIONAL_ID.matcher(id.strip()).matches()) {
      problems.add(FieldProblem.of("nationalId", "accessLog.nationalId.invalid"));
    }
    if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
      problems.add(FieldProblem.of("to", "accessLog.period.invalid"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /** Logs the review: a security event, and a read of the person's log when one was named. */
  private void reviewed(MunicipalityScope scope, AccessLogFilter filter, String detail) {
    String user = currentUser.username();
    Instant now = clock.instant();
    Long person = personInScope(scope, filter.nationalId());
    RequestOrigin origin = RequestOrigin.current();
    em.persist(
        new SecurityEvent(
            now,
            Kind.ACCESS_LOG_REVIEW,
            user,
            origin == null ? null : origin.address(),
            describe(scope, filter, person),
            detail));
    if (person != null) {
      accessLog.recordRead(user, person, REVIEW_PURPOSE);
    }
  }

  private Long personInScope(MunicipalityScope scope, String nationalId) {
    if (nationalId == null || nationalId.isBlank()) {
      return null;
    }
    boolean restricted = scope.restrictedTo().isPresent();
    Query q =
        em.createNativeQuery(
                "select p.id from person p join settlement s on s.person_id = p.id"
                    + " where p.national_id = :id"
                    + (restricted ? " and s.municipality = :scope" : ""))
            .setParameter("id", nationalId.strip());
    if (restricted) {
      q.setParameter("scope", scope.restrictedTo().get());
    }
    List<?> ids = q.getResultList();
    return ids.isEmpty() ? null : ((Number) ids.get(0)).longValue();
  }

  /** What was searched, without the national id (the person by internal id, when in scope). */
  private static String describe(MunicipalityScope scope, AccessLogFilter f, Long person) {
    return "access log"
        + scope.restrictedTo().map(m -> " of municipality " + m).orElse("")
        + (f.nationalId() == null || f.nationalId().isBlank()
            ? ""
            : person == null ? " person=(none in scope)" : " person=" + person)
        + (f.username() == null || f.username().isBlank()
            ? ""
            : " user=" + f.username().strip() + "*")
        + (f.from() == null && f.to() == null ? "" : " period=" + f.from() + ".." + f.to())
        + (f.flaggedOnly() ? " flagged only" : "");
  }
}

package no.imdi.grants.rate;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.imdi.grants.security.Role;
import no.imdi.grants.shared.ConcurrentChangeException;
import no.imdi.grants.shared.FieldProblem;
import no.imdi.grants.shared.Formats;
import no.imdi.grants.shared.InvalidInputException;
import no.imdi.grants.shared.Nok;
import no.imdi.grants.shared.Page;
import no.imdi.grants.shared.PageRequest;

/**
 * The administrator's maintenance of the rate table (*satser*, R-IG-4, R-EM, R-RATE-2): list the
 * rates in force, show a code and year's history, add the row of a new year, change or verify a
 * row. A row is never overwritten: a change supersedes the row and stores a new current one in the
 * same transaction, and every change is audited with who, when and the old and new values. A change
 * to a row someone else has changed since it was opened is refused.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class RateAdministration {

  private static final String UNIQUE_VIOLATION = "23505";

  @Inject private RateRepository rates;
  @Inject private Clock clock;
  @Resource private SessionContext context;

  public RateAdministration() {}

  RateAdministration(RateRepository rates, Clock clock, SessionContext context) {
    this.rates = rates;
    this.clock = clock;
    this.context = context;
  }

  public Page<RateEntry> current(RateFilter filter, PageRequest<RateSort> page) {
    return rates.current(filter, page);
  }

  /** A stored row, current or superseded. */
  public Optional<RateEntry> find(long rateId) {
    return rates.find(rateId);
  }

  /** The history of the code and year of the given row. */
  public RateHistory history(long rateId) {
    RateEntry row = existing(rateId);
    return history(row.codeValue(), row.getCalendarYear());
  }

  public RateHistory history(RateCode code, int year) {
    return new RateHistory(code, year, rates.history(code, year), rates.audits(code, year));
  }

  /** Adds the rate of a code and year that has none yet; returns the new row's id. */
  public long add(RateCommand command) {
    RateValidator.check(command);
    RateCode code = RateCode.fromCode(command.code()).orElseThrow();
    if (rates.findCurrent(code, command.year()).isPresent()) {
      throw new InvalidInputException(
          List.of(FieldProblem.of("year", "rate.exists", code.code(), command.year().toString())));
    }
    Instant now = clock.instant();
    String by = caller();
    RateEntry row = insert(newRow(code, command.year(), command, now, by));
    rates.audit(
        new RateAudit(
            row.getId(),
            RateAudit.Action.CREATED,
            by,
            now,
            RateAuditDetails.created(row),
            command.reason()));
    return row.getId();
  }

  /**
   * Replaces the row that was opened at the given version by a new current row with the command's
   * values; returns the id of the current row (the same row when nothing changed).
   */
  public long change(long rateId, long version, RateCommand command) {
    RateEntry old = current(rateId, version);
    List<FieldProblem> problems = new ArrayList<>(RateValidator.problems(command));
    if (command.code() != null && !command.code().equals(old.getCode())) {
      problems.add(FieldProblem.of("code", "rate.keyFixed"));
    }
    if (command.year() != null && command.year() != old.getCalendarYear()) {
      problems.add(FieldProblem.of("year", "rate.keyFixed"));
    }
    if (!command.largeChangeConfirmed()
        && LargeChange.isLarge(old.getAmount().amount(), command.amount())) {
      problems.add(
          FieldProblem.of(
              "amount",
              "rate.amount.largeChange",
              Formats.amount(old.getAmount()),
              Formats.amount(command.amount()) + " kr"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    if (command.sameValuesAs(old)) {
      return old.getId();
    }
    return replace(old, command, RateAudit.Action.SUPERSEDED);
  }

  /**
   * Marks the opened row as verified by storing a verified copy in its place. The reason of a
   * verification is its source, which the row already names.
   */
  public long verify(long rateId, long version) {
    RateEntry old = current(rateId, version);
    if (old.isVerified()) {
      return old.getId();
    }
    RateCommand verified =
        new RateCommand(
            old.getCode(),
            old.getCalendarYear(),
            old.getAmount().amount(),
            old.getConditions(),
            old.getSource(),
            true,
            null);
    return replace(old, verified, RateAudit.Action.VERIFIED);
  }

  private long replace(RateEntry old, RateCommand command, RateAudit.Action action) {
    Instant now = clock.instant();
    String by = caller();
    old.supersede(now, by);
    flush(old);
    RateEntry next = insert(newRow(old.codeValue(), old.getCalendarYear(), command, now, by));
    rates.audit(
        new RateAudit(
            old.getId(), action, by, now, RateAuditDetails.replaced(old, next), command.reason()));
    return next.getId();
  }

  private RateEntry current(long rateId, long version) {
    RateEntry row = existing(rateId);
    if (!row.isCurrent() || row.getVersion() != version) {
      throw new ConcurrentChangeException(
          "Rate "
              + row.getCode()
              + " "
              + row.getCalendarYear()
              + " (row "
              + rateId
              + ") was changed by someone else after it was opened");
    }
    return row;
  }

  private RateEntry existing(long rateId) {
    return rates
        .find(rateId)
        .orElseThrow(() -> new IllegalArgumentException("No rate row " + rateId));
  }

  private static RateEntry newRow(
      RateCode code, int year, RateCommand command, Instant now, String by) {
    return new RateEntry(
        code,
        year,
        Nok.of(command.amount()),
        command.conditions(),
        command.source(),
        command.verified(),
        now,
        by);
  }

  private void flush(RateEntry old) {
    try {
      rates.flush();
    } catch (OptimisticLockException e) {
      throw concurrent(old.getCode(), old.getCalendarYear(), e);
    }
  }

  private RateEntry insert(RateEntry row) {
    try {
      RateEntry stored = rates.add(row);
      rates.flush();
      return stored;
    } catch (PersistenceException e) {
      if (isUniqueViolation(e)) {
        throw concurrent(row.getCode(), row.getCalendarYear(), e);
      }
      throw e;
    }
  }

  private static ConcurrentChangeException concurrent(String code, int year, Exception cause) {
    ConcurrentChangeException e =
        new ConcurrentChangeException(
            "Rate " + code + " " + year + " was changed by someone else at the same time");
    e.initCause(cause);
    return e;
  }

  private static boolean isUniqueViolation(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }
}

package no.imdi.grants.statistics;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import no.imdi.grants.security.MunicipalityScope;
import no.imdi.grants.shared.FieldProblem;
import no.imdi.grants.shared.InvalidInputException;

/**
 * What the statistics are asked for: a period of whole years (from and to, both included, either
 * open), a county and a municipality (either may be empty: all). A municipality's caller gets its
 * own municipality whatever it asks for ({@link #within(MunicipalityScope)}).
 */
public record StatisticsFilter(
    Integer fromYear, Integer toYear, String countyNumber, String municipalityNumber)
    implements Serializable {

  public static final StatisticsFilter NONE = new StatisticsFilter(null, null, null, null);

  /** The earliest and latest year a period may name (the register holds settlements from 1900). */
  public static final int FIRST_YEAR = 1900;

  public static final int LAST_YEAR = 2199;

  static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  public StatisticsFilter {
    countyNumber = blankToNull(countyNumber);
    municipalityNumber = blankToNull(municipalityNumber);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /**
   * The problems of the filter's own values (years in range and in order, a county of two digits, a
   * municipality of four); whether they exist is checked against the municipality table.
   */
  public List<FieldProblem> problems() {
    List<FieldProblem> problems = new ArrayList<>();
    checkYear("fromYear", fromYear, problems);
    checkYear("toYear", toYear, problems);
    if (problems.isEmpty() && fromYear != null && toYear != null && fromYear > toYear) {
      problems.add(FieldProblem.of("toYear", "stats.filter.yearOrder", fromYear, toYear));
    }
    if (countyNumber != null && !countyNumber.matches("\\d{2}")) {
      problems.add(FieldProblem.of("county", "stats.filter.county"));
    }
    if (municipalityNumber != null && !municipalityNumber.matches("\\d{4}")) {
      problems.add(FieldProblem.of("municipality", "stats.filter.municipality"));
    }
    return problems;
  }

  private static void checkYear(String field, Integer year, List<FieldProblem> problems) {
    if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
      problems.add(FieldProblem.of(field, "stats.filter.year", FIRST_YEAR, LAST_YEAR));
    }
  }

  /** Refuses a filter with problems. */
  public StatisticsFilter checked() {
    List<FieldProblem> problems = problems();
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return this;
  }

  /**
   * The filter as the scope allows it: a municipality's caller always gets its own municipality.
   */
  public StatisticsFilter within(MunicipalityScope scope) {
    return scope
        .restrictedTo()
        .map(own -> new StatisticsFilter(fromYear, toYear, countyNumber, own))
        .orElse(this);
  }

  /** The first day of the period (null: open). */
  LocalDate fromDate() {
    return fromYear == null ? null : LocalDate.of(fromYear, 1, 1);
  }

  /** The day after the period (null: open). */
  LocalDate untilDate() {
    return toYear == null ? null : LocalDate.of(toYear + 1, 1, 1);
  }

  /** The period's first instant in Oslo time (null: open). */
  Instant fromInstant() {
    return fromYear == null ? null : fromDate().atStartOfDay(OSLO).toInstant();
  }

  /** The instant after the period in Oslo time (null: open). */
  Instant untilInstant() {
    return toYear == null ? null : untilDate().atStartOfDay(OSLO).toInstant();
  }

  /** The filter for the export file's log line and the page. */
  public String describe() {
    StringBuilder text = new StringBuilder();
    append(text, "from", fromYear);
    append(text, "to", toYear);
    append(text, "county", countyNumber);
    append(text, "municipality", municipalityNumber);
    return text.isEmpty() ? "(none)" : text.toString();
  }

  private static void append(StringBuilder text, String name, Object value) {
    if (value != null) {
      text.append(text.isEmpty() ? "" : " ").append(name).append('=').append(value);
    }
  }
}

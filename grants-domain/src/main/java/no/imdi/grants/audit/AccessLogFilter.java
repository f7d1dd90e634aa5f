package no.imdi.grants.audit;

import java.time.LocalDate;

/**
 * What a review of the access log is narrowed to: one person (by national id), a reader (the start
 * of the username), a period of days (inclusive, Norwegian time), and whether only flagged reads
 * are shown; null means no limit.
 */
public record AccessLogFilter(
    String nationalId, String username, LocalDate from, LocalDate to, boolean flaggedOnly) {

  public static final AccessLogFilter NONE = new AccessLogFilter(null, null, null, null, false);
}

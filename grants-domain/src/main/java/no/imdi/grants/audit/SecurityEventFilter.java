package no.imdi.grants.audit;

import java.time.LocalDate;

/**
 * What IMDi's review of the security log is narrowed to: a kind of event, a username (the start of
 * it), and a period of days (inclusive); null means no limit.
 */
public record SecurityEventFilter(
    SecurityEvent.Kind kind, String username, LocalDate from, LocalDate to) {

  public static final SecurityEventFilter NONE = new SecurityEventFilter(null, null, null, null);
}

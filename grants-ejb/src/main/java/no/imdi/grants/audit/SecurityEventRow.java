package no.imdi.grants.audit;

import java.time.Instant;

/**
 * One event of the security log as its export writes it (not a managed entity: nothing is kept).
 */
public record SecurityEventRow(
    Instant occurredAt,
    SecurityEvent.Kind kind,
    String username,
    String source,
    String target,
    String detail) {}

package no.imdi.grants.dashboard;

import java.time.Instant;

/**
 * One recent change an administrator sees: of a rate, a setting, a user or a payee (what an
 * administrator changes; no case content), when, by whom, the action and what it was about.
 */
public record AuditEvent(String area, Instant at, String by, String action, String subject) {}

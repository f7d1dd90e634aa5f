package no.imdi.grants.dashboard;

import no.imdi.grants.payment.RunState;

/**
 * The payment run of the current instalment basis date (R-PAY-3) as IMDi's caseworker sees it on
 * the dashboard: the basis date, the latest run that is not rejected (none yet: {@code runId}
 * null), its state and the lines it has written (its amounts are on the run's page).
 */
public record RunStatus(java.time.LocalDate instalment, Long runId, RunState state, long lines) {}

package no.imdi.grants.payment.review;

import java.time.Instant;
import java.time.LocalDate;
import no.imdi.grants.payment.RunState;

/**
 * One payment run in the list of runs: instalment, state, who started it and when, who approved or
 * rejected it, when it was paid, its net total in øre over its municipalities and lines, and
 * whether its bank file is stored.
 */
public record RunSummary(
    long id,
    LocalDate instalment,
    RunState state,
    String preparedBy,
    Instant preparedAt,
    String reviewedBy,
    Instant reviewedAt,
    Instant paidAt,
    long totalOre,
    long municipalities,
    long lines,
    boolean hasFile) {}

package no.imdi.grants.dashboard;

import java.util.List;

/**
 * A municipality finance officer's start page: the accounts reports its caseworker has signed and
 * that wait for the finance officer's co-signature (R-REP-1, R-DOC-4), soonest due first, and the
 * instalment basis of the next (planned) and the last (sent or paid) instalment (R-PAY-3).
 */
public record FinanceDashboard(
    String municipality,
    long awaitingSignature,
    List<DueItem> awaiting,
    InstalmentFigure next,
    InstalmentFigure last) {}

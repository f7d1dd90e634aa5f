package no.imdi.grants.dashboard;

import java.util.List;

/**
 * The administrator's start page: current rates and settings not yet verified ([verify] in the rule
 * book), enabled users per role and the disabled ones, and the latest changes of rates, settings,
 * users and payees.
 */
public record AdminDashboard(
    long unverifiedRates,
    long unverifiedSettings,
    List<Tally> usersByRole,
    long disabledUsers,
    List<AuditEvent> recent) {}

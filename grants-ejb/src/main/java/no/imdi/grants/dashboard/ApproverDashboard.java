package no.imdi.grants.dashboard;

import java.util.List;

/**
 * IMDi's approver's start page: decisions, payment runs, complaint statements and accounts-report
 * outcomes waiting for a second officer (maker/checker), each kind with its oldest first.
 */
public record ApproverDashboard(List<WaitingGroup> groups) {}

package no.imdi.grants.dashboard;

import java.util.List;

/**
 * The ministry's start page: the complaints forwarded to it (R-AP-6) by how long they have waited
 * for its decision (R-AP-7, R-AP-8), and the oldest of them.
 */
public record MinistryDashboard(AgeTally byAge, List<WaitingItem> oldest) {}

package no.imdi.grants.dashboard;

import java.time.Instant;

/**
 * One item waiting for someone (an approval, the ministry's decision): its id, the id the page
 * links with, its case number, since when it has waited and who prepared it.
 */
public record WaitingItem(long id, Long linkId, String caseNumber, Instant since, String by) {}

package no.imdi.grants.approval.list;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A forwarding statement waiting for the second officer (R-AP-6) as the approver's list shows it:
 * the complaint it opens, its case, when the complaint was sent and who prepared the statement.
 */
public record PendingStatementRow(
    long complaintId, String caseNumber, LocalDate sentOn, String preparedBy, Instant preparedAt)
    implements Serializable {}

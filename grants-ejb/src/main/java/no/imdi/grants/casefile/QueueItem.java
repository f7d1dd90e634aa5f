package no.imdi.grants.casefile;

import java.time.Instant;
import java.time.LocalDate;
import no.imdi.grants.disability.GrantKind;

/**
 * One row of IMDi's work queue: what it is and its state, the case number, the person, when it came
 * in, the deadline that counts, the grant year and grant, whether it is flagged for dismissal
 * (R-DL-6), where the person lives, and who has the case.
 */
public record QueueItem(
    QueueItemType type,
    long matterId,
    long caseId,
    String caseNumber,
    String state,
    Instant receivedAt,
    LocalDate dueDate,
    Integer grantYear,
    GrantKind kind,
    boolean flaggedForDismissal,
    String municipality,
    String county,
    String assignedTo,
    long personId,
    String personName) {}

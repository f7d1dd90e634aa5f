package no.imdi.grants.approval.list;

import java.io.Serializable;
import java.time.Instant;
import no.imdi.grants.disability.report.OutcomeKind;
import no.imdi.grants.shared.Nok;

/**
 * An accounts-report outcome waiting for approval as the approver's list shows it (R-REP-3,
 * R-REP-4, R-REP-5): its case, the municipality, the kind, the recovery and who prepared it.
 */
public record PendingOutcomeRow(
    long id,
    long reportId,
    String caseNumber,
    String municipality,
    OutcomeKind kind,
    Nok recovery,
    String preparedBy,
    Instant preparedAt)
    implements Serializable {}

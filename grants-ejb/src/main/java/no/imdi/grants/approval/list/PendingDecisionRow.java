package no.imdi.grants.approval.list;

import java.io.Serializable;
import java.time.Instant;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.disability.application.DecisionOutcome;
import no.imdi.grants.shared.Nok;

/**
 * A decision waiting for approval as the approver's list shows it: its case, the application's kind
 * and grant year, the outcome, the amount (none for a refusal or dismissal) and who prepared it.
 */
public record PendingDecisionRow(
    long id,
    long applicationId,
    String caseNumber,
    GrantKind kind,
    int grantYear,
    DecisionOutcome outcome,
    Nok amount,
    String preparedBy,
    Instant preparedAt)
    implements Serializable {}

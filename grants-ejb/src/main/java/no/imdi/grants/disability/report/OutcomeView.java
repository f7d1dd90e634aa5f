package no.imdi.grants.disability.report;

import java.time.Instant;
import java.util.Set;
import no.imdi.grants.approval.ProposalStatus;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Nok;

/**
 * An outcome of an accounts report as the review and approval pages show it: the amounts, the
 * measures left out, the computation's explanation with its rule ids (R-REP-3, R-REP-4, R-REP-5),
 * and the maker/checker proposal.
 */
public record OutcomeView(
    long id,
    long reportId,
    long caseId,
    String caseNumber,
    String municipality,
    int grantYear,
    OutcomeKind kind,
    Nok granted,
    Nok reported,
    Nok eligible,
    Nok recovery,
    Nok claimedOverrun,
    Set<Integer> excluded,
    Explanation explanation,
    String comment,
    String preparedBy,
    Instant preparedAt,
    ProposalStatus status,
    String reviewedBy,
    Instant reviewedAt,
    String reviewComment,
    long version) {

  public static OutcomeView of(ReportOutcome o) {
    AccountsReport r = o.getReport();
    return new OutcomeView(
        o.getId(),
        r.getId(),
        r.getCaseFile().getId(),
        r.getCaseFile().getNumber().toString(),
        r.getMunicipality().getName(),
        r.getGrantYear(),
        o.getKind(),
        o.getGranted(),
        o.getReported(),
        o.getEligible(),
        o.getRecovery(),
        o.getClaimedOverrun(),
        o.getExcludedPositions(),
        o.computation().explanation(),
        o.getComment(),
        o.getProposal().getPreparedBy(),
        o.getProposal().getPreparedAt(),
        o.getStatus(),
        o.getProposal().getReviewedBy(),
        o.getProposal().getReviewedAt(),
        o.getProposal().getReviewComment(),
        o.getVersion());
  }
}

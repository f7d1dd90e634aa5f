package no.imdi.grants.disability.application;

import java.time.Instant;
import java.util.List;
import no.imdi.grants.approval.Proposal;
import no.imdi.grants.approval.ProposalStatus;
import no.imdi.grants.rate.RateCode;
import no.imdi.grants.shared.Nok;

/** A decision with its maker/checker names and times, as the pages and letters show it. */
public record DecisionView(
    long id,
    long version,
    long applicationId,
    DecisionOutcome outcome,
    Nok amount,
    Nok maximum,
    Nok eligibleCosts,
    RateCode rateCode,
    int rateYear,
    boolean rateVerified,
    String reason,
    String dismissalRule,
    List<GrantedMeasure> grantedMeasures,
    ProposalStatus status,
    String preparedBy,
    Instant preparedAt,
    String reviewedBy,
    Instant reviewedAt,
    String reviewComment,
    Long letterEntryId) {

  public static DecisionView of(Decision d) {
    Proposal p = d.getProposal();
    return new DecisionView(
        d.getId(),
        d.getVersion(),
        d.getApplication().getId(),
        d.getOutcome(),
        d.getAmount(),
        d.getMaximum(),
        d.getEligibleCosts(),
        d.getRateCode(),
        d.getRateYear(),
        d.isRateVerified(),
        d.getReason(),
        d.getDismissalRule(),
        List.copyOf(d.getGrantedMeasures()),
        p.getStatus(),
        p.getPreparedBy(),
        p.getPreparedAt(),
        p.getReviewedBy(),
        p.getReviewedAt(),
        p.getReviewComment(),
        d.getLetterEntryId());
  }
}

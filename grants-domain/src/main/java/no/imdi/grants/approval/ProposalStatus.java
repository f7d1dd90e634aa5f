package no.imdi.grants.approval;

/** Where a proposal is in maker/checker: waiting for a checker, approved, or sent back. */
public enum ProposalStatus {
  PENDING,
  APPROVED,
  SENT_BACK
}

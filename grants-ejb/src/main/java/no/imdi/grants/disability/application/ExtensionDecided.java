package no.imdi.grants.disability.application;

/** What follows IMDi's decision on a request for a later deadline: the reply letter. */
public record ExtensionDecided(long caseId, long requestId, ExtensionState state) {}

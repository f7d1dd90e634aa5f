package no.imdi.grants.disability.application;

import java.io.Serializable;

/** A decision waiting for approval as the approver opens it: its terms and the application. */
public record DecisionToCheck(DecisionView decision, ApplicationSummary application)
    implements Serializable {}

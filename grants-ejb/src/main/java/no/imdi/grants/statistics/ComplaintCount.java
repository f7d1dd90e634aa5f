package no.imdi.grants.statistics;

import java.io.Serializable;

/** Complaints sent in a year, by outcome ({@link ComplaintOutcome}). */
public record ComplaintCount(int year, ComplaintOutcome outcome, long complaints)
    implements Serializable {}

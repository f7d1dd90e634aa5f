package no.imdi.grants.casefile;

/**
 * A filter of IMDi's work queue; {@code null} fields do not filter. {@code municipality} and {@code
 * county} are the municipality and county the person lives in now; {@code status} is the matter's
 * state name (SUBMITTED, UNDER_ASSESSMENT, RECEIVED, ...); {@code assignedTo} the caseworker who
 * has the case, and {@code unassigned} true for cases nobody has.
 */
public record QueueFilter(
    String municipality,
    String county,
    QueueItemType type,
    String status,
    String assignedTo,
    boolean unassigned) {

  public static final QueueFilter NONE = new QueueFilter(null, null, null, null, null, false);
}

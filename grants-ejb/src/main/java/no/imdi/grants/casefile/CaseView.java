package no.imdi.grants.casefile;

import java.time.Instant;

/**
 * A case file as the pages show it: its number (shown everywhere), the person, and who at IMDi has
 * it. The version goes back with a change, so that a change made meanwhile by someone else is
 * refused.
 */
public record CaseView(
    long id,
    long version,
    String number,
    Scheme scheme,
    long personId,
    String personName,
    Instant openedAt,
    String assignedTo) {

  public static CaseView of(CaseFile c) {
    return new CaseView(
        c.getId(),
        c.getVersion(),
        c.getNumber().toString(),
        c.getScheme(),
        c.getPerson().getId(),
        c.getPerson().getFullName(),
        c.getOpenedAt(),
        c.getAssignedTo());
  }
}

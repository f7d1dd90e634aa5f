package no.imdi.grants.calendarfeed;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One deadline of a municipality's calendar feed: what kind, which day, the case (id and number)
 * and the matter it belongs to, the page it links to, and the rule it comes from. Holds no person,
 * no national id and no health data.
 *
 * @param path the page of the deadline, relative to the application's root ({@code
 *     app/case.xhtml?id=5})
 */
public record FeedDeadline(
    DeadlineKind kind,
    LocalDate date,
    long caseId,
    String caseNumber,
    long matterId,
    String path,
    String rule) {

  public FeedDeadline {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(caseNumber, "caseNumber");
    Objects.requireNonNull(path, "path");
  }

  /** The event's UID: stable across reads, one per deadline (kind, case and matter). */
  public String uid() {
    return kind.uidPart() + "-" + matterId + "-case-" + caseId + "@tilskudd";
  }
}

package no.imdi.grants.dashboard;

import java.util.List;

/**
 * A municipality caseworker's start page: the municipality's open applications per state, what
 * falls due in the next days (application deadlines R-DL, accounts reports R-REP-1, complaint
 * deadlines R-AP-3, reply dates of requests for documentation), soonest first, the unread letters
 * and requests of the inbox, and the instalment basis of the next instalment (planned, from the
 * open payment run) and of the last one sent or paid.
 */
public record MunicipalityDashboard(
    String municipality,
    List<Tally> openApplications,
    int days,
    List<DueItem> deadlines,
    long unreadLetters,
    long unreadRequests,
    InstalmentFigure next,
    InstalmentFigure last) {

  public long openApplicationsTotal() {
    return openApplications.stream().mapToLong(Tally::count).sum();
  }
}

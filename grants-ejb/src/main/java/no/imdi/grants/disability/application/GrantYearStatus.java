package no.imdi.grants.disability.application;

import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.shared.Period;

/**
 * One grant year of a case as the person's page shows it: its period (R-GY-1), its deadline given
 * what was granted (R-DL-1..4; {@code null} when the year cannot be applied for, R-DL-3) and a
 * granted later deadline (R-DL-5), what may be applied for now and, for each grant that may not,
 * why; and the applications of the year.
 */
public record GrantYearStatus(
    int grantYear,
    Period period,
    LocalDate deadline,
    LocalDate grantedExtension,
    List<GrantKind> mayApplyFor,
    List<Refusal> refused,
    List<ApplicationSummary> applications) {

  public GrantYearStatus {
    mayApplyFor = List.copyOf(mayApplyFor);
    refused = List.copyOf(refused);
    applications = List.copyOf(applications);
  }

  /** The deadline that counts: the granted later one where there is one. */
  public LocalDate countingDeadline() {
    return grantedExtension != null && deadline != null && grantedExtension.isAfter(deadline)
        ? grantedExtension
        : deadline;
  }
}

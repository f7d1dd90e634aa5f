package no.imdi.grants.disability;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Nok;

/**
 * One grant year of a schedule. {@code firstApplicationDeadline} is the deadline when the
 * application is the first one (R-DL-1 / R-DL-4), {@code null} from year 3 on, which a first
 * application cannot be for (R-DL-3). {@code deadline} is the deadline once an application for an
 * earlier year has been granted (R-DL-2); year 1 is always a first application, so there it is the
 * first-application deadline. The T1 amount and T2 cap are those of {@code rateYear} (R-RATE-1),
 * {@code null} where the grant is not possible or no rate is known; {@code ratesVerified} is true
 * only when at least one rate is shown and every rate shown comes from a verified row.
 */
public record ScheduledGrantYear(
    int grantYear,
    LocalDate start,
    LocalDate end,
    LocalDate firstApplicationDeadline,
    LocalDate deadline,
    boolean t1Possible,
    boolean t2Possible,
    Nok t1Amount,
    Nok t2Cap,
    int rateYear,
    boolean ratesVerified,
    Explanation explanation) {

  public ScheduledGrantYear {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(explanation, "explanation");
  }

  /** The ids of the rules the explanation cites. */
  public List<String> rules() {
    return explanation.rules();
  }
}

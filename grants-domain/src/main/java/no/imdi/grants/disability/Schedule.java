package no.imdi.grants.disability;

import java.util.List;
import java.util.Objects;
import no.imdi.grants.shared.Explanation;

/**
 * A person's disability grant schedule: whether the person is in the target group and why (R-T-TG),
 * for how many grant years T2 can be had and why (R-T2-1..4), and one entry per possible grant year
 * with its period, deadlines, possible grants and rates.
 */
public record Schedule(
    boolean inTargetGroup,
    Explanation targetGroupExplanation,
    int maxT2Years,
    Explanation maxT2YearsExplanation,
    List<ScheduledGrantYear> years) {

  public Schedule {
    Objects.requireNonNull(targetGroupExplanation, "targetGroupExplanation");
    Objects.requireNonNull(maxT2YearsExplanation, "maxT2YearsExplanation");
    years = List.copyOf(years);
  }

  /** The entry of grant year {@code number} (1-based). */
  public ScheduledGrantYear year(int number) {
    if (number < 1 || number > years.size()) {
      throw new IllegalArgumentException(
          "The schedule has grant years 1.." + years.size() + ", not " + number);
    }
    return years.get(number - 1);
  }
}

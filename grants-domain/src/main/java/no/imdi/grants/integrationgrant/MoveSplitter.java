package no.imdi.grants.integrationgrant;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import no.imdi.grants.shared.Nok;
import no.imdi.grants.shared.Reasoned;

/**
 * Splits the integration grant of the calendar year of a move between the old and the new
 * municipality (R-IG-6), by the rule in the settings ([verify]; pro rata by days is the default).
 * Pro rata by days: the old municipality has the days from 1 January to the day before the move,
 * the new one the days from the move date to 31 December; the old municipality's share is rounded
 * to whole kroner (half up) and the new one gets the rest, so the two add up to the amount. Only
 * the year's own code is split; the one-off supplements of year 1 stay with the settling
 * municipality.
 */
public final class MoveSplitter {

  static final String RULE = "R-IG-6";

  private final IntegrationGrantSettings settings;

  public MoveSplitter(IntegrationGrantSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** Splits the grant year of the schedule that falls in the calendar year of the move. */
  public Reasoned<MoveSplit> split(IntegrationGrantSchedule schedule, LocalDate moveDate) {
    requireMoveDate(moveDate);
    Optional<GrantYearEntry> year = schedule.forCalendarYear(moveDate.getYear());
    if (year.isEmpty()) {
      return Reasoned.of(null, RULE, "R-IG-6.outside", moveDate, schedule.calendarYears());
    }
    CodeAmount amount = year.get().yearAmount();
    return split(amount.code(), amount.amount(), moveDate);
  }

  /** Splits an amount of the given code ({@code null} when no rate is known) at a move date. */
  public Reasoned<MoveSplit> split(String code, Nok amount, LocalDate moveDate) {
    requireMoveDate(moveDate);
    return switch (settings.moveSplit()) {
      case PRO_RATA_BY_DAYS -> proRataByDays(code, amount, moveDate);
    };
  }

  private Reasoned<MoveSplit> proRataByDays(String code, Nok amount, LocalDate moveDate) {
    int year = moveDate.getYear();
    int daysInYear = moveDate.lengthOfYear();
    int daysOld = moveDate.getDayOfYear() - 1;
    int daysNew = daysInYear - daysOld;
    Nok oldShare = null;
    Nok newShare = null;
    if (amount != null) {
      BigDecimal old = amount.amount().multiply(BigDecimal.valueOf(daysOld));
      oldShare = Nok.of(old.divide(BigDecimal.valueOf(daysInYear), 0, RoundingMode.HALF_UP));
      newShare = amount.minus(oldShare);
    }
    MoveSplit split =
        new MoveSplit(moveDate, year, code, amount, daysOld, daysNew, oldShare, newShare);
    return new Reasoned<>(split, MoveSplitText.explain(split, settings));
  }

  private static void requireMoveDate(LocalDate moveDate) {
    if (moveDate == null) {
      throw new IllegalArgumentException("moveDate is required");
    }
  }
}

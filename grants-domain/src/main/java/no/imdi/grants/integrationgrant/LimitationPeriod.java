package no.imdi.grants.integrationgrant;

import java.time.LocalDate;
import java.util.Objects;
import no.imdi.grants.calendar.WorkingDayRoll;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Reason;
import no.imdi.grants.shared.Reasoned;

/**
 * The limitation period (*foreldelsesfrist*) of a municipality's claim for the integration grant
 * (R-IG-7): claims are made continuously after settlement, within the ordinary limitation period of
 * three years (foreldelsesloven § 2). The period ends on the same date three years on; when that
 * month has no such date (a claim arising on 29 February) it ends on the last day of the month, 28
 * February (foreldelsesloven § 29 nr. 1), and a last day on a Saturday, Sunday or public holiday
 * moves to the next working day (§ 29 nr. 2). A claim made on the last day is in time.
 */
public final class LimitationPeriod {

  public static final String RULE = "R-IG-7";
  static final int YEARS = 3;

  private LimitationPeriod() {}

  /**
   * The last day on which a claim that arose on {@code claimArises} (the settlement date) can be
   * made.
   */
  public static Reasoned<LocalDate> limitationDate(LocalDate claimArises) {
    Objects.requireNonNull(claimArises, "claimArises");
    LocalDate sameDate = claimArises.plusYears(YEARS);
    WorkingDayRoll roll = WorkingDayRoll.of(sameDate);
    Reason noLeapDay =
        sameDate.getDayOfMonth() == claimArises.getDayOfMonth()
            ? null
            : Reason.phrase("R-IG-7.noLeapDay", sameDate.getYear(), sameDate);
    Reason moved = roll.moved() ? Reason.phrase("R-IG-7.rolled", roll.phrase()) : null;
    LocalDate last = roll.rolledTo();
    return Reasoned.of(last, RULE, "R-IG-7.limitation", last, claimArises, noLeapDay, moved);
  }

  /**
   * Whether a claim made on {@code claimedOn} is within the limitation period (on or before its
   * last day).
   */
  public static Reasoned<Boolean> isClaimInTime(LocalDate claimArises, LocalDate claimedOn) {
    Objects.requireNonNull(claimedOn, "claimedOn");
    Reasoned<LocalDate> limitation = limitationDate(claimArises);
    LocalDate last = limitation.value();
    boolean inTime = !claimedOn.isAfter(last);
    Explanation verdict =
        Explanation.of(RULE, inTime ? "R-IG-7.inTime" : "R-IG-7.timeBarred", claimedOn);
    return new Reasoned<>(inTime, limitation.explanation().and(verdict));
  }
}

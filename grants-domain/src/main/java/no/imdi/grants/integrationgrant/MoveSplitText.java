package no.imdi.grants.integrationgrant;

import java.time.LocalDate;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Reason;

/**
 * The sentence that explains a split of the year's grant at a move (R-IG-6): the days of the
 * calendar year each municipality has, by the rule of the settings (said to be unverified until an
 * administrator confirms it), and the amounts, or that the amount is unknown without a rate.
 */
final class MoveSplitText {

  private MoveSplitText() {}

  static Explanation explain(MoveSplit split, IntegrationGrantSettings settings) {
    LocalDate move = split.moveDate();
    int days = split.daysInYear();
    Reason unverified = settings.moveSplitVerified() ? null : Reason.phrase("R-IG-6.unverified");
    Reason oldDays =
        split.daysOld() > 0
            ? Reason.phrase(
                "R-IG-6.oldDays.range",
                split.daysOld(),
                days,
                move.withDayOfYear(1),
                move.minusDays(1))
            : Reason.phrase("R-IG-6.oldDays", split.daysOld(), days);
    Reason newDays = Reason.phrase("R-IG-6.newDays", split.daysNew(), days, move);
    if (split.amount() == null) {
      return Explanation.of(
          MoveSplitter.RULE,
          "R-IG-6.split.noRate",
          move,
          split.code(),
          split.calendarYear(),
          settings.moveSplit(),
          unverified,
          oldDays,
          newDays);
    }
    return Explanation.of(
        MoveSplitter.RULE,
        "R-IG-6.split",
        move,
        split.code(),
        split.calendarYear(),
        settings.moveSplit(),
        unverified,
        oldDays,
        newDays,
        split.oldMunicipality(),
        split.newMunicipality(),
        split.amount());
  }
}

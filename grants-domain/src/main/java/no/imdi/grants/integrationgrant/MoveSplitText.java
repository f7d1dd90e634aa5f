package no.imdi.grants.integrationgrant;

import static no.imdi.grants.shared.Formats.date;

import java.time.LocalDate;
import no.imdi.grants.shared.Explanation;

/** The sentences that explain a split of the year's grant at a move (R-IG-6), in both languages. */
final class MoveSplitText {

  private MoveSplitText() {}

  static Explanation explain(MoveSplit split, IntegrationGrantSettings settings) {
    String rule = MoveSplitter.RULE;
    boolean verified = settings.moveSplitVerified();
    LocalDate move = split.moveDate();
    String what = split.code() + " " + split.calendarYear();
    int days = split.daysInYear();
    String oldDays = split.daysOld() + " av " + days + " dager";
    String oldDaysEn = split.daysOld() + " of " + days + " days";
    if (split.daysOld() > 0) {
      String range = " (" + date(move.withDayOfYear(1)) + "–" + date(move.minusDays(1)) + ")";
      oldDays += range;
      oldDaysEn += range;
    }
    String newDays = split.daysNew() + " av " + days + " dager (fra " + date(move) + ")";
    String newDaysEn = split.daysNew() + " of " + days + " days (from " + date(move) + ")";
    String norwegian =
        "Flytting "
            + date(move)
            + ": "
            + what
            + " fordeles "
            + settings.moveSplit().norwegian()
            + " ("
            + rule
            + (verified ? "" : "; fordelingsregelen er ikke verifisert")
            + "): gammel kommune "
            + oldDays;
    String english =
        "Move on "
            + date(move)
            + ": "
            + what
            + " is split "
            + settings.moveSplit().english()
            + " ("
            + rule
            + (verified ? "" : "; the split rule is not verified")
            + "): old municipality "
            + oldDaysEn;
    if (split.amount() == null) {
      return Explanation.literal(
          rule,
          norwegian + ", ny kommune " + newDays + "; beløpet er ukjent uten sats.",
          english + ", new municipality " + newDaysEn + "; the amount is unknown without a rate.");
    }
    return Explanation.literal(
        rule,
        norwegian
            + " = "
            + split.oldMunicipality()
            + ", ny kommune "
            + newDays
            + " = "
            + split.newMunicipality()
            + ", til sammen "
            + split.amount()
            + ". Gammel kommunes del er rundet til hele kroner (halv opp); ny kommune får resten.",
        english
            + " = "
            + split.oldMunicipality()
            + ", new municipality "
            + newDaysEn
            + " = "
            + split.newMunicipality()
            + ", "
            + split.amount()
            + " in all. The old municipality's "
            + "share is rounded to whole kroner (half up); the new one gets the rest.");
  }
}

package no.imdi.grants.calendar;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import no.imdi.grants.shared.ReasonArgs;

/**
 * A Norwegian public holiday (*helligdag* or *offentlig høytidsdag*) on a given date, with its
 * Norwegian and English name (calendar data, also served by the holidays API). When two holidays
 * fall on one date (Ascension Day on 17 May 2012) the names of both are joined, so a calendar year
 * has at most one holiday per date.
 */
public record Holiday(LocalDate date, String norwegianName, String englishName)
    implements ReasonArgs.Localized {

  public Holiday {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(norwegianName, "norwegianName");
    Objects.requireNonNull(englishName, "englishName");
  }

  /** The name in English for English, else in bokmål, as explanations write it. */
  @Override
  public String text(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? englishName : norwegianName;
  }

  /**
   * The same date with both holidays named, this one first ("17. mai og Kristi himmelfartsdag").
   */
  Holiday mergedWith(Holiday other) {
    if (!date.equals(other.date)) {
      throw new IllegalArgumentException(
          "Holidays on different dates: " + date + ", " + other.date);
    }
    return new Holiday(
        date,
        norwegianName + " og " + other.norwegianName,
        englishName + " and " + other.englishName);
  }
}

package no.imdi.grants.web.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import no.imdi.grants.calendar.Holiday;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The public holidays of a year, one entry per date (plain Sundays are not listed). */
@JsonbPropertyOrder({"year", "holidays"})
@Schema(name = "Holidays")
public record HolidaysJson(@Schema(example = "2024") int year, List<Entry> holidays) {

  /** A holiday: the date, its name in the request's language, and both names. */
  @JsonbPropertyOrder({"date", "name", "nameNb", "nameEn"})
  @Schema(name = "Holiday")
  public record Entry(
      @Schema(example = "2024-01-01") LocalDate date,
      @Schema(example = "1. nyttårsdag") String name,
      @Schema(example = "1. nyttårsdag") String nameNb,
      @Schema(example = "New Year's Day") String nameEn) {}

  static HolidaysJson of(int year, List<Holiday> holidays, Locale locale) {
    boolean english = "en".equals(locale.getLanguage());
    return new HolidaysJson(
        year,
        holidays.stream()
            .map(
                h ->
                    new Entry(
                        h.date(),
                        english ? h.englishName() : h.norwegianName(),
                        h.norwegianName(),
                        h.englishName()))
            .toList());
  }
}

package no.imdi.grants.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case number (*saksnummer*) as Noark writes it: the year the case was opened and its sequence in
 * that year, at least five digits ({@code 2026/00123}). Numbers are allocated by the database, one
 * counter per year, so that two cases never share one.
 */
@Embeddable
public record CaseNumber(
    @Column(name = "case_year", nullable = false, updatable = false) int year,
    @Column(name = "case_sequence", nullable = false, updatable = false) int sequence) {

  private static final Pattern FORMAT = Pattern.compile("(\\d{4})/(\\d{5,9})");

  public CaseNumber {
    if (year < 2000 || year > 2199) {
      throw new IllegalArgumentException("A case year is between 2000 and 2199, not " + year);
    }
    if (sequence < 1) {
      throw new IllegalArgumentException("Case sequences start at 1, not " + sequence);
    }
  }

  /** Reads {@code 2026/00123}. */
  public static CaseNumber parse(String text) {
    Matcher m = FORMAT.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("Not a case number (yyyy/nnnnn): " + text);
    }
    return new CaseNumber(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  @Override
  public String toString() {
    return "%d/%05d".formatted(year, sequence);
  }
}

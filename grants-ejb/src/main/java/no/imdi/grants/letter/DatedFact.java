package no.imdi.grants.letter;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date a decision rests on, with what it is: "Søknadsfrist (R-DL-1)" 13.12.2024, "Søknaden kom
 * inn" 20.12.2024.
 */
public record DatedFact(String what, LocalDate date) {

  public DatedFact {
    Letterhead.requireText(what, "fact");
    Objects.requireNonNull(date, "date");
  }
}

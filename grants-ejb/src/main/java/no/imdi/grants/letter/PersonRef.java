package no.imdi.grants.letter;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The person a letter is about, as the letter may name them: initials and birth date only. A letter
 * never carries the national identity number or the name, so the initials are checked to be capital
 * letters each followed by a full stop ({@code O.N.}), at most six of them.
 */
public record PersonRef(String initials, LocalDate birthDate) {

  private static final String INITIALS = "(\\p{Lu}\\.){1,6}";

  public PersonRef {
    if (initials == null || !initials.matches(INITIALS)) {
      throw new IllegalArgumentException(
          "Initials are capital letters each followed by a full stop (O.N.), not " + initials);
    }
    Objects.requireNonNull(birthDate, "birthDate");
  }

  /** The initials of the given and family names: "Ola Jon" "Nordmann-Li" gives {@code O.J.N.L.}. */
  public static PersonRef of(String givenName, String familyName, LocalDate birthDate) {
    String initials =
        Stream.of(givenName, familyName)
            .filter(Objects::nonNull)
            .flatMap(name -> Stream.of(name.strip().split("[\\s\\-]+")))
            .filter(part -> !part.isEmpty() && Character.isLetter(part.codePointAt(0)))
            .limit(6)
            .map(part -> Character.toString(part.codePointAt(0)).toUpperCase(Locale.ROOT) + ".")
            .collect(Collectors.joining());
    return new PersonRef(initials, birthDate);
  }
}

package no.imdi.grants.letter;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * The sender of a letter as it stands at its top: the directorate's name and short name (*IMDi*),
 * its postal and visiting address and its e-mail. IMDi's own letterhead is data, read from {@code
 * letters/letterhead.properties}, so a change of address needs no code.
 */
public record Letterhead(
    String name,
    String shortName,
    List<String> postalAddress,
    List<String> visitingAddress,
    String email) {

  public Letterhead {
    requireText(name, "name");
    requireText(shortName, "shortName");
    postalAddress = List.copyOf(postalAddress);
    visitingAddress = List.copyOf(visitingAddress);
    Objects.requireNonNull(email, "email");
  }

  private static final Letterhead IMDI = load("letters/letterhead.properties");
  private static final Letterhead MINISTRY = load("letters/ministry-letterhead.properties");

  /** IMDi's letterhead, from {@code letters/letterhead.properties}. */
  public static Letterhead imdi() {
    return IMDI;
  }

  /** The appeal body's letterhead (R-AP-7), from {@code letters/ministry-letterhead.properties}. */
  public static Letterhead ministry() {
    return MINISTRY;
  }

  private static Letterhead load(String resource) {
    Properties values = new Properties();
    try (InputStream in = Letterhead.class.getClassLoader().getResourceAsStream(resource);
        Reader reader = new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8)) {
      values.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
    return new Letterhead(
        values.getProperty("name"),
        values.getProperty("shortName"),
        lines(values.getProperty("postalAddress")),
        lines(values.getProperty("visitingAddress")),
        values.getProperty("email", ""));
  }

  private static List<String> lines(String value) {
    return value == null || value.isBlank()
        ? List.of()
        : Arrays.stream(value.split("\\|")).map(String::strip).toList();
  }

  static void requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("A letter needs a " + what);
    }
  }
}

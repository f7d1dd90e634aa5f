package no.imdi.grants.security;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules for a password a user chooses, after OWASP ASVS 5.0 V6 (authentication): at least 12
 * characters and up to 128, any characters (letters of every script, digits, spaces, emoji), no
 * rules of composition (no "one digit and one capital"), and refused when it is one of the common
 * passwords shipped with the project ({@link CommonPasswords}) or is made of a word of its context:
 * the username, the user's name, or the application's own name, with digits or signs around it.
 * Characters are counted as Unicode code points after NFKC normalisation, the form the hash is
 * taken of; nothing is cut off or stripped.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  /** The application's own words, refused like the user's name. */
  static final Collection<String> OWN_WORDS = List.of("tilskudd", "imdi", "integrering");

  /** Why a password is refused. */
  public enum Refusal {
    TOO_SHORT,
    TOO_LONG,
    COMMON,
    CONTEXT
  }

  private PasswordPolicy() {}

  /** Why the password is refused, if it is; {@code context} are the user's own words. */
  public static Optional<Refusal> check(String password, Collection<String> context) {
    String normalized = normalize(password == null ? "" : password);
    int length = normalized.codePointCount(0, normalized.length());
    if (length < MIN_LENGTH) {
      return Optional.of(Refusal.TOO_SHORT);
    }
    if (length > MAX_LENGTH) {
      return Optional.of(Refusal.TOO_LONG);
    }
    if (CommonPasswords.contains(normalized)) {
      return Optional.of(Refusal.COMMON);
    }
    String letters = letters(normalized);
    for (String word : words(context)) {
      if (letters.equals(letters(word))
          || (word.length() >= 4 && normalized.toLowerCase(Locale.ROOT).contains(word))) {
        return Optional.of(Refusal.CONTEXT);
      }
    }
    return Optional.empty();
  }

  /** The form passwords are compared and hashed in (NFKC). */
  public static String normalize(String password) {
    return Normalizer.normalize(password, Normalizer.Form.NFKC);
  }

  private static List<String> words(Collection<String> context) {
    List<String> words = new ArrayList<>(OWN_WORDS);
    for (String value : context) {
      if (value == null || value.isBlank()) {
        continue;
      }
      String lower = normalize(value).toLowerCase(Locale.ROOT).strip();
      words.add(lower);
      for (String part : lower.split("[^\\p{L}]+")) {
        if (part.length() >= 4) {
          words.add(part);
        }
      }
    }
    return words;
  }

  private static String letters(String value) {
    return value.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
  }
}

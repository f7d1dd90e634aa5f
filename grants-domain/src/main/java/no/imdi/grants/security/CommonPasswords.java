package no.imdi.grants.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The list of common passwords that a chosen password must not be (OWASP ASVS 5.0 V6), shipped as
 * {@code common-passwords.txt} next to this class: the most used passwords of published lists and
 * the Norwegian ones that breaches show again and again (seasons and months with a year, "passord",
 * football clubs, towns), compared without regard to case. A production system should check a much
 * larger list, such as a published list of breached passwords, which cannot be fetched here.
 */
public final class CommonPasswords {

  static final String RESOURCE = "common-passwords.txt";

  private static final Set<String> ALL = load();

  private CommonPasswords() {}

  /** Whether the password is on the list, whatever its case. */
  public static boolean contains(String password) {
    return ALL.contains(key(password));
  }

  static int size() {
    return ALL.size();
  }

  private static String key(String password) {
    return PasswordPolicy.normalize(password).toLowerCase(Locale.ROOT);
  }

  private static Set<String> load() {
    Set<String> all = new HashSet<>();
    try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          all.add(key(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(all);
  }
}

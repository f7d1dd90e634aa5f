package no.imdi.grants.security;

import java.security.SecureRandom;

/**
 * One-time passwords that an administrator hands a user (a new account, a reset): 16 characters
 * from an alphabet without look-alikes (no 0/O, 1/l/i), in groups of four ({@code k7mp-x2qh-...}),
 * drawn from a {@link SecureRandom}: about 79 bits, and within the password rules.
 */
public final class OneTimePasswords {

  static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private OneTimePasswords() {}

  public static String generate() {
    StringBuilder password = new StringBuilder(19);
    for (int i = 0; i < 16; i++) {
      if (i > 0 && i % 4 == 0) {
        password.append('-');
      }
      password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}

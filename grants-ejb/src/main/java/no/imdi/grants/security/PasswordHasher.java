package no.imdi.grants.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted PBKDF2 (HMAC-SHA256) password hashes, stored as {@code pbkdf2-sha256$iterations$salt$hash}
 * so that the iteration count can be raised later without invalidating stored hashes. The hash is
 * taken of the password's Unicode NFKC form ({@link PasswordPolicy#normalize}), so that the same
 * password typed on another keyboard (composed or decomposed letters) matches.
 */
public final class PasswordHasher {

  static final int ITERATIONS = 210_000;
  private static final String PREFIX = "pbkdf2-sha256";
  private static final int SALT_BYTES = 16;
  private static final int KEY_BITS = 256;
  private static final SecureRandom RANDOM = new SecureRandom();

  private PasswordHasher() {}

  public static String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    return hash(password, salt, ITERATIONS);
  }

  static String hash(char[] password, byte[] salt, int iterations) {
    Base64.Encoder b64 = Base64.getEncoder();
    return String.join(
        "$",
        PREFIX,
        Integer.toString(iterations),
        b64.encodeToString(salt),
        b64.encodeToString(derive(password, salt, iterations)));
  }

  /** Whether the password matches the stored hash; compares in constant time. */
  public static boolean verify(char[] password, String stored) {
    String[] parts = stored == null ? new String[0] : stored.split("\\$");
    if (parts.length != 4 || !PREFIX.equals(parts[0])) {
      return false;
    }
    Base64.Decoder b64 = Base64.getDecoder();
    byte[] expected = b64.decode(parts[3]);
    byte[] actual = derive(password, b64.decode(parts[2]), Integer.parseInt(parts[1]));
    return MessageDigest.isEqual(expected, actual);
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations) {
    char[] normalized = PasswordPolicy.normalize(new String(password)).toCharArray();
    try {
      PBEKeySpec spec = new PBEKeySpec(normalized, salt, iterations, KEY_BITS);
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2 is not available", e);
    } finally {
      java.util.Arrays.fill(normalized, '\0');
    }
  }
}

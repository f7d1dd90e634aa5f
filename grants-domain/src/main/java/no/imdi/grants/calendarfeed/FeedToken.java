package no.imdi.grants.calendarfeed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The secret of a calendar feed URL: 256 random bits from {@link SecureRandom}, URL-safe base64
 * without padding (43 characters). Only its SHA-256 (hex) is stored; the token itself is shown once
 * and never logged ({@link #toString()} hides it).
 */
public final class FeedToken {

  static final int BYTES = 32;
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String value;

  private FeedToken(String value) {
    this.value = value;
  }

  /** A new random token. */
  public static FeedToken generate() {
    byte[] bytes = new byte[BYTES];
    RANDOM.nextBytes(bytes);
    return new FeedToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /** The token of a URL, if it has a token's shape (anything else cannot be a feed). */
  public static java.util.Optional<FeedToken> parse(String text) {
    return text != null && SHAPE.matcher(text).matches()
        ? java.util.Optional.of(new FeedToken(text))
        : java.util.Optional.empty();
  }

  /** The text that goes into the URL. */
  public String value() {
    return value;
  }

  /** The SHA-256 of the token as 64 lowercase hex digits: what the database holds. */
  public String hash() {
    return hash(value);
  }

  static String hash(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(text.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FeedToken t && MessageDigest.isEqual(bytes(), t.bytes());
  }

  private byte[] bytes() {
    return value.getBytes(StandardCharsets.US_ASCII);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value);
  }

  @Override
  public String toString() {
    return "FeedToken[hidden]";
  }
}

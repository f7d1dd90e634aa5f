package no.imdi.grants.letter;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A letter as it is journaled and delivered: the PDF/A-2a bytes with their SHA-256 (hex, lower
 * case) and size, the document title and the number of pages.
 */
public record RenderedLetter(byte[] bytes, String sha256, long size, String title, int pageCount) {

  public RenderedLetter {
    bytes = bytes.clone();
    Objects.requireNonNull(title, "title");
    if (size != bytes.length || !sha256(bytes).equals(sha256)) {
      throw new IllegalArgumentException("The size and checksum are not those of the bytes");
    }
  }

  static RenderedLetter of(byte[] bytes, String title, int pageCount) {
    return new RenderedLetter(bytes, sha256(bytes), bytes.length, title, pageCount);
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RenderedLetter that
        && Arrays.equals(bytes, that.bytes)
        && title.equals(that.title);
  }

  @Override
  public int hashCode() {
    return sha256.hashCode();
  }

  @Override
  public String toString() {
    return "RenderedLetter["
        + title
        + ", "
        + size
        + " bytes, "
        + pageCount
        + " pages, "
        + sha256
        + "]";
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }
}

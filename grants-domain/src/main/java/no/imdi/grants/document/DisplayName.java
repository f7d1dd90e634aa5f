package no.imdi.grants.document;

import java.text.Normalizer;
import java.util.Objects;

/**
 * The name an uploaded file had on the sender's computer, cleaned for display only: the last path
 * segment, Unicode NFC, no control, format (bidirectional overrides, zero-width) or unassigned
 * characters, white space collapsed, at most {@value #MAX_LENGTH} characters with the extension
 * kept. The name decides nothing: the content is judged by itself, and the name is never used as a
 * path. Pages still escape it as any text; a download header still encodes it (RFC 6266).
 */
public record DisplayName(String value) {

  public static final int MAX_LENGTH = 200;
  public static final String FALLBACK = "dokument.pdf";
  private static final int MAX_EXTENSION = 10;
  private static final String ELLIPSIS = "\u2026";

  public DisplayName {
    Objects.requireNonNull(value, "value");
    if (!clean(value).equals(value)) {
      throw new IllegalArgumentException("Not a cleaned display name: " + value);
    }
  }

  /** The cleaned form of a name as the browser sent it; {@value #FALLBACK} when nothing is left. */
  public static DisplayName sanitise(String original) {
    return new DisplayName(clean(original));
  }

  private static String clean(String original) {
    if (original == null) {
      return FALLBACK;
    }
    String name = lastSegment(Normalizer.normalize(original, Normalizer.Form.NFC));
    StringBuilder out = new StringBuilder(name.length());
    boolean space = false;
    for (int cp : name.codePoints().toArray()) {
      if (isDropped(cp)) {
        continue;
      }
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || isBreaking(cp)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.appendCodePoint(cp);
    }
    String cleaned = shorten(out.toString());
    return cleaned.isEmpty() ? FALLBACK : cleaned;
  }

  private static String lastSegment(String name) {
    int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return name.substring(cut + 1);
  }

  private static boolean isDropped(int cp) {
    int type = Character.getType(cp);
    return type == Character.FORMAT
        || type == Character.PRIVATE_USE
        || type == Character.SURROGATE
        || type == Character.UNASSIGNED;
  }

  private static boolean isBreaking(int cp) {
    int type = Character.getType(cp);
    return type == Character.CONTROL
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  private static String shorten(String name) {
    int[] cps = name.codePoints().toArray();
    if (cps.length <= MAX_LENGTH) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    String extension = "";
    if (dot > 0 && name.codePointCount(dot, name.length()) <= MAX_EXTENSION) {
      extension = name.substring(dot);
    }
    int keep = MAX_LENGTH - ELLIPSIS.length() - extension.codePointCount(0, extension.length());
    return new String(cps, 0, keep).strip() + ELLIPSIS + extension;
  }

  @Override
  public String toString() {
    return value;
  }
}

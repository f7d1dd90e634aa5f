package no.imdi.grants.letter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Writes a value into a letter's XHTML as text, never as markup: {@code & < > " '} become
 * references; characters XML cannot hold (control characters, lone surrogates) and the
 * bidirectional overrides that could make a value read backwards are dropped; a character the
 * letter's font has no glyph for becomes U+FFFD, since a PDF/A may not show a missing glyph. The
 * spaces inside an amount ({@code 1 520 000 kr}) and after {@code §} become no-break spaces, so no
 * line ends inside them.
 */
final class XmlText {

  private static final char REPLACEMENT = '\uFFFD';
  private static final char NO_BREAK = '\u00A0';

  /** The spaces in {@code 1 520 000 kr} and {@code § 29}, which must not end a line. */
  private static final Pattern KEEP_TOGETHER =
      Pattern.compile("(?<=\\d) (?=\\d{3}(?!\\d))|(?<=\\d) (?=kr\\b)|(?<=§) (?=\\d)");

  private final IntPredicate displayable;

  XmlText(IntPredicate displayable) {
    this.displayable = displayable;
  }

  String escape(String value) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    value
        .codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\t', '\n', '\r' -> out.append(' ');
                default -> {
                  if (allowedInXml(c) && !bidiControl(c)) {
                    out.appendCodePoint(displayable.test(c) ? c : REPLACEMENT);
                  }
                }
              }
            });
    return KEEP_TOGETHER.matcher(out).replaceAll(String.valueOf(NO_BREAK));
  }

  void escape(String value, Writer writer) {
    try {
      writer.write(escape(value));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean allowedInXml(int c) {
    return (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
  }

  private static boolean bidiControl(int c) {
    return (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200E
        || c == 0x200F;
  }
}

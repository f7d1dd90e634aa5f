package no.imdi.grants.letter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.Objects;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The TrueType fonts every letter embeds (PDF/A allows no other): DejaVu Sans, regular and bold,
 * shipped under {@code letters/fonts/} with DejaVu's licence. Read once; each letter embeds the
 * subset it uses. Knows which characters both weights have a glyph for.
 */
final class LetterFonts {

  static final String FAMILY = "DejaVu Sans";

  private final byte[] regular;
  private final byte[] bold;
  private final BitSet displayable;

  private LetterFonts(byte[] regular, byte[] bold) {
    this.regular = regular;
    this.bold = bold;
    this.displayable = coverage(regular);
    displayable.and(coverage(bold));
  }

  static LetterFonts load() {
    return new LetterFonts(read("DejaVuSans.ttf"), read("DejaVuSans-Bold.ttf"));
  }

  InputStream regular() {
    return new ByteArrayInputStream(regular);
  }

  InputStream bold() {
    return new ByteArrayInputStream(bold);
  }

  boolean canDisplay(int codePoint) {
    return codePoint >= 0 && displayable.get(codePoint);
  }

  private static BitSet coverage(byte[] font) {
    try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
      var cmap = ttf.getUnicodeCmapLookup();
      BitSet covered = new BitSet(0x110000);
      for (int c = 0x20; c < 0x110000; c++) {
        if (cmap.getGlyphId(c) > 0) {
          covered.set(c);
        }
      }
      return covered;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read a letter font", e);
    }
  }

  private static byte[] read(String file) {
    try (InputStream in =
        LetterFonts.class.getClassLoader().getResourceAsStream("letters/fonts/" + file)) {
      return Objects.requireNonNull(in, "letters/fonts/" + file).readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read letters/fonts/" + file, e);
    }
  }
}

package no.imdi.grants.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import no.imdi.grants.shared.Formats;
import no.imdi.grants.shared.Nok;

/**
 * CSV the way Norwegian spreadsheets read it: UTF-8 with a byte order mark, {@code ;} between
 * fields, CRLF after each row, texts always quoted, a leading {@code = + - @} (or tab, CR) defused
 * with an apostrophe so that no cell becomes a formula, dates {@code 13.10.2023}, timestamps {@code
 * 13.10.2023 14:05} in Norwegian time, amounts with a decimal comma and no digit grouping ({@code
 * 1520000,50}), yes/no in the reader's language. The header goes out at once; rows follow through a
 * buffer as they are read.
 */
final class CsvRowWriter implements RowWriter {

  static final char BOM = '\uFEFF';
  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

  private final Writer out;
  private final ExportTexts texts;
  private boolean started;

  CsvRowWriter(OutputStream stream, ExportTexts texts) {
    this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    this.texts = texts;
  }

  @Override
  public void header(List<String> headers) throws IOException {
    out.write(BOM);
    for (int i = 0; i < headers.size(); i++) {
      if (i > 0) {
        out.write(';');
      }
      out.write(text(headers.get(i)));
    }
    out.write("\r\n");
    out.flush();
    started = true;
  }

  @Override
  public void row(List<Column<?>> columns, Object[] values) throws IOException {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.write(';');
      }
      out.write(field(columns.get(i).type(), values[i]));
    }
    out.write("\r\n");
  }

  String field(ColumnType type, Object value) {
    if (value == null) {
      return "";
    }
    return switch (type) {
      case TEXT -> text(value instanceof Enum<?> e ? texts.label(e) : value.toString());
      case DATE -> Formats.date((LocalDate) value);
      case TIMESTAMP -> TIME.format(((Instant) value).atZone(OSLO));
      case AMOUNT -> decimal(kroner(value).setScale(2, RoundingMode.HALF_UP));
      case AMOUNT_ORE -> decimal(BigDecimal.valueOf(((Number) value).longValue(), 2));
      case INTEGER -> Long.toString(((Number) value).longValue());
      case BOOLEAN -> texts.yesNo((Boolean) value);
    };
  }

  private static String decimal(BigDecimal value) {
    return value.toPlainString().replace('.', ',');
  }

  /** A quoted text, a leading formula character defused (OWASP CSV injection). */
  static String text(String value) {
    String text = value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }

  @Override
  public void finish() throws IOException {
    out.flush();
  }

  @Override
  public void abort(String message) throws IOException {
    out.write("\r\n");
    out.write(text(message));
    out.write("\r\n");
    out.flush();
  }

  @Override
  public boolean started() {
    return started;
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }

  static BigDecimal kroner(Object value) {
    return value instanceof Nok nok ? nok.amount() : (BigDecimal) value;
  }
}

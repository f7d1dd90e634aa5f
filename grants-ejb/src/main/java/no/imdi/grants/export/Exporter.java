package no.imdi.grants.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes a list's rows, as its {@link ExportTable} describes them, to CSV or XLSX while its query
 * reads them: each row is formatted and written as it comes, nothing is collected. A failure after
 * the first bytes (the database, the client gone) ends the file with a line saying that it is
 * incomplete and is returned, logged, in the outcome, never thrown: the response is committed and
 * can no longer become an error page.
 */
public final class Exporter {

  private static final Logger LOG = Logger.getLogger(Exporter.class.getName());

  private Exporter() {}

  public static <R> ExportOutcome write(
      ExportTable<R> table,
      RowSource<R> rows,
      ExportFormat format,
      ExportTexts texts,
      OutputStream out) {
    List<Column<R>> columns = table.columns();
    List<Column<?>> untyped = new ArrayList<>(columns);
    List<String> headers = columns.stream().map(c -> texts.text(c.headerKey())).toList();
    long[] count = {0};
    RowWriter writer = null;
    try {
      writer =
          format == ExportFormat.CSV
              ? new CsvRowWriter(out, texts)
              : new XlsxRowWriter(out, texts, texts.text("export." + table.list() + ".sheet"));
      RowWriter w = writer;
      w.header(headers);
      rows.forEach(
          row -> {
            Object[] values = new Object[columns.size()];
            for (int i = 0; i < values.length; i++) {
              values[i] = columns.get(i).valueOf(row, texts);
            }
            try {
              w.row(untyped, values);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            count[0]++;
          });
      w.finish();
      return new ExportOutcome(count[0], null, true);
    } catch (RuntimeException | IOException e) {
      LOG.log(
          Level.WARNING,
          "Export of " + table.list() + " (" + format + ") broke off after " + count[0] + " rows",
          e);
      boolean started = writer != null && writer.started();
      if (writer != null) {
        try {
          writer.abort(texts.text("export.incomplete").replace("{0}", Long.toString(count[0])));
        } catch (IOException | RuntimeException ignored) {
          // the client is gone: nothing more can be told
        }
      }
      return new ExportOutcome(count[0], describe(e), started);
    } finally {
      if (writer != null) {
        try {
          writer.close();
        } catch (IOException | RuntimeException e) {
          LOG.log(Level.FINE, "Closing the export", e);
        }
      }
    }
  }

  private static String describe(Throwable e) {
    String text = e.getClass().getSimpleName() + ": " + e.getMessage();
    return text.length() <= 1000 ? text : text.substring(0, 1000);
  }
}

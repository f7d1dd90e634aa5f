package no.imdi.grants.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.function.Function;
import no.imdi.grants.admintest.Callers;
import no.imdi.grants.export.ExportFormat;
import no.imdi.grants.export.ExportLog;
import no.imdi.grants.export.ExportOutcome;
import no.imdi.grants.export.ExportRequest;
import no.imdi.grants.export.Exports;
import no.imdi.grants.security.CurrentUser;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Runs an export into memory and reads the file back, for the export tests: the export mechanism as
 * a user with the export log at a fixed time, the request in a format and a language, and the file
 * as CSV text (read on with {@link CsvRows}) or as an XLSX workbook. An export that does not
 * complete fails the test.
 */
public final class ExportFiles {

  private ExportFiles() {}

  /** The export mechanism as the caller, writing the export log at the clock's time. */
  public static Exports exports(CurrentUser caller, EntityManager em, Clock clock) {
    return new Exports(caller, new ExportLog(em, clock));
  }

  /** The export mechanism as the named user. */
  public static Exports exports(EntityManager em, String user, Clock clock) {
    return exports(new CurrentUser(Callers.as(user), em), em, clock);
  }

  /** What the export wrote for a request in the format and language (a tag: "nb", "en"). */
  public static byte[] bytes(
      ExportFormat format, String language, Function<ExportRequest, ExportOutcome> export) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportOutcome outcome =
        export.apply(new ExportRequest(format, Locale.forLanguageTag(language), out));
    assertThat(outcome.completed()).as(outcome.failure()).isTrue();
    return out.toByteArray();
  }

  /** The CSV the export wrote in the language, as text, the byte order mark included. */
  public static String csv(String language, Function<ExportRequest, ExportOutcome> export) {
    return new String(bytes(ExportFormat.CSV, language, export), StandardCharsets.UTF_8);
  }

  /** The XLSX the export wrote in the language, opened; the caller closes it. */
  public static XSSFWorkbook xlsx(String language, Function<ExportRequest, ExportOutcome> export)
      throws IOException {
    return workbook(bytes(ExportFormat.XLSX, language, export));
  }

  /** An XLSX file, opened; the caller closes it. */
  public static XSSFWorkbook workbook(byte[] bytes) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }
}

package no.imdi.grants.export;

import java.io.OutputStream;
import java.util.Locale;

/** What an export is asked for: the format, the reader's language and where the bytes go. */
public record ExportRequest(ExportFormat format, Locale locale, OutputStream out) {

  public ExportTexts texts() {
    return ExportTexts.of(locale);
  }
}

package no.imdi.grants.web.casework;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import no.imdi.grants.casefile.QueueItem;
import no.imdi.grants.shared.Formats;
import no.imdi.grants.web.rate.Timestamps;

/**
 * The work queue as CSV the way Norwegian spreadsheets read it: semicolon-separated, UTF-8 with a
 * byte order mark (written by the caller), every text quoted, and a leading {@code = + - @} defused
 * so that no cell becomes a formula.
 */
final class QueueCsv {

  static final String HEADER =
      "type;saksnummer;person;status;mottatt;frist;tilskuddsår;tilskudd;merket for avvisning"
          + " (R-DL-6);kommune;fylke;saksbehandler\r\n";

  private QueueCsv() {}

  static void write(Writer out, QueueItem i, Timestamps timestamps) throws IOException {
    out.write(
        String.join(
                ";",
                i.type().name(),
                field(i.caseNumber()),
                field(i.personName()),
                i.state(),
                timestamps.at(i.receivedAt()),
                date(i.dueDate()),
                i.grantYear() == null ? "" : i.grantYear().toString(),
                i.kind() == null ? "" : i.kind().name(),
                i.flaggedForDismissal() ? "ja" : "nei",
                field(i.municipality()),
                field(i.county()),
                field(i.assignedTo()))
            + "\r\n");
  }

  private static String date(LocalDate date) {
    return date == null ? "" : Formats.date(date);
  }

  static String field(String value) {
    if (value == null) {
      return "";
    }
    String text = value;
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}

package no.imdi.grants.web.payee;

import java.io.IOException;
import java.io.Writer;
import no.imdi.grants.payment.payee.PayeeRow;
import no.imdi.grants.web.rate.Timestamps;

/**
 * The payee list as CSV the way Norwegian spreadsheets read it: semicolon-separated, UTF-8 with a
 * byte order mark (written by the caller), every text quoted, and a leading {@code = + - @} defused
 * so that no cell becomes a formula. Numbers are written as text, so that leading zeros stay.
 */
final class PayeeCsv {

  static final String HEADER =
      "kommunenummer;kommune;fylke;organisasjonsnummer;kontonummer;IBAN;sist endret;endret av\r\n";

  private PayeeCsv() {}

  static void write(Writer out, PayeeRow r, Timestamps timestamps) throws IOException {
    out.write(
        String.join(
                ";",
                field(r.municipalityNumber()),
                field(r.municipalityName()),
                field(r.countyName()),
                field(r.organisationNumber()),
                field(r.account().formatted()),
                field(r.iban().value()),
                timestamps.at(r.updatedAt()),
                field(r.updatedBy()))
            + "\r\n");
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

package no.imdi.grants.web.payment;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Locale;
import no.imdi.grants.payment.Ore;
import no.imdi.grants.payment.basis.BasisLine;
import no.imdi.grants.shared.Formats;

/**
 * The instalment basis as CSV for a municipality's accounting system, the way Norwegian
 * spreadsheets read it (as the work queue's export): semicolon-separated, UTF-8 with a byte order
 * mark (written by the caller), dates {@code 31.03.2025}, amounts in kroner with a decimal comma
 * and no grouping ({@code 12857,50}), every text quoted and a leading {@code = + - @} defused so
 * that no cell becomes a formula.
 */
final class BasisCsv {

  static final String HEADER =
      "termin;status;person-id;person;kode;gruppe;art;først forfalt;beløp;regler;begrunnelse\r\n";

  private BasisCsv() {}

  static void write(Writer out, BasisLine l, Locale locale, String status) throws IOException {
    out.write(
        String.join(
                ";",
                Formats.date(l.instalment()),
                field(status),
                l.personId() == null ? "" : l.personId().toString(),
                field(l.personName()),
                field(l.code()),
                field(l.group().norwegian()),
                l.kind().name(),
                Formats.date(l.dueBasis()),
                amount(l.amountOre()),
                field(l.rules()),
                field(l.text(locale)))
            + "\r\n");
  }

  /** Kroner with two decimals and a decimal comma: -1234,50. */
  static String amount(long ore) {
    BigDecimal kroner = Ore.kroner(ore);
    return kroner.toPlainString().replace('.', ',');
  }

  static String field(String value) {
    if (value == null) {
      return "";
    }
    String text = value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}

package no.imdi.grants.web.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.imdi.grants.payment.LineKind;
import no.imdi.grants.payment.LineStatus;
import no.imdi.grants.payment.PaymentGroup;
import no.imdi.grants.payment.RunState;
import no.imdi.grants.payment.StoredReason;
import no.imdi.grants.payment.basis.BasisLine;
import no.imdi.grants.payment.file.BankOutcome;
import org.junit.jupiter.api.Test;

/**
 * The payment pages' texts and export (R-PAY-3): every key the pages name, and every key made of an
 * enum value, is in the bokmål and the English bundle; the instalment basis CSV writes dates as
 * 31.03.2025, amounts with a decimal comma, quotes texts and defuses formulas.
 */
class PaymentPagesTest {

  static final List<String> PAGES =
      List.of(
          "app/payment-runs.xhtml",
          "app/payment-run.xhtml",
          "app/instalment-basis.xhtml",
          "WEB-INF/includes/payment-run-totals.xhtml",
          "WEB-INF/includes/payment-run-review.xhtml",
          "WEB-INF/includes/payment-run-bank.xhtml");

  @Test
  void R_PAY_3_everyPageKeyIsInBothLanguages() throws IOException {
    List<String> keys = new ArrayList<>();
    Pattern literal = Pattern.compile("msg\\['((?:run|basis)\\.[A-Za-z.]+[A-Za-z])'\\]");
    for (String page : PAGES) {
      Matcher m = literal.matcher(Files.readString(Path.of("src/main/webapp", page)));
      while (m.find()) {
        keys.add(m.group(1));
      }
    }
    for (RunState s : RunState.values()) {
      keys.add("run.state." + s);
      keys.add("enum.RunState." + s);
    }
    for (PaymentGroup g : PaymentGroup.values()) {
      keys.add("run.group." + g);
    }
    for (LineKind k : LineKind.values()) {
      keys.add("run.kind." + k);
    }
    for (LineStatus s : LineStatus.values()) {
      keys.add("basis.status." + s);
    }
    for (BankOutcome.Outcome o : BankOutcome.Outcome.values()) {
      keys.add("run.report.outcome." + o);
    }
    keys.addAll(List.of("run.approve.starter", "run.approve.role", "run.approved", "run.paid"));
    assertThat(keys).hasSizeGreaterThan(60);
    Properties nb = bundle("messages.properties");
    Properties en = bundle("messages_en.properties");
    assertThat(keys).allSatisfy(k -> assertThat(nb).containsKey(k));
    assertThat(keys).allSatisfy(k -> assertThat(en).containsKey(k));
  }

  @Test
  void R_PAY_3_basisCsvForTheAccountingSystem() throws IOException {
    BasisLine line =
        new BasisLine(
            7,
            3,
            LocalDate.of(2025, 3, 31),
            42L,
            "=HYPERLINK(\"x\"), Amina",
            "0301",
            "AR-2",
            PaymentGroup.INTEGRATION_LATER_YEARS,
            LineKind.ADJUSTMENT,
            LocalDate.of(2024, 12, 31),
            -1_285_750,
            LineStatus.SENT,
            new StoredReason(
                "R-IG-4,R-IG-5", "payment.line.whole", "s:AR-2|i:2024|n:12857.50|d:2025-03-31"));
    StringWriter out = new StringWriter();
    BasisCsv.write(out, line, Locale.ENGLISH, "sendt");
    String csv = out.toString();
    assertThat(csv)
        .startsWith("31.03.2025;\"sendt\";42;\"'=HYPERLINK(\"\"x\"\"), Amina\";\"AR-2\";")
        .contains(";ADJUSTMENT;31.12.2024;-12857,50;\"R-IG-4,R-IG-5\";\"AR-2 for 2024")
        .endsWith("\r\n");
    assertThat(BasisCsv.field("+47 22")).isEqualTo("\"'+47 22\"");
    assertThat(BasisCsv.field("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
    assertThat(BasisCsv.amount(100)).isEqualTo("1,00");
    assertThat(BasisCsv.HEADER.split(";")).hasSize(11);
  }

  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        Files.newInputStream(Path.of("src/main/resources/no/imdi/grants/web", name))) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p;
  }
}

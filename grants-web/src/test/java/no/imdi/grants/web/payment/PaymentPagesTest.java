package no.imdi.grants.web.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.imdi.grants.payment.LineKind;
import no.imdi.grants.payment.LineStatus;
import no.imdi.grants.payment.PaymentGroup;
import no.imdi.grants.payment.RunState;
import no.imdi.grants.payment.file.BankOutcome;
import org.junit.jupiter.api.Test;

/**
 * The payment pages' texts and export (R-PAY-3): every key the pages name, and every key made of an
 * enum value, is in the bokmål and the English bundle. (The instalment basis's export is on the
 * export mechanism now: its CSV and XLSX are tested in grants-ejb's {@code BasisExportTest}.)
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

  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        Files.newInputStream(Path.of("src/main/resources/no/imdi/grants/web", name))) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p;
  }
}

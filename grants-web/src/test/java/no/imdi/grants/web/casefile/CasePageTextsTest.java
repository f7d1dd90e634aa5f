package no.imdi.grants.web.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import no.imdi.grants.casefile.EnquiryState;
import no.imdi.grants.casefile.Side;
import no.imdi.grants.disability.application.DocumentKind;
import no.imdi.grants.disability.application.ReportingBasis;
import no.imdi.grants.disability.cost.TimeCategory;
import no.imdi.grants.disability.documentation.Requirement;
import no.imdi.grants.journal.EntryType;
import org.junit.jupiter.api.Test;

/**
 * The case pages' texts: every key of their prefixes is in bokmål and English alike, and every
 * value of the enums the pages name has its text.
 */
class CasePageTextsTest {

  private static final List<String> PREFIXES =
      List.of(
          "application.",
          "case.",
          "extension.",
          "conversion.",
          "enquiry.",
          "grantYears.",
          "document.");

  @Test
  void everyKeyIsInBothLanguages() throws IOException {
    assertThat(keys("messages_en.properties")).isEqualTo(keys("messages.properties"));
  }

  @Test
  void everyNamedEnumValueHasItsText() throws IOException {
    Set<String> keys = keys("messages.properties");
    Stream.of(
            names("document.kind.", DocumentKind.values()),
            names("application.category.", TimeCategory.values()),
            names("application.basis.", ReportingBasis.values()),
            names("application.requirement.", Requirement.values()),
            names("enquiry.state.", EnquiryState.values()),
            names("enquiry.side.", Side.values()),
            names("case.entryType.", EntryType.values()))
        .flatMap(List::stream)
        .forEach(key -> assertThat(keys).as(key).contains(key));
  }

  private static List<String> names(String prefix, Enum<?>[] values) {
    return Arrays.stream(values).map(v -> prefix + v.name()).toList();
  }

  private static Set<String> keys(String file) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        CasePageTextsTest.class.getResourceAsStream("/no/imdi/grants/web/" + file)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    Set<String> keys = new TreeSet<>();
    for (String key : p.stringPropertyNames()) {
      if (PREFIXES.stream().anyMatch(key::startsWith)) {
        keys.add(key);
      }
    }
    return keys;
  }
}

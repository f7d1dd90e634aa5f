package no.imdi.grants.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every explanation a caseworker reads, in bokmål and in English, stays as it was: the corpus (the
 * rules' own test cases and the seeds' examples, over many more inputs) is rendered and compared
 * line by line with {@code explanations.txt}, which was written from the code before explanations
 * became data (rule id, message key and typed arguments). A changed text fails with the first line
 * that differs. Rewrite the file only when a text is meant to change, with {@code ./mvnw -pl
 * grants-domain test -Dtest=ExplanationTextsTest -Dgolden.write=true}, and review its diff.
 */
class ExplanationTextsTest {

  private static final String GOLDEN = "explanations.txt";
  private static final Path SOURCE =
      Path.of("src/test/resources/no/imdi/grants/golden").resolve(GOLDEN);

  @Test
  void everyExplanationReadsAsBeforeInBothLanguages() throws IOException {
    String actual = corpus();
    if (Boolean.getBoolean("golden.write")) {
      Files.writeString(SOURCE, actual, StandardCharsets.UTF_8);
    }
    List<String> expected = golden().lines().toList();
    List<String> lines = actual.lines().toList();
    for (int i = 0; i < Math.min(expected.size(), lines.size()); i++) {
      if (!expected.get(i).equals(lines.get(i))) {
        fail(
            "Line %d of %s differs:%n expected: %s%n   actual: %s%n (case: %s)",
            i + 1, GOLDEN, expected.get(i), lines.get(i), caseOf(lines, i));
      }
    }
    assertThat(lines).hasSameSizeAs(expected);
  }

  @Test
  void theCorpusIsBroad() {
    String corpus = corpus();
    assertThat(corpus.lines().filter(l -> l.startsWith("nb: ")).count()).isGreaterThan(2_500);
    assertThat(corpus).contains("R-DL-1", "R-IG-5", "R-AP-3", "R-COST-7", "R-DOC-7", "R-EM");
  }

  static String corpus() {
    CorpusWriter w = new CorpusWriter();
    DisabilityCorpus.write(w);
    DisabilityRulesCorpus.write(w);
    IntegrationCorpus.write(w);
    ComplaintCorpus.write(w);
    CostCorpus.write(w);
    DocumentationCorpus.write(w);
    LabelsCorpus.write(w);
    PayoutCorpus.write(w);
    return w.text();
  }

  private static String golden() throws IOException {
    try (InputStream in = ExplanationTextsTest.class.getResourceAsStream(GOLDEN)) {
      assertThat(in).as(GOLDEN).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String caseOf(List<String> lines, int index) {
    for (int i = index; i >= 0; i--) {
      if (lines.get(i).startsWith("# ")) {
        return lines.get(i);
      }
    }
    return "";
  }
}

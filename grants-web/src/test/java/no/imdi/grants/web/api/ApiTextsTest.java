package no.imdi.grants.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiTextsTest {

  @ParameterizedTest(name = "Accept-Language {0} -> {1}")
  @CsvSource({
    "'en', en",
    "'en-GB', en",
    "'nb', nb",
    "'nn', nb",
    "'no', nb",
    "'*', nb",
    "'de', nb",
    "'de,en', en",
    "'nb,en', nb",
    "'', nb"
  })
  void englishOnlyWhenTheClientPrefersItOverNorwegian(String header, String expected) {
    List<Locale> preferred =
        header.isEmpty()
            ? List.of()
            : List.of(header.split(",")).stream().map(Locale::forLanguageTag).toList();
    if ("*".equals(header)) {
      preferred = List.of(new Locale("*"));
    }
    assertThat(ApiTexts.choose(preferred).getLanguage()).isEqualTo(expected);
  }

  @Test
  void aHeaderTheRuntimeCannotParseCountsAsNone() {
    assertThat(
            ApiTexts.preferred(
                () -> {
                  throw new IllegalStateException("Unable to parse Accept-Language: en;q=abc");
                }))
        .isEqualTo(ApiTexts.BOKMAL);
    assertThat(ApiTexts.preferred(() -> List.of(Locale.ENGLISH))).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void problemTextsInBothLanguagesWithArguments() {
    assertThat(ApiTexts.text(Locale.ENGLISH, "problem.api.date", "2023-02-30"))
        .isEqualTo(
            "\"2023-02-30\" is not a valid date: write YYYY-MM-DD, a date that exists (for"
                + " example 2023-10-13).");
    assertThat(ApiTexts.text(ApiTexts.BOKMAL, "problem.api.title.parameter"))
        .isEqualTo("Ugyldig parameter");
    assertThat(ApiTexts.text(ApiTexts.BOKMAL, "problem.rules.year.range", "1900", "2199"))
        .isEqualTo("Året må være mellom 1900 og 2199.");
    assertThat(
            ApiTexts.text(
                Locale.ENGLISH,
                "problem.rules.birthDate.notWithinSixMonths",
                java.time.LocalDate.of(2023, 8, 31),
                java.time.LocalDate.of(2024, 2, 29)))
        .startsWith(
            "The child must be born after the mother's settlement 31.08.2023 and no later"
                + " than 29.02.2024");
  }

  @Test
  void everyRulesAndCalculatorKeyIsInBothBundles() {
    assertThat(keys("en")).isEqualTo(keys("nb"));
  }

  private static Set<String> keys(String language) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            "no.imdi.grants.web.messages",
            Locale.forLanguageTag(language),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return bundle.keySet().stream()
        .filter(
            k ->
                k.startsWith("calc.")
                    || k.startsWith("household.")
                    || k.startsWith("problem.rules.")
                    || k.startsWith("problem.api."))
        .collect(Collectors.toSet());
  }
}

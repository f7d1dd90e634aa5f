package no.imdi.grants.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import no.imdi.grants.integrationgrant.Household;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reasons are data until read: the reader's language picks the bundle (English for English, bokmål
 * for every other language), and each typed argument is written as caseworkers write it.
 */
class ReasonTextsTest {

  private static final Reason DEADLINE =
      Reason.of(
          "R-DL-6",
          "R-DL-6.inTime",
          LocalDate.of(2024, 12, 13),
          Reason.phrase("R-DL-6.deadline", LocalDate.of(2024, 12, 13)));

  @ParameterizedTest
  @ValueSource(strings = {"nb", "nb-NO", "no", "nn", "de", "*"})
  void everyOtherLanguageReadsBokmal(String tag) {
    assertThat(DEADLINE.text(Locale.forLanguageTag(tag)))
        .isEqualTo("Søknaden kom 13.12.2024, innen fristen 13.12.2024 (R-DL-6).");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "en-GB", "en-US"})
  void englishReadsEnglish(String tag) {
    assertThat(DEADLINE.text(Locale.forLanguageTag(tag)))
        .isEqualTo(
            "The application arrived on 13.12.2024, within the deadline 13.12.2024 (R-DL-6).");
  }

  @Test
  void noLanguageReadsBokmal() {
    assertThat(DEADLINE.text(null)).startsWith("Søknaden kom");
  }

  @Test
  void argumentsAreWrittenAsCaseworkersWriteThem() {
    assertThat(ReasonTexts.value(Nok.kroner(1_520_000), Locale.ENGLISH)).isEqualTo("1 520 000 kr");
    assertThat(ReasonTexts.value(LocalDate.of(2023, 10, 13), Locale.ENGLISH))
        .isEqualTo("13.10.2023");
    assertThat(ReasonTexts.value(2023, Locale.ENGLISH)).isEqualTo("2023");
    assertThat(ReasonTexts.value(Household.CHILD, ReasonTexts.BOKMAL)).isEqualTo("barn");
    assertThat(ReasonTexts.value(Household.CHILD, Locale.ENGLISH)).isEqualTo("child");
    assertThat(ReasonTexts.value(ReasonArgs.years(2023, 2027), Locale.ENGLISH))
        .isEqualTo("2023–2027");
    assertThat(ReasonTexts.value(ReasonArgs.years(2023, 2023), Locale.ENGLISH)).isEqualTo("2023");
    assertThat(ReasonTexts.value(new BigDecimal("1250.50"), ReasonTexts.BOKMAL))
        .isEqualTo("1 250,5");
    assertThat(ReasonTexts.value(new BigDecimal("1250.50"), Locale.ENGLISH)).isEqualTo("1 250.5");
    assertThat(
            ReasonTexts.value(
                ReasonArgs.joined("join.or", List.of(Household.CHILD, Household.SINGLE_ADULT)),
                ReasonTexts.BOKMAL))
        .isEqualTo("barn eller enslig voksen");
    assertThat(
            ReasonTexts.value(ReasonArgs.capitalized(Household.SINGLE_ADULT), ReasonTexts.BOKMAL))
        .isEqualTo("Enslig voksen");
    assertThat(ReasonTexts.value(null, Locale.ENGLISH)).isEmpty();
  }

  @Test
  void pluralsAndApostrophesFollowMessageFormat() {
    Reason one =
        Reason.phrase(
            "R-GY-1.later",
            2,
            new Period(LocalDate.of(2024, 10, 13), LocalDate.of(2025, 10, 12)),
            Reason.phrase("referenceDate.childBirth", LocalDate.of(2023, 10, 13)),
            1);
    assertThat(one.text(Locale.ENGLISH))
        .isEqualTo(
            "Grant year 2: 13.10.2024–12.10.2025 (R-GY-1: the same date as the child's date of"
                + " birth 13.10.2023, 1 year later).");
    Reason two =
        Reason.phrase(
            "R-GY-1.later",
            3,
            new Period(LocalDate.of(2025, 10, 13), LocalDate.of(2026, 10, 12)),
            Reason.phrase("referenceDate.settlement", LocalDate.of(2023, 10, 13)),
            2);
    assertThat(two.text(Locale.ENGLISH)).endsWith("2 years later).");
    assertThat(two.text(ReasonTexts.BOKMAL)).endsWith("2 år senere).");
  }

  @Test
  void anExplanationJoinsItsSentencesAndCitesEachRuleOnce() {
    Explanation first = Explanation.of("R-T1-1", "R-T1-1.possible");
    Explanation second = Explanation.of(List.of("R-T1-1", "R-T-1"), "R-T-1.either");
    Explanation both = first.and(Explanation.NONE).and(second);
    assertThat(both.rules()).containsExactly("R-T1-1", "R-T-1");
    assertThat(both.english())
        .isEqualTo(
            "T1 can be applied for as a one-off grant for grant year 1 or 2 (R-T1-1). The first"
                + " application for grant year 1 or 2 is for either T1 or T2 (R-T-1).");
    assertThat(Explanation.NONE.text(Locale.ENGLISH)).isEmpty();
    assertThat(Explanation.NONE.and(first)).isSameAs(first);
  }

  @Test
  void explanationsWithTheSameReasonsAreEqualWhateverTheirShape() {
    Explanation a = Explanation.of("R-T1-1", "R-T1-1.possible");
    Explanation b = Explanation.of("R-T-1", "R-T-1.either");
    Explanation c = Explanation.of("R-T1-2", "R-T1-2.afterT2");
    Explanation left = a.and(b).and(c);
    Explanation right = a.and(b.and(c));
    assertThat(left).isEqualTo(right).hasSameHashCodeAs(right);
    assertThat(left.reasons()).hasSize(3);
    assertThat(left).isNotEqualTo(a.and(c).and(b));
  }
}

package no.imdi.grants.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import no.imdi.grants.settlement.UdiHousing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QueryParamsTest {

  @Test
  void readsAnIsoDate() {
    assertThat(QueryParams.date("noticeReceived", "2024-09-03", true))
        .isEqualTo(LocalDate.of(2024, 9, 3));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2023-02-30", "2023-13-01", "13.10.2023", "2023-1-5", "yesterday"})
  void refusesDatesThatAreNotIsoOrDoNotExist(String value) {
    assertThatThrownBy(() -> QueryParams.date("noticeReceived", value, true))
        .isInstanceOfSatisfying(
            BadParameterException.class,
            e -> {
              assertThat(e.parameter()).isEqualTo("noticeReceived");
              assertThat(e.messageKey()).isEqualTo("api.date");
              assertThat(e.arguments()).containsExactly(value);
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " "})
  void anEmptyValueIsMissing(String value) {
    assertThat(QueryParams.date("birthDate", value, false)).isNull();
    assertThatThrownBy(() -> QueryParams.date("birthDate", value, true))
        .isInstanceOfSatisfying(
            BadParameterException.class, e -> assertThat(e.messageKey()).isEqualTo("required"));
    assertThatThrownBy(() -> QueryParams.date("birthDate", null, true))
        .isInstanceOf(BadParameterException.class);
  }

  @Test
  void readsWholeNumbersOnly() {
    assertThat(QueryParams.integer("year", "2024", true)).isEqualTo(2024);
    assertThatThrownBy(() -> QueryParams.integer("year", "2024.5", true))
        .isInstanceOfSatisfying(
            BadParameterException.class,
            e -> {
              assertThat(e.parameter()).isEqualTo("year");
              assertThat(e.messageKey()).isEqualTo("api.integer");
            });
  }

  @ParameterizedTest
  @CsvSource({"1899-12-31", "2200-01-01", "+99999-01-01", "-0001-01-01", "+999999999-12-31"})
  void refusesDatesOutsideTheYearsTheHolidayCalendarSupports(String value) {
    assertThatThrownBy(() -> QueryParams.date("claimArises", value, true))
        .isInstanceOfSatisfying(
            BadParameterException.class,
            e -> {
              assertThat(e.parameter()).isEqualTo("claimArises");
              assertThat(e.messageKey()).isEqualTo("rules.date.range");
              assertThat(e.arguments()).containsExactly("1900", "2199");
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"1900-01-01", "2199-12-31"})
  void acceptsTheFirstAndLastSupportedDay(String value) {
    assertThat(QueryParams.date("claimArises", value, true)).isEqualTo(LocalDate.parse(value));
  }

  @ParameterizedTest
  @CsvSource({"0, api.range", "11, api.range", "-1, api.range", "99999999999, api.integer"})
  void aWholeNumberMustLieInItsRange(String value, String key) {
    assertThat(QueryParams.integer("grantYear", "10", 1, 10)).isEqualTo(10);
    assertThatThrownBy(() -> QueryParams.integer("grantYear", value, 1, 10))
        .isInstanceOfSatisfying(
            BadParameterException.class,
            e -> {
              assertThat(e.parameter()).isEqualTo("grantYear");
              assertThat(e.messageKey()).isEqualTo(key);
            });
  }

  @Test
  void aProblemRepeatsAtMostFortyCharactersOfTheValueWithoutControlCharacters() {
    String value = "\uD83D\uDE00".repeat(10_000);

    assertThatThrownBy(() -> QueryParams.date("noticeReceived", value, true))
        .isInstanceOfSatisfying(
            BadParameterException.class,
            e -> assertThat(e.arguments()).containsExactly("\uD83D\uDE00".repeat(40) + "…"));
    assertThat(QueryParams.shown("a\u0000b")).isEqualTo("a\uFFFDb");
  }

  @Test
  void flagsAreTrueOrFalseAndAbsentIsFalse() {
    assertThat(QueryParams.flag("unaccompaniedMinor", "TRUE")).isTrue();
    assertThat(QueryParams.flag("unaccompaniedMinor", "false")).isFalse();
    assertThat(QueryParams.flag("unaccompaniedMinor", null)).isFalse();
    assertThat(QueryParams.optionalFlag("pedagogicalMeasures", null)).isNull();
    assertThatThrownBy(() -> QueryParams.flag("unaccompaniedMinor", "yes"))
        .isInstanceOfSatisfying(
            BadParameterException.class,
            e -> {
              assertThat(e.parameter()).isEqualTo("unaccompaniedMinor");
              assertThat(e.messageKey()).isEqualTo("api.boolean");
            });
  }

  @Test
  void enumValuesByTheirExactNameWithTheAllowedOnesInTheProblem() {
    assertThat(QueryParams.choice("udiHousing", "SAERSKILT_BO_OG_OMSORG", UdiHousing.class, null))
        .isEqualTo(UdiHousing.SAERSKILT_BO_OG_OMSORG);
    assertThat(QueryParams.choice("udiHousing", null, UdiHousing.class, UdiHousing.NONE))
        .isEqualTo(UdiHousing.NONE);
    assertThatThrownBy(() -> QueryParams.choice("udiHousing", "none", UdiHousing.class, null))
        .isInstanceOfSatisfying(
            BadParameterException.class,
            e -> {
              assertThat(e.parameter()).isEqualTo("udiHousing");
              assertThat(e.arguments())
                  .containsExactly(
                      "none",
                      "NONE, TILRETTELAGT_AVDELING, SAERSKILT_BO_OG_OMSORG,"
                          + " SAERSKILT_PLEIE_OG_OMSORG");
            });
    assertThatThrownBy(() -> QueryParams.choice("household", "", UdiHousing.class, null))
        .isInstanceOfSatisfying(
            BadParameterException.class, e -> assertThat(e.messageKey()).isEqualTo("required"));
  }
}

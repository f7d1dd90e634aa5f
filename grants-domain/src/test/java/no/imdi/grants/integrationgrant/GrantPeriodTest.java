package no.imdi.grants.integrationgrant;

import static no.imdi.grants.integrationgrant.Fixtures.date;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import no.imdi.grants.rate.InMemoryRateTable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GrantPeriodTest {

  @ParameterizedTest(name = "settled {0}, family of humanitarian {1} (setting {2}, verified {3})")
  @DisplayName(
      "R-IG-2 the settlement year and the four following years; [verify] setting for family")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2023-10-13 | false | 3 | false | 2023 2024 2025 2026 2027 | Tilskuddsperioden er 2023–2027, 5 år (R-IG-2: bosettingsåret 2023 etter bosetting 13.10.2023, og de fire neste kalenderårene).
          2023-01-01 | false | 3 | false | 2023 2024 2025 2026 2027 | Tilskuddsperioden er 2023–2027, 5 år (R-IG-2: bosettingsåret 2023 etter bosetting 01.01.2023, og de fire neste kalenderårene).
          2023-12-31 | false | 3 | false | 2023 2024 2025 2026 2027 | Tilskuddsperioden er 2023–2027, 5 år (R-IG-2: bosettingsåret 2023 etter bosetting 31.12.2023, og de fire neste kalenderårene).
          2024-02-29 | false | 3 | false | 2024 2025 2026 2027 2028 | Tilskuddsperioden er 2024–2028, 5 år (R-IG-2: bosettingsåret 2024 etter bosetting 29.02.2024, og de fire neste kalenderårene).
          2023-12-31 | true  | 3 | false | 2023 2024 2025           | Tilskuddsperioden er 2023–2025, 3 år (R-IG-2: familieinnvandret til person med opphold på humanitært grunnlag, bosatt 31.12.2023; innstilling 3 år, ikke verifisert).
          2023-01-01 | true  | 3 | true  | 2023 2024 2025           | Tilskuddsperioden er 2023–2025, 3 år (R-IG-2: familieinnvandret til person med opphold på humanitært grunnlag, bosatt 01.01.2023; innstilling 3 år).
          2023-01-01 | true  | 5 | true  | 2023 2024 2025 2026 2027 | Tilskuddsperioden er 2023–2027, 5 år (R-IG-2: familieinnvandret til person med opphold på humanitært grunnlag, bosatt 01.01.2023; innstilling 5 år).
          2023-06-30 | true  | 1 | false | 2023                     | Tilskuddsperioden er 2023, 1 år (R-IG-2: familieinnvandret til person med opphold på humanitært grunnlag, bosatt 30.06.2023; innstilling 1 år, ikke verifisert).
          """)
  void R_IG_2_grantYearsAreTheSettlementYearAndTheFollowingYears(
      String settlement,
      boolean familyOfHumanitarian,
      int settingYears,
      boolean settingVerified,
      String calendarYears,
      String norwegian) {
    SettledPerson person =
        SettledPerson.of(
            date(settlement),
            date("1990-05-05"),
            Household.ADULT_IN_FAMILY,
            false,
            familyOfHumanitarian);
    IntegrationGrantCalculator calculator =
        new IntegrationGrantCalculator(
            new InMemoryRateTable(List.of()), Fixtures.settings(settingYears, settingVerified));

    IntegrationGrantSchedule schedule = calculator.schedule(person);

    List<Integer> expectedYears =
        List.of(calendarYears.split(" ")).stream().map(Integer::valueOf).toList();
    assertThat(schedule.years()).extracting(GrantYearEntry::calendarYear).isEqualTo(expectedYears);
    assertThat(schedule.years())
        .extracting(GrantYearEntry::grantYear)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, expectedYears.size()).boxed().toList());
    assertThat(schedule.explanation().norwegian()).isEqualTo(norwegian);
    assertThat(schedule.explanation().rules()).containsExactly("R-IG-2");
    assertThat(schedule.explanation().english())
        .startsWith("The grant period is " + schedule.range());
    assertThat(schedule.explanation().english().contains("not verified"))
        .isEqualTo(familyOfHumanitarian && !settingVerified);
  }
}

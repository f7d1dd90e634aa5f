package no.imdi.grants.disability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.rate.InMemoryRateTable;
import no.imdi.grants.rate.RateCode;
import no.imdi.grants.settlement.UdiHousing;
import no.imdi.grants.shared.Nok;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisabilityGrantScheduleTest {

  private static Schedule schedule(SettlementFacts facts) {
    return new DisabilityGrantSchedule(TestRates.domainTable()).scheduleFor(facts);
  }

  private static Nok kroner(Long amount) {
    return amount == null ? null : Nok.kroner(amount);
  }

  @ParameterizedTest(name = "year {0}: {1}–{2}, first {3}, deadline {4}, T1 {7}, T2 cap {8}")
  @DisplayName("R-GY-1, R-DL-1, R-DL-2, R-RATE-1: the seed's table for settlement 13.10.2023")
  @CsvSource({
    "1, 2023-10-13, 2024-10-12, 2024-12-13, 2024-12-13, true, true, 196400, 1520000, 2023",
    "2, 2024-10-13, 2025-10-12, 2024-12-13, 2025-12-13, true, true, 196400, 1608000, 2024",
    "3, 2025-10-13, 2026-10-12, , 2026-12-13, false, true, , , 2025",
    "4, 2026-10-13, 2027-10-12, , 2027-12-13, false, true, , , 2026",
    "5, 2027-10-13, 2028-10-12, , 2028-12-13, false, true, , , 2027"
  })
  void R_DL_2_scheduleForTheSeedsSettlementOf13October2023(
      int number,
      LocalDate start,
      LocalDate end,
      LocalDate firstDeadline,
      LocalDate deadline,
      boolean t1Possible,
      boolean t2Possible,
      Long t1Amount,
      Long t2Cap,
      int rateYear) {
    Schedule schedule = schedule(SettlementFacts.settledOn(LocalDate.of(2023, 10, 13)).build());

    ScheduledGrantYear year = schedule.year(number);

    assertThat(schedule.inTargetGroup()).isTrue();
    assertThat(schedule.maxT2Years()).isEqualTo(5);
    assertThat(schedule.years()).hasSize(5);
    assertThat(year.grantYear()).isEqualTo(number);
    assertThat(year.start()).isEqualTo(start);
    assertThat(year.end()).isEqualTo(end);
    assertThat(year.firstApplicationDeadline()).isEqualTo(firstDeadline);
    assertThat(year.deadline()).isEqualTo(deadline);
    assertThat(year.t1Possible()).isEqualTo(t1Possible);
    assertThat(year.t2Possible()).isEqualTo(t2Possible);
    assertThat(year.t1Amount()).isEqualTo(kroner(t1Amount));
    assertThat(year.t2Cap()).isEqualTo(kroner(t2Cap));
    assertThat(year.rateYear()).isEqualTo(rateYear);
    assertThat(year.ratesVerified()).isEqualTo(t2Cap != null);
    assertThat(year.rules()).isEqualTo(year.explanation().rules());
    assertThat(year.rules()).contains("R-GY-1", "R-T2-1", "R-RATE-1", "R-RATE-2");
  }

  @Test
  @DisplayName("R-DL-2: year 2 explains both deadlines, and year 3 the missing 2025 rate")
  void R_DL_2_scheduleExplanations() {
    Schedule schedule = schedule(SettlementFacts.settledOn(LocalDate.of(2023, 10, 13)).build());

    assertThat(schedule.year(2).explanation().norwegian())
        .contains("Frist for førstegangssøknad for tilskuddsår 2: 13.12.2024 (R-DL-1")
        .contains(
            "Frist for tilskuddsår 2 når en søknad for et tidligere år er innvilget: 13.12.2025"
                + " (R-DL-2")
        .contains("13.12.2025 er en lørdag; søknadsfristen flyttes ikke til neste virkedag.");
    assertThat(schedule.year(3).explanation().english())
        .contains("Grant year 3 cannot be applied for in a first application")
        .contains("No rate is known for T2 in 2025");
    assertThat(schedule.year(3).rules()).contains("R-DL-3");
  }

  @Test
  @DisplayName("R-RATE-1: the seed's period 02.02.2023–01.02.2024 uses the 2023 rates")
  void R_RATE_1_scheduleForThe2February2023Period() {
    ScheduledGrantYear year =
        schedule(SettlementFacts.settledOn(LocalDate.of(2023, 2, 2)).build()).year(1);

    assertThat(year.start()).isEqualTo(LocalDate.of(2023, 2, 2));
    assertThat(year.end()).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(year.rateYear()).isEqualTo(2023);
    assertThat(year.t1Amount()).isEqualTo(Nok.kroner(196_400));
    assertThat(year.t2Cap()).isEqualTo(Nok.kroner(1_520_000));
  }

  @ParameterizedTest(name = "settled {0} from {1}: {2} years, year 1 cap {3}")
  @DisplayName("R-T2-3, R-RATE-2: UDI's special housing gives 10 years and around 16.06.2023 a cap")
  @CsvSource({
    "2023-06-16, SAERSKILT_BO_OG_OMSORG, 10, 1520000, 1608000",
    "2023-06-17, SAERSKILT_BO_OG_OMSORG, 10, 2500000, 2500000",
    "2023-06-17, TILRETTELAGT_AVDELING, 10, 1520000, 1608000",
    "2023-06-17, NONE, 5, 1520000, 1608000"
  })
  void R_T2_3_scheduleForSpecialHousing(
      LocalDate settled, UdiHousing housing, int years, long year1Cap, long year2Cap) {
    Schedule schedule = schedule(SettlementFacts.settledOn(settled).udiHousing(housing).build());

    assertThat(schedule.maxT2Years()).isEqualTo(years);
    assertThat(schedule.years()).hasSize(years);
    assertThat(schedule.year(1).t2Cap()).isEqualTo(Nok.kroner(year1Cap));
    assertThat(schedule.year(2).t2Cap()).isEqualTo(Nok.kroner(year2Cap));
    ScheduledGrantYear last = schedule.year(years);
    assertThat(last.t2Possible()).isTrue();
    assertThat(last.t2Cap()).isNull();
    assertThat(last.ratesVerified()).isFalse();
    assertThat(last.firstApplicationDeadline()).isNull();
    assertThat(last.deadline()).isEqualTo(settled.plusYears(years).plusMonths(2));
  }

  @Test
  @DisplayName("R-DL-4: a child born after the mother's settlement counts from the birth")
  void R_DL_4_scheduleForAChild() {
    Schedule schedule =
        schedule(
            SettlementFacts.childBornOn(LocalDate.of(2024, 2, 29), LocalDate.of(2023, 10, 13))
                .build());

    assertThat(schedule.inTargetGroup()).isTrue();
    ScheduledGrantYear first = schedule.year(1);
    assertThat(first.start()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(first.end()).isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(first.firstApplicationDeadline()).isEqualTo(LocalDate.of(2025, 4, 29));
    assertThat(first.deadline()).isEqualTo(LocalDate.of(2025, 4, 29));
    assertThat(first.rules()).contains("R-DL-4").doesNotContain("R-DL-1");
    assertThat(schedule.year(2).start()).isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(schedule.year(2).deadline()).isEqualTo(LocalDate.of(2026, 5, 1));
    assertThat(first.t1Amount()).isEqualTo(Nok.kroner(196_400));
    assertThat(first.t2Cap()).isEqualTo(Nok.kroner(1_608_000));
  }

  @Test
  @DisplayName("R-T-TG-3: a child born too late gets no grant in any year")
  void R_T_TG_3_scheduleOutsideTheTargetGroup() {
    Schedule schedule =
        schedule(
            SettlementFacts.childBornOn(LocalDate.of(2024, 4, 14), LocalDate.of(2023, 10, 13))
                .build());

    assertThat(schedule.inTargetGroup()).isFalse();
    assertThat(schedule.targetGroupExplanation().rules()).contains("R-T-TG-3");
    assertThat(schedule.years()).hasSize(5);
    assertThat(schedule.years())
        .allSatisfy(
            year -> {
              assertThat(year.t1Possible()).isFalse();
              assertThat(year.t2Possible()).isFalse();
              assertThat(year.t1Amount()).isNull();
              assertThat(year.t2Cap()).isNull();
              assertThat(year.ratesVerified()).isFalse();
            });
    assertThat(schedule.year(1).explanation().english())
        .contains("The person is not in the target group");
  }

  @Test
  @DisplayName("R-T2-2: an unaccompanied minor turning 20 in year 7 gets a 7-year schedule")
  void R_T2_2_scheduleForAnUnaccompaniedMinor() {
    Schedule schedule =
        schedule(
            SettlementFacts.settledOn(LocalDate.of(2023, 10, 13))
                .bornOn(LocalDate.of(2009, 10, 13))
                .unaccompaniedMinor(true)
                .build());

    assertThat(schedule.maxT2Years()).isEqualTo(7);
    assertThat(schedule.years()).hasSize(7);
    assertThat(schedule.year(7).start()).isEqualTo(LocalDate.of(2029, 10, 13));
    assertThat(schedule.year(7).deadline()).isEqualTo(LocalDate.of(2030, 12, 13));
    assertThat(schedule.maxT2YearsExplanation().rules()).containsExactly("R-T2-1", "R-T2-2");
  }

  @Test
  @DisplayName("R-RATE-2: a year whose rows are not verified is flagged")
  void R_RATE_2_unverifiedRowsInTheSchedule() {
    InMemoryRateTable table =
        new InMemoryRateTable(
            List.of(
                TestRates.verified(RateCode.T1, 2025, 200_000),
                TestRates.unverified(RateCode.T2, 2025, 1_700_000)));

    ScheduledGrantYear year =
        new DisabilityGrantSchedule(table)
            .scheduleFor(SettlementFacts.settledOn(LocalDate.of(2025, 3, 1)).build())
            .year(1);

    assertThat(year.t1Amount()).isEqualTo(Nok.kroner(200_000));
    assertThat(year.t2Cap()).isEqualTo(Nok.kroner(1_700_000));
    assertThat(year.ratesVerified()).isFalse();
  }
}

package no.imdi.grants.integrationgrant;

import static no.imdi.grants.integrationgrant.Fixtures.date;
import static no.imdi.grants.integrationgrant.Fixtures.nok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.imdi.grants.shared.Nok;
import no.imdi.grants.shared.Reasoned;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoveSplitterTest {

  @ParameterizedTest(name = "{1} kr moved {0}: old {2} days {4}, new {3} days {5}")
  @DisplayName("R-IG-6 pro rata by days of the calendar year, shares adding up to the amount")
  @CsvSource({
    "2024-01-01, 241100, 0, 366, 0, 241100",
    "2024-12-31, 241100, 365, 1, 240441, 659",
    "2024-02-29, 241100, 59, 307, 38866, 202234",
    "2024-03-01, 241100, 60, 306, 39525, 201575",
    "2023-01-01, 194400, 0, 365, 0, 194400",
    "2023-12-31, 194400, 364, 1, 193867, 533",
    "2023-07-02, 194400, 182, 183, 96934, 97466",
    "2024-02-29, 25000.25, 59, 307, 4030, 20970.25",
    "2024-07-01, 100001, 182, 184, 49727, 50274"
  })
  void R_IG_6_yearOfMoveIsSplitProRataByDays(
      String moveDate, String amount, int daysOld, int daysNew, String oldShare, String newShare) {
    MoveSplitter splitter = new MoveSplitter(Fixtures.unverifiedSettings());

    Reasoned<MoveSplit> split = splitter.split("AR-2", nok(amount), date(moveDate));

    MoveSplit value = split.value();
    assertThat(value.daysOld()).isEqualTo(daysOld);
    assertThat(value.daysNew()).isEqualTo(daysNew);
    assertThat(value.daysInYear()).isEqualTo(date(moveDate).lengthOfYear());
    assertThat(value.oldMunicipality()).isEqualTo(nok(oldShare));
    assertThat(value.newMunicipality()).isEqualTo(nok(newShare));
    assertThat(value.oldMunicipality().plus(value.newMunicipality())).isEqualTo(nok(amount));
    assertThat(split.rules()).containsExactly("R-IG-6");
    assertThat(split.explanation().norwegian())
        .contains("fordelingsregelen er ikke verifisert")
        .contains("gammel kommune " + daysOld + " av " + value.daysInYear() + " dager")
        .contains("ny kommune " + daysNew + " av " + value.daysInYear() + " dager (fra ");
  }

  @Test
  @DisplayName("R-IG-6 the schedule's year of the move, with the full sentence a caseworker reads")
  void R_IG_6_splitOfAScheduleYear() {
    IntegrationGrantSchedule schedule =
        Fixtures.schedule(Fixtures.adult(Household.SINGLE_ADULT, "2023-05-01", "1990-01-01"));
    MoveSplitter splitter =
        new MoveSplitter(
            new IntegrationGrantSettings(3, true, MoveSplitRule.PRO_RATA_BY_DAYS, true));

    Reasoned<MoveSplit> leapDay = splitter.split(schedule, date("2024-02-29"));
    Reasoned<MoveSplit> noRate = splitter.split(schedule, date("2025-06-01"));
    Reasoned<MoveSplit> outside = splitter.split(schedule, date("2028-01-01"));

    assertThat(leapDay.value())
        .isEqualTo(
            new MoveSplit(
                date("2024-02-29"),
                2024,
                "AR-2",
                Nok.kroner(100_001),
                59,
                307,
                Nok.kroner(16_120),
                Nok.kroner(83_881)));
    assertThat(leapDay.explanation().norwegian())
        .isEqualTo(
            "Flytting 29.02.2024: AR-2 2024 fordeles forholdsmessig etter dager i kalenderåret"
                + " (R-IG-6): gammel kommune 59 av 366 dager (01.01.2024–28.02.2024) = 16 120 kr,"
                + " ny kommune 307 av 366 dager (fra 29.02.2024) = 83 881 kr, til sammen"
                + " 100 001 kr. Gammel kommunes del er rundet til hele kroner (halv opp); ny"
                + " kommune får resten.");
    assertThat(noRate.value())
        .isEqualTo(new MoveSplit(date("2025-06-01"), 2025, "AR-3", null, 151, 214, null, null));
    assertThat(noRate.explanation().english()).endsWith("the amount is unknown without a rate.");
    assertThat(outside.value()).isNull();
    assertThat(outside.explanation().norwegian())
        .isEqualTo(
            "Flyttingen 01.01.2028 er utenfor tilskuddsperioden 2023–2027; ingenting å fordele"
                + " (R-IG-6).");
    assertThatThrownBy(() -> splitter.split(schedule, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("moveDate");
  }
}

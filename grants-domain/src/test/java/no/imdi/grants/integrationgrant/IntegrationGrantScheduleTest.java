package no.imdi.grants.integrationgrant;

import static no.imdi.grants.integrationgrant.Fixtures.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import no.imdi.grants.shared.Nok;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IntegrationGrantScheduleTest {

  @Test
  @DisplayName("R-IG-2 R-IG-4 R-IG-5 R-EM a whole schedule as the REST layer and pages show it")
  void unaccompaniedMinorSettledAsSingleAdult() {
    SettledPerson person =
        SettledPerson.of(
            date("2023-10-13"), date("2007-03-10"), Household.SINGLE_ADULT, true, false);

    IntegrationGrantSchedule schedule = Fixtures.schedule(person);

    assertThat(schedule.years())
        .extracting(GrantYearEntry::grantYear, GrantYearEntry::calendarYear, GrantYearEntry::codes)
        .containsExactly(
            tuple(1, 2023, List.of("AR-1-EV")),
            tuple(2, 2024, List.of("AR-2")),
            tuple(3, 2025, List.of("AR-3")),
            tuple(4, 2026, List.of("AR-4")),
            tuple(5, 2027, List.of("AR-5")));
    assertThat(schedule.specialGrant())
        .extracting(SpecialGrantEntry::calendarYear, SpecialGrantEntry::code)
        .containsExactly(
            tuple(2023, "EMINB"),
            tuple(2024, "EMINU"),
            tuple(2025, "EMINU"),
            tuple(2026, "EMINU"),
            tuple(2027, "EMINU"));
    GrantYearEntry first = schedule.years().get(0);
    assertThat(first.total()).isEqualTo(Nok.kroner(241_100));
    assertThat(first.instalments())
        .containsExactly(
            new Instalment(
                date("2023-12-31"),
                InstalmentTerm.Q4,
                "AR-1-EV",
                Share.WHOLE,
                Nok.kroner(241_100)));
    assertThat(first.explanation().norwegian())
        .isEqualTo(
            "Tilskuddsår 1 er 2023, bosettingsåret (R-IG-2). Kode AR-1-EV (R-IG-4: tilskuddsår 1,"
                + " enslig voksen). Sats AR-1-EV 2023: 241 100 kr (ikke verifisert). Utbetales med"
                + " hel sats i terminen per 31.12.2023 (utbetaling medio desember 2023), første"
                + " termin etter at personen ble registrert bosatt 13.10.2023 (bosettingsdatoen;"
                + " R-IG-5).");
    assertThat(first.explanation().english())
        .isEqualTo(
            "Grant year 1 is 2023, the settlement year (R-IG-2). Code AR-1-EV (R-IG-4: grant year"
                + " 1, single adult). Rate AR-1-EV 2023: 241 100 kr (not verified). Paid at the"
                + " whole rate in the instalment of 31.12.2023 (payout mid December 2023), the"
                + " first instalment after the person was registered as settled on 13.10.2023 (the"
                + " settlement date; R-IG-5).");
    assertThat(schedule.explanation().rules()).containsExactly("R-IG-2", "R-EM");
    assertThat(schedule.specialGrant().get(0).explanation().norwegian())
        .isEqualTo(
            "EMINB for 2023: personen fyller 16 år i 2023 (R-EM: EMINB til og med året personen"
                + " fyller 16; i tillegg til integreringstilskuddet, R-IG-8). Sats EMINB 2023:"
                + " 1 118 000 kr (ikke verifisert).");
  }

  @Test
  @DisplayName("R-IG-2 R-IG-4 family of a humanitarian resident, aged 60: three years and ELDR")
  void elderlyFamilyMemberOfHumanitarianResident() {
    SettledPerson person =
        SettledPerson.of(
            date("2023-02-01"), date("1963-02-01"), Household.ADULT_IN_FAMILY, false, true);

    IntegrationGrantSchedule schedule = Fixtures.schedule(person);

    assertThat(schedule.years())
        .extracting(GrantYearEntry::calendarYear, GrantYearEntry::codes, GrantYearEntry::total)
        .containsExactly(
            tuple(2023, List.of("AR-1", "ELDR"), Nok.kroner(375_000)),
            tuple(2024, List.of("AR-2"), Nok.kroner(100_001)),
            tuple(2025, List.of("AR-3"), null));
    assertThat(schedule.years().get(0).instalments())
        .extracting(Instalment::basisDate, Instalment::payout, Instalment::code)
        .containsExactly(
            tuple(date("2023-03-31"), "primo april 2023", "AR-1"),
            tuple(date("2023-03-31"), "primo april 2023", "ELDR"));
    assertThat(schedule.specialGrant()).isEmpty();
    assertThat(schedule.explanation().norwegian())
        .isEqualTo(
            "Tilskuddsperioden er 2023–2025, 3 år (R-IG-2: familieinnvandret til person med"
                + " opphold på humanitært grunnlag, bosatt 01.02.2023; innstilling 3 år, ikke"
                + " verifisert).");
  }
}

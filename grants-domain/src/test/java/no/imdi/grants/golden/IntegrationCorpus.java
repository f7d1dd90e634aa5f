package no.imdi.grants.golden;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.imdi.grants.integrationgrant.GrantYearEntry;
import no.imdi.grants.integrationgrant.Household;
import no.imdi.grants.integrationgrant.Instalment;
import no.imdi.grants.integrationgrant.IntegrationGrantCalculator;
import no.imdi.grants.integrationgrant.IntegrationGrantSchedule;
import no.imdi.grants.integrationgrant.IntegrationGrantSettings;
import no.imdi.grants.integrationgrant.LimitationPeriod;
import no.imdi.grants.integrationgrant.MoveSplitRule;
import no.imdi.grants.integrationgrant.MoveSplitter;
import no.imdi.grants.integrationgrant.SettledPerson;
import no.imdi.grants.integrationgrant.SpecialGrantEntry;
import no.imdi.grants.rate.InMemoryRateTable;
import no.imdi.grants.rate.Rate;
import no.imdi.grants.rate.RateCode;
import no.imdi.grants.rate.RateTable;
import no.imdi.grants.shared.Nok;

/**
 * The integration grant of the corpus (R-IG-2, R-IG-4, R-IG-5, R-IG-6, R-IG-7, R-EM, R-IG-8):
 * schedules of adults, children, elderly persons, unaccompanied minors, family members of persons
 * with residence on humanitarian grounds and children born after the mother's settlement, with
 * registrations on, after and long after the settlement; splits at moves; limitation dates. Rates:
 * the unverified 2023 examples of DOMAIN.md, verified 2024 and 2025 test rows (some with øre, so
 * quarters differ), nothing for 2026 and later.
 */
final class IntegrationCorpus {

  private static final List<LocalDate> DATES =
      List.of(
          LocalDate.of(2023, 10, 13),
          LocalDate.of(2024, 2, 29),
          LocalDate.of(2022, 12, 31),
          LocalDate.of(2025, 1, 1),
          LocalDate.of(2021, 6, 15),
          LocalDate.of(2023, 3, 31),
          LocalDate.of(2024, 7, 1));

  private IntegrationCorpus() {}

  static void write(CorpusWriter w) {
    IntegrationGrantSettings unverified = IntegrationGrantSettings.withDefaultMoveSplit(3, false);
    IntegrationGrantCalculator calculator = new IntegrationGrantCalculator(rates(), unverified);
    for (int i = 0; i < DATES.size(); i++) {
      List<SettledPerson> persons = persons(DATES.get(i));
      for (int p = 0; p < persons.size(); p += i < 3 ? 1 : 4) {
        schedule(w, calculator, persons.get(p), "3 years, not verified");
      }
    }
    LocalDate d = LocalDate.of(2023, 10, 13);
    SettledPerson family =
        SettledPerson.of(d, d.minusYears(30), Household.ADULT_IN_FAMILY, false, true);
    for (int years = 1; years <= 5; years += 2) {
      for (boolean verified : new boolean[] {false, true}) {
        IntegrationGrantSettings settings =
            IntegrationGrantSettings.withDefaultMoveSplit(years, verified);
        schedule(
            w,
            new IntegrationGrantCalculator(rates(), settings),
            family,
            years + " years, verified " + verified);
      }
    }
    moves(w, calculator);
    limitation(w);
  }

  static RateTable rates() {
    List<Rate> rows = new ArrayList<>();
    String example = "DOMAIN.md [verify] example";
    rows.add(new Rate(RateCode.AR_1_EV, 2023, Nok.kroner(241_100), false, example));
    rows.add(new Rate(RateCode.AR_1, 2023, Nok.kroner(194_400), false, example));
    rows.add(new Rate(RateCode.ELDR, 2023, Nok.kroner(180_600), false, example));
    rows.add(new Rate(RateCode.BHT, 2023, Nok.kroner(27_800), false, example));
    rows.add(new Rate(RateCode.EMINB, 2023, Nok.kroner(1_118_000), false, example));
    rows.add(new Rate(RateCode.EMINU, 2023, Nok.kroner(705_000), false, example));
    for (RateCode code : RateCode.values()) {
      if (code.code().startsWith("AR") || code == RateCode.ELDR || code == RateCode.BHT) {
        rows.add(verified(code, 2024, "100001"));
        rows.add(verified(code, 2025, "90000.50"));
      }
    }
    rows.add(verified(RateCode.EMINB, 2025, "1200000"));
    rows.add(verified(RateCode.EMINU, 2025, "760000"));
    return new InMemoryRateTable(rows);
  }

  private static Rate verified(RateCode code, int year, String amount) {
    return new Rate(code, year, Nok.of(new BigDecimal(amount)), true, "test row");
  }

  private static List<SettledPerson> persons(LocalDate d) {
    List<SettledPerson> persons = new ArrayList<>();
    persons.add(SettledPerson.of(d, d.minusYears(30), Household.SINGLE_ADULT, false, false));
    persons.add(SettledPerson.of(d, d.minusYears(60), Household.ADULT_IN_FAMILY, false, false));
    persons.add(
        SettledPerson.of(d, d.minusYears(60).plusDays(1), Household.ADULT_IN_FAMILY, false, false));
    persons.add(SettledPerson.of(d, d.minusYears(5), Household.CHILD, false, false));
    persons.add(SettledPerson.of(d, d.minusYears(6), Household.CHILD, false, false));
    persons.add(SettledPerson.of(d, d, Household.CHILD, false, false));
    for (int age : new int[] {10, 15, 17, 19, 21}) {
      persons.add(SettledPerson.of(d, d.minusYears(age), Household.CHILD, true, false));
    }
    persons.add(SettledPerson.of(d, d.minusYears(16), Household.SINGLE_ADULT, true, false));
    persons.add(SettledPerson.of(d, d.minusYears(40), Household.ADULT_IN_FAMILY, false, true));
    for (LocalDate registered :
        List.of(d, d.plusDays(10), d.plusMonths(4), d.plusYears(1).plusDays(5))) {
      persons.add(
          new SettledPerson(d, d.minusYears(3), Household.CHILD, false, false, null, registered));
    }
    persons.add(new SettledPerson(d, d.plusMonths(2), Household.CHILD, false, false, d, null));
    persons.add(
        new SettledPerson(d, d.plusMonths(6), Household.CHILD, false, false, d, d.plusMonths(7)));
    persons.add(
        new SettledPerson(
            d.plusMonths(8), d.plusMonths(7), Household.CHILD, false, false, d, null));
    return persons;
  }

  private static void schedule(
      CorpusWriter w, IntegrationGrantCalculator calculator, SettledPerson p, String settings) {
    w.heading("integration grant, " + p + ", settings " + settings);
    IntegrationGrantSchedule s = calculator.schedule(p);
    w.explanation("period " + s.range(), s.explanation());
    for (GrantYearEntry y : s.years()) {
      w.explanation(
          "year " + y.grantYear() + " " + y.calendarYear() + " " + y.codes() + " " + y.total(),
          y.explanation());
      for (Instalment i : y.instalments()) {
        w.line(
            "instalment "
                + i.basisDate()
                + " "
                + i.term()
                + " "
                + i.payout()
                + " / "
                + i.payoutEnglish()
                + " "
                + i.payoutMonth()
                + " "
                + i.code()
                + " "
                + i.share()
                + " "
                + i.amount());
      }
    }
    for (SpecialGrantEntry e : s.specialGrant()) {
      w.explanation(
          "special " + e.calendarYear() + " " + e.code() + " " + e.amount(), e.explanation());
    }
  }

  private static void moves(CorpusWriter w, IntegrationGrantCalculator calculator) {
    LocalDate d = LocalDate.of(2023, 10, 13);
    IntegrationGrantSchedule schedule =
        calculator.schedule(
            SettledPerson.of(d, d.minusYears(30), Household.SINGLE_ADULT, false, false));
    List<LocalDate> moves =
        List.of(
            LocalDate.of(2024, 1, 1),
            LocalDate.of(2024, 2, 29),
            LocalDate.of(2024, 7, 1),
            LocalDate.of(2023, 12, 31),
            LocalDate.of(2025, 5, 20),
            LocalDate.of(2027, 12, 31),
            LocalDate.of(2029, 5, 1),
            LocalDate.of(2023, 1, 1));
    for (boolean verified : new boolean[] {false, true}) {
      MoveSplitter splitter =
          new MoveSplitter(
              new IntegrationGrantSettings(3, false, MoveSplitRule.PRO_RATA_BY_DAYS, verified));
      w.heading("move splits, split rule verified " + verified);
      for (LocalDate move : moves) {
        w.reasoned("move " + move, splitter.split(schedule, move));
      }
      w.reasoned("no rate", splitter.split("AR-3", null, LocalDate.of(2026, 3, 3)));
      w.reasoned(
          "øre",
          splitter.split("AR-3", Nok.of(new BigDecimal("90000.50")), LocalDate.of(2025, 8, 8)));
    }
  }

  private static void limitation(CorpusWriter w) {
    w.heading("limitation dates (R-IG-7)");
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate day = LocalDate.of(2019, 1, 1); day.getYear() < 2027; day = day.plusDays(11)) {
      days.add(day);
    }
    days.addAll(
        List.of(
            LocalDate.of(2020, 2, 29),
            LocalDate.of(2024, 2, 29),
            LocalDate.of(2023, 4, 6),
            LocalDate.of(2021, 12, 25),
            LocalDate.of(2023, 5, 17),
            LocalDate.of(2022, 5, 26),
            LocalDate.of(2021, 4, 3)));
    for (LocalDate day : days) {
      w.reasoned("arises " + day, LimitationPeriod.limitationDate(day));
    }
    LocalDate arises = LocalDate.of(2023, 4, 6);
    for (LocalDate claimed :
        List.of(LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 7), LocalDate.of(2026, 4, 8))) {
      w.reasoned("claimed " + claimed, LimitationPeriod.isClaimInTime(arises, claimed));
    }
  }
}

package no.imdi.grants.golden;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.imdi.grants.disability.DisabilityGrantSchedule;
import no.imdi.grants.disability.ImpairmentAssessment;
import no.imdi.grants.disability.Schedule;
import no.imdi.grants.disability.ScheduledGrantYear;
import no.imdi.grants.disability.SettlementFacts;
import no.imdi.grants.rate.InMemoryRateTable;
import no.imdi.grants.rate.Rate;
import no.imdi.grants.rate.RateCode;
import no.imdi.grants.rate.RateTable;
import no.imdi.grants.settlement.UdiHousing;
import no.imdi.grants.shared.Nok;

/**
 * The disability grant schedules of the corpus (R-T-TG, R-T2-1..4, R-GY-1, R-DL-1..4, R-T1-1,
 * R-T-1, R-RATE-1, R-RATE-2): the seed's dates (settled 13.10.2023, the year 02.02.2023, 29
 * February, month ends, 16 June 2023) with every kind of person, and a settlement date every 150
 * days of 2019-2026 with one kind each, on the rates of R-RATE-2 plus an unverified 2025 T1 row and
 * no rows before 2021 or for the 2025 T2 caps.
 */
final class DisabilityCorpus {

  private static final List<LocalDate> SEED_DATES =
      List.of(LocalDate.of(2023, 10, 13), LocalDate.of(2024, 2, 29));

  private static final List<LocalDate> OTHER_DATES =
      List.of(
          LocalDate.of(2023, 6, 17),
          LocalDate.of(2023, 12, 31),
          LocalDate.of(2023, 2, 2),
          LocalDate.of(2020, 2, 29),
          LocalDate.of(2023, 6, 16),
          LocalDate.of(2021, 1, 31),
          LocalDate.of(2019, 3, 30),
          LocalDate.of(2024, 1, 1),
          LocalDate.of(2025, 8, 31),
          LocalDate.of(2022, 10, 15));

  private DisabilityCorpus() {}

  static void write(CorpusWriter w) {
    DisabilityGrantSchedule schedules = new DisabilityGrantSchedule(rates());
    Map<String, Function<LocalDate, SettlementFacts>> kinds = kinds();
    List<String> names = new ArrayList<>(kinds.keySet());
    for (LocalDate date : SEED_DATES) {
      for (String name : names) {
        schedule(w, schedules, name, date, kinds.get(name));
      }
    }
    for (LocalDate date : OTHER_DATES) {
      for (String name : names.subList(0, 3)) {
        schedule(w, schedules, name, date, kinds.get(name));
      }
    }
    int i = 0;
    for (LocalDate date = LocalDate.of(2019, 1, 1);
        date.getYear() < 2027;
        date = date.plusDays(150), i++) {
      String name = names.get(i % names.size());
      schedule(w, schedules, name, date, kinds.get(name));
    }
  }

  static RateTable rates() {
    List<Rate> rows = new ArrayList<>();
    for (int year = 2021; year <= 2024; year++) {
      rows.add(verified(RateCode.T1, year, 196_400));
    }
    rows.add(verified(RateCode.T2, 2021, 1_430_000));
    rows.add(verified(RateCode.T2, 2022, 1_520_000));
    rows.add(verified(RateCode.T2, 2023, 1_520_000));
    rows.add(verified(RateCode.T2, 2024, 1_608_000));
    rows.add(verified(RateCode.T2_SPECIAL_HOUSING, 2023, 2_500_000));
    rows.add(verified(RateCode.T2_SPECIAL_HOUSING, 2024, 2_500_000));
    rows.add(new Rate(RateCode.T1, 2025, Nok.kroner(196_400), false, "not yet checked"));
    return new InMemoryRateTable(rows);
  }

  private static Rate verified(RateCode code, int year, long kroner) {
    return new Rate(code, year, Nok.kroner(kroner), true, "seed 004");
  }

  private static void schedule(
      CorpusWriter w,
      DisabilityGrantSchedule schedules,
      String kind,
      LocalDate date,
      Function<LocalDate, SettlementFacts> facts) {
    w.heading("disability schedule, " + kind + ", " + date);
    Schedule s = schedules.scheduleFor(facts.apply(date));
    w.explanation("target group = " + s.inTargetGroup(), s.targetGroupExplanation());
    w.explanation("max T2 years = " + s.maxT2Years(), s.maxT2YearsExplanation());
    for (ScheduledGrantYear y : s.years()) {
      w.explanation(
          "year "
              + y.grantYear()
              + " "
              + y.start()
              + ".."
              + y.end()
              + " first "
              + y.firstApplicationDeadline()
              + " later "
              + y.deadline()
              + " T1 "
              + y.t1Possible()
              + " "
              + y.t1Amount()
              + " T2 "
              + y.t2Possible()
              + " "
              + y.t2Cap()
              + " rate year "
              + y.rateYear()
              + " verified "
              + y.ratesVerified()
              + " rules "
              + y.rules(),
          y.explanation());
    }
  }

  private static Map<String, Function<LocalDate, SettlementFacts>> kinds() {
    Map<String, Function<LocalDate, SettlementFacts>> kinds = new LinkedHashMap<>();
    kinds.put("adult aged 30", d -> SettlementFacts.settledOn(d).bornOn(d.minusYears(30)).build());
    kinds.put("unaccompanied minor aged 15", d -> minor(d, d.minusYears(15).minusDays(40)).build());
    kinds.put(
        "from særskilt bo- og omsorgsløsning",
        d -> SettlementFacts.settledOn(d).udiHousing(UdiHousing.SAERSKILT_BO_OG_OMSORG).build());
    kinds.put(
        "child born 3 months after the mother",
        d -> SettlementFacts.childBornOn(d.plusMonths(3), d).build());
    kinds.put("no birth date", d -> SettlementFacts.settledOn(d).build());
    kinds.put(
        "unaccompanied minor turning 20 in year 4",
        d -> minor(d, d.minusYears(17).plusDays(100)).build());
    kinds.put("unaccompanied minor aged 12", d -> minor(d, d.minusYears(12)).build());
    kinds.put("unaccompanied minor aged 21", d -> minor(d, d.minusYears(21)).build());
    kinds.put(
        "from tilrettelagt avdeling",
        d -> SettlementFacts.settledOn(d).udiHousing(UdiHousing.TILRETTELAGT_AVDELING).build());
    kinds.put(
        "from særskilt pleie- og omsorgsløsning, impairment documented",
        d ->
            SettlementFacts.settledOn(d)
                .udiHousing(UdiHousing.SAERSKILT_PLEIE_OG_OMSORG)
                .impairment(ImpairmentAssessment.DOCUMENTED)
                .build());
    kinds.put(
        "child aged 5, needs confirmed by UDI",
        d ->
            SettlementFacts.settledOn(d)
                .bornOn(d.minusYears(5))
                .childNeedsConfirmedByUdi(true)
                .build());
    kinds.put(
        "person aged 18, needs confirmed by UDI",
        d ->
            SettlementFacts.settledOn(d)
                .bornOn(d.minusYears(18))
                .childNeedsConfirmedByUdi(true)
                .build());
    kinds.put(
        "family reunified without special agreement",
        d -> SettlementFacts.settledOn(d).familyReunified(true, false).build());
    kinds.put(
        "family reunified by special agreement, impairment documented",
        d ->
            SettlementFacts.settledOn(d)
                .familyReunified(true, true)
                .impairment(ImpairmentAssessment.DOCUMENTED)
                .build());
    kinds.put(
        "outside the integration grant scheme",
        d -> SettlementFacts.settledOn(d).withinIntegrationGrantScheme(false).build());
    kinds.put(
        "not settled by agreement, impairment not documented",
        d ->
            SettlementFacts.settledOn(d)
                .settledByAgreement(false)
                .impairment(ImpairmentAssessment.NOT_DOCUMENTED)
                .build());
    kinds.put(
        "child born 7 months after the mother",
        d -> SettlementFacts.childBornOn(d.plusMonths(7), d).build());
    kinds.put(
        "child born 6 months after the mother, needs confirmed by UDI",
        d ->
            SettlementFacts.childBornOn(d.plusMonths(6), d).childNeedsConfirmedByUdi(true).build());
    kinds.put(
        "unaccompanied minor aged 16 from særskilt bo- og omsorgsløsning, needs confirmed",
        d ->
            minor(d, d.minusYears(16))
                .udiHousing(UdiHousing.SAERSKILT_BO_OG_OMSORG)
                .childNeedsConfirmedByUdi(true)
                .build());
    return kinds;
  }

  private static SettlementFacts.Builder minor(LocalDate settled, LocalDate born) {
    return SettlementFacts.settledOn(settled).bornOn(born).unaccompaniedMinor(true);
  }
}

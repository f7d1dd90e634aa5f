package no.imdi.grants.payment;

import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.integrationgrant.GrantYearEntry;
import no.imdi.grants.integrationgrant.Instalment;
import no.imdi.grants.integrationgrant.InstalmentTerm;
import no.imdi.grants.integrationgrant.IntegrationGrantSchedule;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Reason;
import no.imdi.grants.shared.ReasonArgs;

/**
 * The owed lines of the integration grant from the existing schedule (R-IG-4, R-IG-5): year 1's
 * code and the one-off supplements whole in the first instalment after the registration, years 2-5
 * a quarter of the year's rate in each instalment of that calendar year (earlier ones caught up).
 *
 * <p>A move (R-IG-6) splits by days: year 1's own code over the days of its calendar year (from 1
 * January, as {@code MoveSplitter}), the one-off supplements staying with the settling
 * municipality; a quarterly line of a later year over the days of its own quarter, so that a
 * quarter wholly before the move is the old municipality's, a quarter wholly after the new one's,
 * and only the quarter of the move is shared. A code without a known rate owes nothing yet (it is
 * paid by the first run after the rate is entered).
 */
final class IntegrationGrantLines {

  private static final List<String> WHOLE_RULES = List.of("R-IG-4", "R-IG-5");
  private static final List<String> SPLIT_RULES = List.of("R-IG-4", "R-IG-5", "R-IG-6");

  private IntegrationGrantLines() {}

  static void add(
      long personId, IntegrationGrantSchedule schedule, Residence residence, LineSink sink) {
    for (GrantYearEntry year : schedule.years()) {
      if (year.grantYear() == 1) {
        yearOne(personId, year, residence, sink);
      } else {
        quarterly(personId, year, residence, sink);
      }
    }
  }

  private static void yearOne(
      long personId, GrantYearEntry year, Residence residence, LineSink sink) {
    int calendarYear = year.calendarYear();
    List<Instalment> instalments = year.instalments();
    for (int i = 0; i < instalments.size(); i++) {
      Instalment instalment = instalments.get(i);
      if (instalment.amount() == null) {
        continue;
      }
      long amount = Ore.of(instalment.amount());
      String code = instalment.code();
      String key = LedgerCodes.whole(personId, code, calendarYear);
      Integer cy = ReasonArgs.year(calendarYear);
      List<Residence.Stay> stays =
          i == 0
              ? residence.stays(
                  LocalDate.of(calendarYear, 1, 1), LocalDate.of(calendarYear, 12, 31))
              : List.of(new Residence.Stay(residence.settledIn(), 1, instalment.basisDate()));
      if (stays.size() == 1) {
        Reason reason =
            Reason.of(
                WHOLE_RULES,
                "payment.line.whole",
                code,
                cy,
                Ore.nok(amount),
                instalment.basisDate());
        sink.line(
            personId,
            stays.get(0).municipality(),
            code,
            key,
            instalment.basisDate(),
            amount,
            reason,
            year.explanation());
        continue;
      }
      for (LineSplit part : LineSplit.split(amount, stays, instalment.basisDate())) {
        Reason reason =
            Reason.of(
                SPLIT_RULES,
                "payment.line.whole.split",
                code,
                cy,
                Ore.nok(part.amountOre()),
                part.due(),
                part.days(),
                part.totalDays(),
                Ore.nok(amount));
        sink.line(
            personId,
            part.municipality(),
            code,
            key,
            part.due(),
            part.amountOre(),
            reason,
            year.explanation());
      }
    }
  }

  private static void quarterly(
      long personId, GrantYearEntry year, Residence residence, LineSink sink) {
    int calendarYear = year.calendarYear();
    List<Instalment> instalments = year.instalments();
    for (int q = 0; q < instalments.size(); q++) {
      Instalment instalment = instalments.get(q);
      if (instalment.amount() == null) {
        continue;
      }
      quarter(
          personId,
          instalment.code(),
          calendarYear,
          q,
          Ore.of(instalment.amount()),
          instalment.basisDate(),
          residence,
          year.explanation(),
          QuarterTexts.INTEGRATION,
          sink);
    }
  }

  /** One quarter's line, split by the days of the quarter when the person moved in it. */
  static void quarter(
      long personId,
      String code,
      int calendarYear,
      int q,
      long amount,
      LocalDate due,
      Residence residence,
      Explanation why,
      QuarterTexts texts,
      LineSink sink) {
    String key = LedgerCodes.quarter(personId, code, calendarYear, q + 1);
    LocalDate start = LocalDate.of(calendarYear, 3 * q + 1, 1);
    LocalDate end = InstalmentTerm.values()[q].basisDate(calendarYear);
    List<Residence.Stay> stays = residence.stays(start, end);
    Integer cy = ReasonArgs.year(calendarYear);
    if (stays.size() == 1) {
      Reason reason = Reason.of(texts.rules(), texts.key(), code, q + 1, cy, Ore.nok(amount), due);
      sink.line(personId, stays.get(0).municipality(), code, key, due, amount, reason, why);
      return;
    }
    for (LineSplit part : LineSplit.split(amount, stays, due)) {
      Reason reason =
          Reason.of(
              texts.splitRules(),
              texts.splitKey(),
              code,
              q + 1,
              cy,
              Ore.nok(part.amountOre()),
              part.due(),
              part.days(),
              part.totalDays(),
              Ore.nok(amount));
      sink.line(
          personId, part.municipality(), code, key, part.due(), part.amountOre(), reason, why);
    }
  }

  /** The sentences of a quarterly line: the integration grant's, or the EM grant's (R-EM-2). */
  record QuarterTexts(String key, List<String> rules, String splitKey, List<String> splitRules) {
    static final QuarterTexts INTEGRATION =
        new QuarterTexts(
            "payment.line.quarter", WHOLE_RULES, "payment.line.quarter.split", SPLIT_RULES);
    static final QuarterTexts EM =
        new QuarterTexts(
            "payment.line.em",
            List.of("R-EM", "R-EM-2"),
            "payment.line.em.split",
            List.of("R-EM", "R-EM-2", "R-IG-6"));
    static final QuarterTexts EM_CAUGHT_UP =
        new QuarterTexts(
            "payment.line.em.caughtUp",
            List.of("R-EM", "R-EM-2"),
            "payment.line.em.split",
            List.of("R-EM", "R-EM-2", "R-IG-6"));
  }

  /** Where the lines go. */
  interface LineSink {
    void line(
        long personId,
        String municipality,
        String code,
        String key,
        LocalDate due,
        long amountOre,
        Reason reason,
        Explanation why);
  }
}

package no.imdi.grants.golden;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.imdi.grants.disability.ApplicationDeadlines;
import no.imdi.grants.disability.AppliedRate;
import no.imdi.grants.disability.DeadlineCheck;
import no.imdi.grants.disability.DisabilityRates;
import no.imdi.grants.disability.GrantAmounts;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.disability.GrantKindRules;
import no.imdi.grants.disability.GrantYear;
import no.imdi.grants.disability.PriorGrants;
import no.imdi.grants.disability.ReferenceDate;
import no.imdi.grants.settlement.UdiHousing;
import no.imdi.grants.shared.Nok;

/**
 * The disability grant's single rules of the corpus: deadlines by what was granted before
 * (R-DL-1..4), whether an application may be made (R-T1-1, R-T1-2, R-T2-1, R-T-1, R-T2-5, R-DL-3),
 * the rates and amounts for eligible costs (R-RATE-1, R-RATE-2, R-T1-1, R-T2-1), and whether a
 * request for a later deadline or an application arrived in time (R-DL-5, R-DL-6, R-AP-2).
 */
final class DisabilityRulesCorpus {

  private static final List<ReferenceDate> REFERENCES =
      List.of(
          ReferenceDate.settlement(LocalDate.of(2023, 10, 13)),
          ReferenceDate.settlement(LocalDate.of(2023, 12, 31)),
          ReferenceDate.settlement(LocalDate.of(2024, 2, 29)),
          ReferenceDate.settlement(LocalDate.of(2022, 10, 15)),
          ReferenceDate.childBirth(LocalDate.of(2024, 2, 1)));

  private static final List<String> PRIOR_NAMES =
      List.of("none", "T1:1", "T1:2", "T2:1", "T2:1 2", "T1:1 T2:2");

  private static final List<PriorGrants> PRIORS =
      List.of(
          PriorGrants.none(),
          PriorGrants.t1(1),
          PriorGrants.t1(2),
          PriorGrants.t2(1),
          PriorGrants.t2(1, 2),
          new PriorGrants(1, Set.of(2)));

  private DisabilityRulesCorpus() {}

  static void write(CorpusWriter w) {
    deadlines(w);
    mayApply(w);
    amounts(w);
    deadlineChecks(w);
  }

  private static void deadlines(CorpusWriter w) {
    for (ReferenceDate from : REFERENCES) {
      w.heading(
          "application deadlines from " + from.date() + (from.childBirth() ? " (birth)" : ""));
      for (int year = 1; year <= 6; year++) {
        w.reasoned("first " + year, ApplicationDeadlines.firstApplicationDeadline(from, year));
        w.reasoned("later " + year, ApplicationDeadlines.laterDeadline(from, year));
        for (int p : new int[] {1, 4}) {
          w.reasoned(
              "deadline " + year + " " + PRIOR_NAMES.get(p),
              ApplicationDeadlines.deadline(from, year, PRIORS.get(p)));
        }
        w.explanation("grant year " + year, GrantYear.of(from.date(), year).explanation(from));
      }
    }
  }

  private static void mayApply(CorpusWriter w) {
    w.heading("may apply");
    for (GrantKind kind : GrantKind.values()) {
      for (int year = 1; year <= 6; year++) {
        for (int max : new int[] {5, 10}) {
          w.reasoned(
              "possible " + kind + " " + year + " of " + max,
              GrantKindRules.possibleInYear(kind, year, max));
          for (int p = 0; p < PRIORS.size(); p++) {
            w.reasoned(
                "may " + kind + " " + year + " of " + max + " " + PRIOR_NAMES.get(p),
                GrantKindRules.mayApply(kind, year, max, PRIORS.get(p)));
          }
        }
      }
    }
    w.explanation("either", GrantKindRules.eitherT1OrT2());
  }

  private static void amounts(CorpusWriter w) {
    DisabilityRates rates = new DisabilityRates(DisabilityCorpus.rates());
    List<Nok> costs =
        List.of(
            Nok.ZERO,
            Nok.kroner(99_999),
            Nok.kroner(100_000),
            Nok.of(new BigDecimal("150000.50")),
            Nok.kroner(199_999),
            Nok.kroner(200_000),
            Nok.kroner(1_000_000),
            Nok.kroner(3_000_000));
    LocalDate[] settled = {
      LocalDate.of(2023, 10, 13), LocalDate.of(2025, 3, 1), LocalDate.of(2019, 5, 5)
    };
    for (LocalDate date : settled) {
      GrantYear year = GrantYear.of(date, 1);
      List<AppliedRate> t1 = List.of(rates.t1Amount(year));
      List<AppliedRate> t2 =
          List.of(
              rates.t2Cap(year, UdiHousing.NONE, date),
              rates.t2Cap(year, UdiHousing.TILRETTELAGT_AVDELING, date),
              rates.t2Cap(year, UdiHousing.SAERSKILT_BO_OG_OMSORG, date),
              rates.t2Cap(year, UdiHousing.SAERSKILT_PLEIE_OG_OMSORG, LocalDate.of(2023, 6, 16)));
      w.heading("rates and amounts, grant year 1 from " + date);
      for (AppliedRate rate : t1) {
        w.explanation("rate " + rate.code() + " " + rate.amount(), rate.explanation());
        for (Nok cost : costs) {
          w.reasoned("T1 for " + cost, GrantAmounts.t1(cost, rate));
        }
      }
      for (AppliedRate rate : t2) {
        w.explanation("rate " + rate.code() + " " + rate.amount(), rate.explanation());
        for (Nok cost : costs) {
          w.reasoned("T2 for " + cost, GrantAmounts.t2(cost, rate));
        }
      }
    }
  }

  private static void deadlineChecks(CorpusWriter w) {
    w.heading("deadline checks");
    LocalDate[] deadlines = {
      LocalDate.of(2024, 12, 13), LocalDate.of(2025, 12, 13), LocalDate.of(2025, 12, 14)
    };
    for (LocalDate deadline : deadlines) {
      for (int days = -1; days <= 1; days++) {
        LocalDate received = deadline.plusDays(days);
        w.reasoned(
            "extension " + deadline + " received " + received,
            DeadlineCheck.extensionRequestInTime(deadline, received));
        w.reasoned(
            "application " + deadline + " received " + received,
            DeadlineCheck.application(deadline, null, received));
        LocalDate extension = deadline.plusMonths(2);
        w.reasoned(
            "application " + deadline + " extended " + extension + " received " + received,
            DeadlineCheck.application(deadline, extension, received.plusMonths(2)));
      }
    }
  }
}

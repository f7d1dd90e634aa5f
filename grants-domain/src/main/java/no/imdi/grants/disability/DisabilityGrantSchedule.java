package no.imdi.grants.disability;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import no.imdi.grants.rate.RateTable;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Reasoned;

/**
 * Works out a person's disability grant (T1/T2) schedule from the settlement facts: the target
 * group (R-T-TG-1..3), the number of T2 years (R-T2-1..4), and for each grant year (R-GY-1) the
 * deadlines (R-DL-1..4), which grants are possible (R-T1-1, R-T-1, R-T2-1) and the T1 amount and T2
 * cap of the year (R-RATE-1, R-RATE-2), each with its reasons. Rates come only from the injected
 * rate table. Deadlines are not moved to the next working day.
 */
public final class DisabilityGrantSchedule {

  private final DisabilityRates rates;

  public DisabilityGrantSchedule(RateTable rateTable) {
    this.rates = new DisabilityRates(rateTable);
  }

  public Schedule scheduleFor(SettlementFacts facts) {
    Objects.requireNonNull(facts, "facts");
    Reasoned<Boolean> targetGroup = TargetGroup.assess(facts);
    Reasoned<Integer> maxT2Years = T2Duration.maxYears(facts);
    int count = Math.max(T2Duration.INTEGRATION_GRANT_YEARS, maxT2Years.value());
    List<ScheduledGrantYear> years = new ArrayList<>(count);
    ReferenceDate from = facts.referenceDate();
    for (int number = 1; number <= count; number++) {
      years.add(year(facts, from, number, maxT2Years.value(), targetGroup));
    }
    return new Schedule(
        targetGroup.value(),
        targetGroup.explanation(),
        maxT2Years.value(),
        maxT2Years.explanation(),
        years);
  }

  private ScheduledGrantYear year(
      SettlementFacts facts,
      ReferenceDate from,
      int number,
      int maxT2Years,
      Reasoned<Boolean> targetGroup) {
    GrantYear year = GrantYear.of(from.date(), number);
    Reasoned<LocalDate> first = ApplicationDeadlines.firstApplicationDeadline(from, number);
    Reasoned<LocalDate> later =
        number == 1 ? first : ApplicationDeadlines.laterDeadline(from, year);
    Reasoned<Boolean> t1 = GrantKindRules.possibleInYear(GrantKind.T1, number, maxT2Years);
    Reasoned<Boolean> t2 = GrantKindRules.possibleInYear(GrantKind.T2, number, maxT2Years);
    boolean t1Possible = targetGroup.value() && t1.value();
    boolean t2Possible = targetGroup.value() && t2.value();
    AppliedRate t1Rate = t1Possible ? rates.t1Amount(year) : null;
    AppliedRate t2Rate = t2Possible ? rates.t2Cap(year, facts.udiHousing(), from.date()) : null;
    Explanation why =
        year.explanation(from)
            .and(
                first.explanation(),
                number > 1 ? later.explanation() : Explanation.NONE,
                t1.explanation(),
                t2.explanation(),
                number <= GrantKindRules.LAST_T1_YEAR
                    ? GrantKindRules.eitherT1OrT2()
                    : Explanation.NONE,
                targetGroup.value() ? Explanation.NONE : outsideTargetGroup(targetGroup),
                t1Rate == null ? Explanation.NONE : t1Rate.explanation(),
                t2Rate == null ? Explanation.NONE : t2Rate.explanation());
    boolean verified =
        (t1Rate != null || t2Rate != null)
            && (t1Rate == null || t1Rate.verified())
            && (t2Rate == null || t2Rate.verified());
    return new ScheduledGrantYear(
        number,
        year.start(),
        year.end(),
        first.value(),
        later.value(),
        t1Possible,
        t2Possible,
        t1Rate == null ? null : t1Rate.amount(),
        t2Rate == null ? null : t2Rate.amount(),
        DisabilityRates.rateYear(year),
        verified,
        why);
  }

  private static Explanation outsideTargetGroup(Reasoned<Boolean> targetGroup) {
    return Explanation.of(targetGroup.rules(), "targetGroup.noGrant");
  }
}

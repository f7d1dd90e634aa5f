package no.imdi.grants.web.rules;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.imdi.grants.disability.Schedule;
import no.imdi.grants.disability.ScheduledGrantYear;
import no.imdi.grants.integrationgrant.CodeAmount;
import no.imdi.grants.integrationgrant.GrantYearEntry;
import no.imdi.grants.integrationgrant.IntegrationGrantSchedule;
import no.imdi.grants.integrationgrant.SpecialGrantEntry;
import no.imdi.grants.rules.CalculatorAnswer;
import no.imdi.grants.shared.Formats;
import no.imdi.grants.shared.Nok;

/**
 * What the calculator's answer starts with: what can be applied for or claimed, each with its
 * deadline and whether it has passed (the first application for T1 or T2, R-DL-1 and R-T-1; T2 for
 * the next year once an earlier one is granted, R-DL-2; the integration grant claim until its
 * limitation date, R-IG-7; a complaint, R-AP-3), the next deadline that is still open, and the
 * integration grant's total over the period (R-IG-4) with the special grant for an unaccompanied
 * minor (R-EM), counting only the rates that are known.
 *
 * @param items what can be applied for, in the order of the page
 * @param next the earliest deadline not yet passed, or {@code null}
 * @param total the integration grant of every grant year, known rates only ({@code null} when no
 *     rate of the period is known, or there is no integration grant)
 * @param totalComplete whether every rate of the period is known
 * @param special the special grant of every calendar year, known rates only ({@code null} if none)
 * @param specialComplete whether every rate of the special grant is known
 */
public record CalculatorSummary(
    List<Item> items,
    Item next,
    String total,
    boolean totalComplete,
    String period,
    String special,
    boolean specialComplete)
    implements Serializable {

  /**
   * One thing to apply for or claim: its kind (the key {@code calc.summary.<kind>}), the grant year
   * it is about, if any, and its deadline ({@code null} when it has none).
   */
  public record Item(String kind, Integer grantYear, DeadlineStatus deadline)
      implements Serializable {}

  static CalculatorSummary of(CalculatorAnswer a, LocalDate today) {
    List<Item> items = new ArrayList<>();
    if (a.disability() != null) {
      disability(a.disability(), today, items);
    }
    if (a.limitation() != null) {
      items.add(new Item("claim", null, DeadlineStatus.of(a.limitation().value(), today)));
    }
    if (a.complaint() != null) {
      items.add(new Item("complaint", null, DeadlineStatus.of(a.complaint().deadline(), today)));
    }
    Item next =
        items.stream()
            .filter(i -> i.deadline() != null && !i.deadline().passed())
            .min(Comparator.comparing(i -> i.deadline().day()))
            .orElse(null);
    IntegrationGrantSchedule g = a.integrationGrant();
    return new CalculatorSummary(
        List.copyOf(items),
        next,
        g == null || noneKnown(g) ? null : amount(integrationTotal(g)),
        g != null && g.years().stream().allMatch(y -> y.total() != null),
        g == null ? null : g.range(),
        g == null || g.specialGrant().isEmpty() ? null : amount(specialTotal(g)),
        g != null && g.specialGrant().stream().allMatch(e -> e.amount() != null));
  }

  private static void disability(Schedule s, LocalDate today, List<Item> items) {
    if (!s.inTargetGroup()) {
      items.add(new Item("notInTargetGroup", null, null));
      return;
    }
    ScheduledGrantYear first = s.year(1);
    if (first.t1Possible() || first.t2Possible()) {
      items.add(
          new Item(
              "firstApplication",
              null,
              DeadlineStatus.of(first.firstApplicationDeadline(), today)));
    }
    s.years().stream()
        .filter(y -> y.grantYear() > 1 && y.t2Possible() && !y.deadline().isBefore(today))
        .findFirst()
        .ifPresent(
            y ->
                items.add(
                    new Item("laterT2", y.grantYear(), DeadlineStatus.of(y.deadline(), today))));
  }

  private static boolean noneKnown(IntegrationGrantSchedule g) {
    return g.years().stream().flatMap(y -> y.amounts().stream()).noneMatch(CodeAmount::known);
  }

  private static Nok integrationTotal(IntegrationGrantSchedule g) {
    Nok total = Nok.ZERO;
    for (GrantYearEntry year : g.years()) {
      for (CodeAmount code : year.amounts()) {
        total = code.known() ? total.plus(code.amount()) : total;
      }
    }
    return total;
  }

  private static Nok specialTotal(IntegrationGrantSchedule g) {
    Nok total = Nok.ZERO;
    for (SpecialGrantEntry e : g.specialGrant()) {
      total = e.amount() == null ? total : total.plus(e.amount());
    }
    return total;
  }

  private static String amount(Nok nok) {
    return Formats.amount(nok);
  }
}

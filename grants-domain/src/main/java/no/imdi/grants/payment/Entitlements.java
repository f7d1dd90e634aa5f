package no.imdi.grants.payment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.imdi.grants.integrationgrant.IntegrationGrantCalculator;
import no.imdi.grants.integrationgrant.IntegrationGrantSchedule;
import no.imdi.grants.integrationgrant.LimitationPeriod;
import no.imdi.grants.rate.RateTable;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Reasoned;

/**
 * What is owed (*hva kommunen har krav på*) for one person up to an instalment basis date: every
 * line per code, instalment and municipality that is due on or before that basis (R-PAY-3), from
 * the integration grant's schedule (R-IG-4, R-IG-5) split at moves (R-IG-6), the EM grant in
 * quarters (R-EM, R-EM-2), and the approved T1/T2 grants (R-PAY-2, R-T2-5). Only the moves dated on
 * or before the basis are known to it.
 *
 * <p>R-IG-7: the claim for an integration grant or EM line arises on the basis date of the
 * instalment it is first due in, and is made by the run of the instalment being computed (its basis
 * date, so that a rerun owes the same whatever day it runs). A line whose limitation date (three
 * years on, the next working day) is before that basis is time-barred: it is returned marked, with
 * the reason, and the run neither pays it nor takes back what was paid for it. T1 and T2 are
 * decided grants and are not time-barred here.
 *
 * <p>Not thread-safe (it remembers limitation dates); one instance per run and thread.
 */
public final class Entitlements {

  public static final String LIMITATION_RULE = LimitationPeriod.RULE;

  private final IntegrationGrantCalculator calculator;
  private final PaymentSettings settings;
  private final Map<LocalDate, Reasoned<LocalDate>> limitations = new HashMap<>();

  public Entitlements(RateTable rates, PaymentSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.calculator = new IntegrationGrantCalculator(rates, settings.integrationGrant());
  }

  /** The owed lines of the person due on or before {@code basis}, time-barred ones marked. */
  public List<OwedLine> owed(PaymentPerson person, LocalDate basis) {
    Objects.requireNonNull(basis, "basis");
    List<OwedLine> lines = new ArrayList<>(16);
    Residence residence = person.residence().knownOn(basis);
    IntegrationGrantLines.LineSink integration =
        (personId, municipality, code, key, due, amount, reason, why) -> {
          if (!due.isAfter(basis)) {
            lines.add(
                limited(
                    new OwedLine(
                        personId,
                        municipality,
                        code,
                        PaymentGroup.of(code),
                        key,
                        due,
                        amount,
                        reason,
                        reason.and(why),
                        false),
                    basis));
          }
        };
    IntegrationGrantSchedule schedule = calculator.schedule(person.person());
    IntegrationGrantLines.add(person.personId(), schedule, residence, integration);
    SpecialGrantLines.add(
        person.personId(),
        person.person(),
        schedule.specialGrant(),
        residence,
        settings.emCatchUp(),
        integration);
    DisabilityLines.add(
        person.personId(),
        person.grants(),
        settings.payout(),
        (personId, municipality, code, key, due, amount, reason, why) -> {
          if (!due.isAfter(basis)) {
            lines.add(
                new OwedLine(
                    personId,
                    municipality,
                    code,
                    PaymentGroup.of(code),
                    key,
                    due,
                    amount,
                    reason,
                    reason.and(why),
                    false));
          }
        });
    return lines;
  }

  private OwedLine limited(OwedLine line, LocalDate basis) {
    Reasoned<LocalDate> limitation =
        limitations.computeIfAbsent(line.dueBasis(), LimitationPeriod::limitationDate);
    if (!basis.isAfter(limitation.value())) {
      return line;
    }
    return line.barred(
        limitation
            .explanation()
            .and(
                Explanation.of(
                    LIMITATION_RULE,
                    "payment.line.timeBarred",
                    line.dueBasis(),
                    limitation.value(),
                    basis)));
  }
}

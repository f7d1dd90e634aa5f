package no.imdi.grants.payment;

import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.disability.GrantPayout;
import no.imdi.grants.disability.PayoutSetting;
import no.imdi.grants.integrationgrant.Instalment;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Reason;
import no.imdi.grants.shared.Reasoned;

/**
 * The owed lines of approved T1 and T2 grants ({@code FHT1}, {@code FHT2}), paid to the applicant
 * municipality by the existing payout rule (R-PAY-2, setting {@code
 * disability.payoutWholeAtNextInstalment}): whole at the first instalment on or after the day the
 * decision was approved, or in four quarters. On a conversion (R-T2-5) the T1 amount is deducted
 * from the T2 payout; the T1 grant stays owed as granted, so that whether or not T1 was already
 * paid, T1 and T2 together pay the T2 amount.
 */
final class DisabilityLines {

  private static final List<String> RULES = List.of("R-PAY-2");
  private static final List<String> CONVERSION_RULES = List.of("R-T2-5", "R-PAY-2");

  private DisabilityLines() {}

  static void add(
      long personId,
      List<ApprovedGrant> grants,
      PayoutSetting setting,
      IntegrationGrantLines.LineSink sink) {
    for (ApprovedGrant grant : grants) {
      long t1 = grant.conversionOf() == null ? 0 : convertedAmount(grants, grant.conversionOf());
      long payout = grant.amountOre() - t1;
      if (payout <= 0) {
        continue;
      }
      Reasoned<List<Instalment>> plan =
          GrantPayout.afterDecision(grant.kind(), grant.decidedOn(), Ore.nok(payout), setting);
      List<Instalment> parts = plan.value();
      for (int i = 0; i < parts.size(); i++) {
        Instalment part = parts.get(i);
        long amount = Ore.of(part.amount());
        LocalDate due = part.basisDate();
        Reason reason =
            t1 > 0
                ? Reason.of(
                    CONVERSION_RULES,
                    "payment.line.grant.conversion",
                    grant.code(),
                    Ore.nok(grant.amountOre()),
                    Ore.nok(t1),
                    Ore.nok(amount),
                    grant.decidedOn(),
                    due)
                : Reason.of(
                    RULES,
                    parts.size() == 1 ? "payment.line.grant" : "payment.line.grant.quarter",
                    grant.code(),
                    Ore.nok(amount),
                    grant.decidedOn(),
                    due);
        String key =
            LedgerCodes.grant(personId, grant.code(), grant.applicationId(), i + 1, parts.size());
        Explanation why = plan.explanation();
        sink.line(personId, grant.municipality(), grant.code(), key, due, amount, reason, why);
      }
    }
  }

  private static long convertedAmount(List<ApprovedGrant> grants, long t1Application) {
    for (ApprovedGrant other : grants) {
      if (other.applicationId() == t1Application && other.kind() == GrantKind.T1) {
        return other.amountOre();
      }
    }
    return 0;
  }
}

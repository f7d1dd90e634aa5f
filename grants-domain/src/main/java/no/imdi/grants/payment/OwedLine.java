package no.imdi.grants.payment;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Reason;

/**
 * What one municipality is owed for one entitlement of one person (R-PAY-3): the entitlement key
 * ({@link LedgerCodes}), the grant code and its payment group, the instalment basis it is first due
 * in, the amount in øre, the sentence stored with the line ({@code reason}: a key of the reasons
 * bundles and typed arguments) and the whole explanation with every rule id. A line whose claim is
 * time-barred (R-IG-7) is kept with {@code timeBarred} so that the run neither pays nor takes back
 * what was paid for it.
 */
public record OwedLine(
    long personId,
    String municipality,
    String code,
    PaymentGroup group,
    String entitlementKey,
    LocalDate dueBasis,
    long amountOre,
    Reason reason,
    Explanation explanation,
    boolean timeBarred) {

  public OwedLine {
    Objects.requireNonNull(municipality, "municipality");
    Objects.requireNonNull(entitlementKey, "entitlementKey");
    Objects.requireNonNull(dueBasis, "dueBasis");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(explanation, "explanation");
    if (entitlementKey.length() > LedgerCodes.KEY_LENGTH) {
      throw new IllegalArgumentException("Entitlement key too long: " + entitlementKey);
    }
  }

  /** The rule ids stored with the line: those of its sentence, and R-IG-7 when time-barred. */
  public List<String> rules() {
    if (!timeBarred) {
      return reason.rules();
    }
    List<String> rules = new java.util.ArrayList<>(reason.rules());
    rules.add(Entitlements.LIMITATION_RULE);
    return List.copyOf(rules);
  }

  OwedLine barred(Explanation why) {
    return new OwedLine(
        personId,
        municipality,
        code,
        group,
        entitlementKey,
        dueBasis,
        amountOre,
        reason,
        explanation.and(why),
        true);
  }
}

package no.imdi.grants.payment;

import java.util.Objects;
import no.imdi.grants.disability.PayoutSetting;
import no.imdi.grants.integrationgrant.IntegrationGrantSettings;

/**
 * The settings the owed amounts depend on, each a fact the rule book marks [verify]: the
 * integration grant's period and move split (R-IG-2, R-IG-6), how T1/T2 are paid (R-PAY-2), and
 * whether the EM grant's quarters of the settlement year before the registration are caught up in
 * the first instalment on or after it (R-EM-2; when off, they are not owed).
 */
public record PaymentSettings(
    IntegrationGrantSettings integrationGrant,
    PayoutSetting payout,
    boolean emCatchUp,
    boolean emCatchUpVerified) {

  public PaymentSettings {
    Objects.requireNonNull(integrationGrant, "integrationGrant");
    Objects.requireNonNull(payout, "payout");
  }
}

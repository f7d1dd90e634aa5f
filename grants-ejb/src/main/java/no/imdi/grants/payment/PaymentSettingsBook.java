package no.imdi.grants.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import no.imdi.grants.rate.RateBook;
import no.imdi.grants.settings.PaymentSettingValues;
import no.imdi.grants.settings.Setting;
import no.imdi.grants.settings.SettingsBook;

/**
 * The settings of the payment run, read from the stored settings: the [verify] facts the owed
 * amounts depend on (R-IG-2, R-IG-6, R-PAY-2, and {@code payment.emSettlementYearCatchUp} for
 * R-EM-2), the chunk size ({@code payment.chunkSize}) and the lease after which a stopped run is
 * taken over ({@code payment.leaseSeconds}), how long the change log keeps a change ({@code
 * payment.changeLog.retentionDays}); and the rules as one run computes them.
 */
@ApplicationScoped
public class PaymentSettingsBook {

  public static final String EM_CATCH_UP = "payment.emSettlementYearCatchUp";
  public static final String CHUNK_SIZE = "payment.chunkSize";
  public static final String LEASE_SECONDS = "payment.leaseSeconds";

  @Inject private SettingsBook settings;
  @Inject private RateBook rates;

  protected PaymentSettingsBook() {}

  public PaymentSettingsBook(SettingsBook settings, RateBook rates) {
    this.settings = settings;
    this.rates = rates;
  }

  public PaymentSettings paymentSettings() {
    Setting catchUp = settings.get(EM_CATCH_UP);
    return new PaymentSettings(
        settings.integrationGrant(),
        settings.payout(),
        Boolean.parseBoolean(catchUp.getValue()),
        catchUp.isVerified());
  }

  /** The rules with today's rates and settings, for one run on one thread. */
  public Entitlements entitlements() {
    return new Entitlements(rates.table(), paymentSettings());
  }

  public int chunkSize() {
    return Math.max(1, Integer.parseInt(settings.get(CHUNK_SIZE).getValue()));
  }

  /** How long the change log keeps a change (R-PAY-4, V190; the project's choice). */
  public Duration changeLogRetention() {
    return Duration.ofDays(
        Long.parseLong(settings.get(PaymentSettingValues.CHANGE_LOG_RETENTION_DAYS).getValue()));
  }

  public Duration lease() {
    return Duration.ofSeconds(Math.max(5, Long.parseLong(settings.get(LEASE_SECONDS).getValue())));
  }
}

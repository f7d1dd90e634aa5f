package no.imdi.grants.payment;

import java.time.LocalDate;
import java.util.Locale;

/**
 * One payment line as the pages show it: the run and its instalment, person (none for a recovery
 * without one or a carried balance), municipality, code, group, kind, entitlement key, the
 * instalment it was first due in, the amount in øre, the status (planned, sent, paid; R-PAY-3) and
 * the line's sentence with its rule ids, read in the reader's language.
 */
public record LineView(
    long id,
    long runId,
    LocalDate instalment,
    Long personId,
    String municipality,
    String code,
    PaymentGroup group,
    LineKind kind,
    String entitlementKey,
    LocalDate dueBasis,
    long amountOre,
    LineStatus status,
    StoredReason reason) {

  public String text(Locale locale) {
    return reason.reason().text(locale);
  }
}

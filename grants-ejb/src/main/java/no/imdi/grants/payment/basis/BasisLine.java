package no.imdi.grants.payment.basis;

import java.time.LocalDate;
import java.util.Locale;
import no.imdi.grants.payment.LineKind;
import no.imdi.grants.payment.LineStatus;
import no.imdi.grants.payment.PaymentGroup;
import no.imdi.grants.payment.StoredReason;

/**
 * One line of a municipality's instalment basis (*termingrunnlag*, R-PAY-3): the instalment, the
 * person (none for a carried balance or a recovery without one), code, group, kind, the instalment
 * it was first due in, the amount in øre, its status read from its run, and its sentence with the
 * rule ids in the reader's language.
 */
public record BasisLine(
    long id,
    long runId,
    LocalDate instalment,
    Long personId,
    String personName,
    String municipality,
    String code,
    PaymentGroup group,
    LineKind kind,
    LocalDate dueBasis,
    long amountOre,
    LineStatus status,
    StoredReason reason) {

  public String text(Locale locale) {
    return reason.reason().text(locale);
  }

  public String rules() {
    return reason.rules();
  }
}

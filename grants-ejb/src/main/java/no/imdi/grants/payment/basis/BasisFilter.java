package no.imdi.grants.payment.basis;

import java.time.LocalDate;
import no.imdi.grants.payment.LineStatus;

/**
 * Which lines of the instalment basis to list: of one instalment, one person, one code, one status
 * (planned, sent, paid; R-PAY-3), each optional. The municipality is always the caller's own.
 */
public record BasisFilter(LocalDate instalment, Long personId, String code, LineStatus status) {

  public static final BasisFilter ALL = new BasisFilter(null, null, null, null);
}

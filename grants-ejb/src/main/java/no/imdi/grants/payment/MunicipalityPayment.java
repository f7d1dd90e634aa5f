package no.imdi.grants.payment;

import java.util.Map;

/**
 * What one municipality is paid by an approved run, as the bank file needs it (R-PAY-3): the net
 * amount in øre (never negative: a negative net was carried to the next instalment), the amount of
 * each payment group (they add up to the net, the carried balance being a group of its own), and an
 * EndToEndId unique per run and municipality ({@code IMDI-<run>-<municipality>}, at most 35
 * characters), the same however often it is asked for.
 */
public record MunicipalityPayment(
    long runId,
    String municipality,
    String municipalityName,
    long netOre,
    Map<PaymentGroup, Long> groupOre,
    String endToEndId) {

  public MunicipalityPayment {
    groupOre = Map.copyOf(groupOre);
  }

  static String endToEndId(long runId, String municipality) {
    return "IMDI-" + runId + "-" + municipality;
  }
}

package no.imdi.grants.payment.file;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.imdi.grants.payment.PaymentGroup;
import no.imdi.grants.payment.bank.RemittanceGroup;

/**
 * The group amounts of a municipality's transfer as the remittance information names them
 * (R-PAY-3): {@code IG1} year 1 with the one-off codes, {@code IG2-5} years 2-5, {@code EM}
 * unaccompanied minors, {@code T1T2} the disability grant, {@code SALDO} a balance carried from an
 * earlier instalment; in that order, groups of zero left out.
 */
final class Remittance {

  private Remittance() {}

  static String code(PaymentGroup group) {
    return switch (group) {
      case INTEGRATION_YEAR_ONE -> "IG1";
      case INTEGRATION_LATER_YEARS -> "IG2-5";
      case UNACCOMPANIED_MINOR -> "EM";
      case DISABILITY -> "T1T2";
      case CARRIED_BALANCE -> "SALDO";
    };
  }

  static List<RemittanceGroup> groups(Map<PaymentGroup, Long> amounts) {
    List<RemittanceGroup> groups = new ArrayList<>();
    for (PaymentGroup group : PaymentGroup.values()) {
      Long ore = amounts.get(group);
      if (ore != null && ore != 0) {
        groups.add(new RemittanceGroup(code(group), group.norwegian(), ore));
      }
    }
    return groups;
  }
}

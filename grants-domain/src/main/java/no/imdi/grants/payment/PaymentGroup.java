package no.imdi.grants.payment;

import java.util.Locale;
import no.imdi.grants.shared.ReasonTexts;

/**
 * How IMDi groups the amounts of a municipality's instalment on the bank transaction (R-PAY-3): the
 * integration grant's year 1 with the one-off codes ({@code AR-1}, {@code AR-1-EV}, {@code AR-1-B},
 * {@code BHT}, {@code ELDR}), its years 2-5 ({@code AR-2}..{@code AR-5}), the special grant for
 * unaccompanied minors ({@code EMINB}, {@code EMINU}) and the disability grant ({@code FHT1},
 * {@code FHT2}). A balance carried between instalments (R-PAY-4) is a group of its own, so that the
 * group amounts always add up to the net. The names are in the reasons bundles.
 */
public enum PaymentGroup {
  INTEGRATION_YEAR_ONE,
  INTEGRATION_LATER_YEARS,
  UNACCOMPANIED_MINOR,
  DISABILITY,
  CARRIED_BALANCE;

  /** The group of a grant code; an unknown code is refused rather than paid in a guessed group. */
  public static PaymentGroup of(String code) {
    return switch (code) {
      case "AR-1", "AR-1-EV", "AR-1-B", "BHT", "ELDR" -> INTEGRATION_YEAR_ONE;
      case "AR-2", "AR-3", "AR-4", "AR-5" -> INTEGRATION_LATER_YEARS;
      case "EMINB", "EMINU" -> UNACCOMPANIED_MINOR;
      case "FHT1", "FHT2", "T1", "T2" -> DISABILITY;
      case LedgerCodes.CARRY -> CARRIED_BALANCE;
      default -> throw new IllegalArgumentException("No payment group for code " + code);
    };
  }

  public String norwegian() {
    return ReasonTexts.label(this, ReasonTexts.BOKMAL);
  }

  public String english() {
    return ReasonTexts.label(this, Locale.ENGLISH);
  }
}

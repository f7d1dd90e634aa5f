package no.imdi.grants.statistics;

import no.imdi.grants.payment.PaymentGroup;

/** The grant scheme a payment group's amounts belong to, for the amounts figure. */
public enum StatisticsScheme {
  INTEGRATION_GRANT,
  UNACCOMPANIED_MINOR_GRANT,
  DISABILITY_GRANT,
  CARRIED_BALANCE;

  public static StatisticsScheme of(PaymentGroup group) {
    return switch (group) {
      case INTEGRATION_YEAR_ONE, INTEGRATION_LATER_YEARS -> INTEGRATION_GRANT;
      case UNACCOMPANIED_MINOR -> UNACCOMPANIED_MINOR_GRANT;
      case DISABILITY -> DISABILITY_GRANT;
      case CARRIED_BALANCE -> CARRIED_BALANCE;
    };
  }
}

package no.imdi.grants.payment;

/**
 * The codes and entitlement keys of the payment ledger (R-PAY-3, R-PAY-4). An entitlement key says
 * what a line pays for, stable across runs, so that owed minus paid is a sum per key and
 * municipality: {@code P123/AR-1/2024} (a whole year-1 code of person 123 for 2024), {@code
 * P123/AR-3/2025-Q2} (a quarter), {@code P123/FHT2/A456} (a T2 grant of application 456, paid
 * whole; {@code A456-Q3} for the third of four quarters), {@code R/<source key>} (a recovery) and
 * {@code C/0301/17} (the negative balance of municipality 0301 carried out of run 17).
 */
public final class LedgerCodes {

  /** The code of the lines that carry a negative balance to the next instalment. */
  public static final String CARRY = "CARRY";

  /** The longest key the ledger stores. */
  public static final int KEY_LENGTH = 96;

  private LedgerCodes() {}

  public static String whole(long personId, String code, int calendarYear) {
    return "P" + personId + "/" + code + "/" + calendarYear;
  }

  public static String quarter(long personId, String code, int calendarYear, int quarter) {
    return "P" + personId + "/" + code + "/" + calendarYear + "-Q" + quarter;
  }

  public static String grant(long personId, String code, long applicationId, int part, int parts) {
    String base = "P" + personId + "/" + code + "/A" + applicationId;
    return parts == 1 ? base : base + "-Q" + part;
  }

  public static String recovery(String sourceKey) {
    return "R/" + sourceKey;
  }

  public static String carry(String municipality, long runId) {
    return "C/" + municipality + "/" + runId;
  }
}

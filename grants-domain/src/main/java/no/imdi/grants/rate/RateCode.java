package no.imdi.grants.rate;

import java.util.Arrays;
import java.util.Optional;

/**
 * The grant codes that have a rate (*sats*) per calendar year: the integration grant codes of
 * R-IG-4, the unaccompanied minors' bands of R-EM, and the disability grant's T1 amount and T2 cap
 * of R-RATE-2 (with the higher T2 cap for persons settled from UDI's special housing after 16 June
 * 2023).
 */
public enum RateCode {
  AR_1("AR-1"),
  AR_1_EV("AR-1-EV"),
  AR_1_B("AR-1-B"),
  AR_2("AR-2"),
  AR_3("AR-3"),
  AR_4("AR-4"),
  AR_5("AR-5"),
  ELDR("ELDR"),
  BHT("BHT"),
  EMINB("EMINB"),
  EMINU("EMINU"),
  T1("T1"),
  T2("T2"),
  /** T2 cap for persons settled from særskilt bo- og omsorgsløsning / pleie- og omsorgsløsning. */
  T2_SPECIAL_HOUSING("T2-SAERSKILT");

  private final String code;

  RateCode(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<RateCode> fromCode(String code) {
    return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
  }
}

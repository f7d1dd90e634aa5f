package no.imdi.grants.disability.cost;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A zone of the employer's national insurance contribution (*arbeidsgiveravgiftssone*) with the
 * rate the rule book gives for it (R-COST-3). The contribution is charged on pay, holiday pay and
 * pension of a covered cost line (R-COST-7). Zone Ia carries the reduced rate 10.6 %, as in the
 * rule book.
 */
public enum ContributionZone {
  I("I", "0.141"),
  IA("Ia", "0.106"),
  II("II", "0.106"),
  III("III", "0.064"),
  IV("IV", "0.051"),
  IVA("IVa", "0.079"),
  V("V", "0");

  private final String code;
  private final BigDecimal rate;

  ContributionZone(String code, String rate) {
    this.code = code;
    this.rate = new BigDecimal(rate);
  }

  /** The zone's name as written by Skatteetaten: {@code I}, {@code Ia}, ..., {@code V}. */
  public String code() {
    return code;
  }

  /** The rate as a fraction: 0.141 for zone I (R-COST-3). */
  public BigDecimal rate() {
    return rate;
  }

  /**
   * The zone named by {@code text} ("I", "Ia", "II", "III", "IV", "IVa", "V"), ignoring case and
   * surrounding spaces.
   *
   * @throws IllegalArgumentException when no zone has that name
   */
  public static ContributionZone parse(String text) {
    String wanted = text == null ? "" : text.strip();
    return Arrays.stream(values())
        .filter(zone -> zone.code.equalsIgnoreCase(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Unknown employer's contribution zone (arbeidsgiveravgiftssone): '"
                        + text
                        + "'; expected one of "
                        + Arrays.stream(values())
                            .map(ContributionZone::code)
                            .collect(Collectors.joining(", "))));
  }
}

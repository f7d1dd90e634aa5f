package no.imdi.grants.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of Norwegian kroner, held exactly as a {@link BigDecimal} with two decimals (øre),
 * never as a floating point number. Amounts the rules compare or pay are whole kroner, rounded half
 * up ({@link #roundedToKroner()}).
 */
public record Nok(BigDecimal amount) implements Comparable<Nok> {

  public static final Nok ZERO = new Nok(BigDecimal.ZERO);

  public Nok {
    Objects.requireNonNull(amount, "amount");
    amount = amount.setScale(2, RoundingMode.HALF_UP);
  }

  public static Nok kroner(long kroner) {
    return new Nok(BigDecimal.valueOf(kroner));
  }

  public static Nok of(BigDecimal amount) {
    return new Nok(amount);
  }

  public Nok plus(Nok other) {
    return new Nok(amount.add(other.amount));
  }

  public Nok minus(Nok other) {
    return new Nok(amount.subtract(other.amount));
  }

  /** This amount times a factor (hours, a rate such as 0.12), kept to the øre, half up. */
  public Nok times(BigDecimal factor) {
    return new Nok(amount.multiply(factor));
  }

  public Nok roundedToKroner() {
    return new Nok(amount.setScale(0, RoundingMode.HALF_UP));
  }

  /** Whole kroner, rounded half up. */
  public long wholeKroner() {
    return amount.setScale(0, RoundingMode.HALF_UP).longValueExact();
  }

  public boolean isAtLeast(Nok other) {
    return compareTo(other) >= 0;
  }

  public Nok min(Nok other) {
    return compareTo(other) <= 0 ? this : other;
  }

  @Override
  public int compareTo(Nok other) {
    return amount.compareTo(other.amount);
  }

  /** As caseworkers write it: {@code 1 520 000 kr} (whole kroner, space as thousands separator). */
  @Override
  public String toString() {
    return Formats.amount(this);
  }
}

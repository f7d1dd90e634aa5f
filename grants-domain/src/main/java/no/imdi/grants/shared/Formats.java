package no.imdi.grants.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * How dates and amounts are written for Norwegian caseworkers, in pages and in explanations: dates
 * as {@code 13.10.2023}, amounts as {@code 1 520 000 kr}.
 */
public final class Formats {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private Formats() {}

  public static String date(LocalDate date) {
    if (date == null) {
      return "";
    }
    int year = date.getYear();
    if (year < 1000 || year > 9999) {
      return DATE.format(date);
    }
    char[] text = new char[10];
    twoDigits(text, 0, date.getDayOfMonth());
    text[2] = '.';
    twoDigits(text, 3, date.getMonthValue());
    text[5] = '.';
    twoDigits(text, 6, year / 100);
    twoDigits(text, 8, year % 100);
    return new String(text);
  }

  private static void twoDigits(char[] text, int at, int value) {
    text[at] = (char) ('0' + value / 10);
    text[at + 1] = (char) ('0' + value % 10);
  }

  public static String amount(Nok nok) {
    return nok == null ? "" : amount(nok.amount()) + " kr";
  }

  /**
   * A number grouped by three with a space, without trailing zeros, with the given decimal
   * separator: {@code 1 000}, {@code 37,5} ({@code 37.5}).
   */
  public static String number(BigDecimal value, char decimalSeparator) {
    String plain = value.stripTrailingZeros().toPlainString();
    String sign = plain.startsWith("-") ? "-" : "";
    String unsigned = sign.isEmpty() ? plain : plain.substring(1);
    int point = unsigned.indexOf('.');
    String whole = point < 0 ? unsigned : unsigned.substring(0, point);
    String fraction = point < 0 ? "" : decimalSeparator + unsigned.substring(point + 1);
    return sign + grouped(whole) + fraction;
  }

  private static String grouped(String digits) {
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        grouped.append(' ');
      }
      grouped.append(digits.charAt(i));
    }
    return grouped.toString();
  }

  /** Groups whole kroner by three with a space; keeps øre only when there are any. */
  public static String amount(BigDecimal value) {
    boolean hasOre = value.stripTrailingZeros().scale() > 0;
    BigDecimal whole = value.setScale(0, hasOre ? RoundingMode.DOWN : RoundingMode.HALF_UP);
    String digits = whole.abs().toPlainString();
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        grouped.append(' ');
      }
      grouped.append(digits.charAt(i));
    }
    String sign = value.signum() < 0 ? "-" : "";
    if (hasOre) {
      String ore = value.abs().setScale(2, RoundingMode.HALF_UP).toPlainString();
      return sign + grouped + "," + ore.substring(ore.indexOf('.') + 1);
    }
    return sign + grouped;
  }
}

package no.imdi.grants.web.shared;

/**
 * Record ids as they come in a page's query string: a positive whole number, or nothing. Anything
 * else (letters, signs, a number too large) is treated as an id that does not exist, so that the
 * page answers "not found" rather than failing.
 */
public final class Ids {

  private static final int MAX_DIGITS = 18;

  private Ids() {}

  public static Long parse(String value) {
    if (value == null || value.isEmpty() || value.length() > MAX_DIGITS) {
      return null;
    }
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) < '0' || value.charAt(i) > '9') {
        return null;
      }
    }
    long id = Long.parseLong(value);
    return id > 0 ? id : null;
  }
}

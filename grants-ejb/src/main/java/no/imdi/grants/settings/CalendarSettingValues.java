package no.imdi.grants.settings;

/**
 * The deadline calendar feed's settings on the settings page (issue "Reporting"; docs "Reporting",
 * Deadline calendars), the project's choices, not the rule book's: how many days after it passed a
 * deadline stays in the feed (0 to 3 650), and how many requests a feed token and a client address
 * may make in ten minutes (1 to 10 000 and 1 to 100 000).
 */
public final class CalendarSettingValues {

  public static final String PAST_DAYS = "calendar.pastDays";
  public static final String REQUESTS_PER_TOKEN = "calendar.requestsPerToken";
  public static final String REQUESTS_PER_ADDRESS = "calendar.requestsPerAddress";

  private CalendarSettingValues() {}

  /** The smallest and largest whole number the setting takes. */
  public static int[] range(String key) {
    return switch (key) {
      case PAST_DAYS -> new int[] {0, 3_650};
      case REQUESTS_PER_TOKEN -> new int[] {1, 10_000};
      case REQUESTS_PER_ADDRESS -> new int[] {1, 100_000};
      default -> throw new IllegalArgumentException("Not a calendar setting: " + key);
    };
  }

  static String number(String key, String typed) {
    return PaymentSettingValues.number(typed, range(key));
  }
}

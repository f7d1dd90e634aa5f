package no.imdi.grants.dashboard;

/**
 * How many items of a state have waited less than a week, one week to a month, and longer, counted
 * in the database from the day each came in (the queue by state and age).
 */
public record AgeTally(String key, long underWeek, long underMonth, long older) {

  public long total() {
    return underWeek + underMonth + older;
  }
}

package no.imdi.grants.rate;

/**
 * What the administrator's list of current rates is filtered by: a grant code, a calendar year, and
 * whether the row is verified. Null values do not filter.
 */
public record RateFilter(RateCode code, Integer year, Boolean verified) {

  public static final RateFilter NONE = new RateFilter(null, null, null);
}

package no.imdi.grants.disability;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What has already been granted for the person: the grant year T1 was granted for, if any, and the
 * grant years T2 was granted for. The deadline of an application (R-DL-2, R-DL-3) and whether it
 * may be made at all (R-T1-2, R-T-1) depend on it.
 *
 * @param t1GrantYear the grant year (1 or 2) of a granted T1, or {@code null} when none
 * @param t2GrantYears the grant years a T2 was granted for
 */
public record PriorGrants(Integer t1GrantYear, Set<Integer> t2GrantYears) {

  public PriorGrants {
    if (t1GrantYear != null && (t1GrantYear < 1 || t1GrantYear > 2)) {
      throw new IllegalArgumentException("T1 is granted for grant year 1 or 2, not " + t1GrantYear);
    }
    Objects.requireNonNull(t2GrantYears, "t2GrantYears");
    if (t2GrantYears.stream().anyMatch(year -> year == null || year < 1)) {
      throw new IllegalArgumentException("T2 grant years are numbered from 1: " + t2GrantYears);
    }
    t2GrantYears = Set.copyOf(new TreeSet<>(t2GrantYears));
  }

  /** Nothing granted yet: the next application is a first application. */
  public static PriorGrants none() {
    return new PriorGrants(null, Set.of());
  }

  public static PriorGrants t1(int grantYear) {
    return new PriorGrants(grantYear, Set.of());
  }

  public static PriorGrants t2(Integer... grantYears) {
    return new PriorGrants(null, Set.of(grantYears));
  }

  public boolean t1Granted() {
    return t1GrantYear != null;
  }

  public boolean t2Granted() {
    return !t2GrantYears.isEmpty();
  }

  public boolean t2GrantedFor(int grantYear) {
    return t2GrantYears.contains(grantYear);
  }

  /** Whether T1 or T2 was granted for a grant year before the given one. */
  public boolean grantedBefore(int grantYear) {
    return (t1Granted() && t1GrantYear < grantYear)
        || t2GrantYears.stream().anyMatch(year -> year < grantYear);
  }
}

package no.imdi.grants.statistics;

import java.io.Serializable;
import no.imdi.grants.settlement.TargetGroup;

/**
 * Settled persons of a year and target group (R-IG-1), in one municipality (with its county) or,
 * when the municipality is null, in all the filter's municipalities together.
 */
public record SettledCount(
    int year,
    String countyNumber,
    String countyName,
    String municipalityNumber,
    String municipalityName,
    TargetGroup targetGroup,
    long persons)
    implements Serializable {

  public boolean total() {
    return municipalityNumber == null;
  }
}

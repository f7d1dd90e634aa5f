package no.imdi.grants.statistics;

import java.io.Serializable;
import no.imdi.grants.disability.GrantKind;

/**
 * Applications submitted in a year, of a grant kind (T1/T2), by outcome: granted, partly granted,
 * refused, dismissed, withdrawn and still open (not decided yet).
 */
public record ApplicationCount(
    int year,
    GrantKind kind,
    long granted,
    long partlyGranted,
    long refused,
    long dismissed,
    long withdrawn,
    long open)
    implements Serializable {

  public long total() {
    return granted + partlyGranted + refused + dismissed + withdrawn + open;
  }
}

package no.imdi.grants.casefile;

import java.util.Objects;

/**
 * A matter just created by a verb, with the state change that created it (from no state to its
 * first), for the audit trail once the matter is stored.
 */
public record Created<M, S extends Enum<S>>(M matter, StateChange<S> change) {

  public Created {
    Objects.requireNonNull(matter, "matter");
    Objects.requireNonNull(change, "change");
  }
}

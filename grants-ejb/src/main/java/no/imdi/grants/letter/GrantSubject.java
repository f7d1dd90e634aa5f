package no.imdi.grants.letter;

import java.time.LocalDate;
import java.util.Objects;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.disability.GrantYear;

/**
 * What an application or request asks for: the grant kind (T1 or T2), the grant year with its
 * period (R-GY-1) and the day it reached IMDi.
 */
public record GrantSubject(GrantKind grantKind, GrantYear grantYear, LocalDate received) {

  public GrantSubject {
    Objects.requireNonNull(grantKind, "grantKind");
    Objects.requireNonNull(grantYear, "grantYear");
    Objects.requireNonNull(received, "received");
  }
}

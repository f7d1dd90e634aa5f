package no.imdi.grants.disability.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;
import no.imdi.grants.security.Role;

/**
 * A signature on an accounts report (R-REP-1, R-DOC-4): who signed, in which role, and when. The
 * caseworker signs first; the finance officer (*økonomiansvarlig*) of the same municipality, a
 * different person, co-signs.
 */
@Embeddable
public record Signature(
    @Column(name = "by_user", length = 64) String by,
    @Enumerated(EnumType.STRING) @Column(name = "by_role", length = 32) Role role,
    @Column(name = "at") Instant at) {

  public Signature {
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(at, "at");
  }
}

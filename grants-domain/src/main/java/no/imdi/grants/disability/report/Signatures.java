package no.imdi.grants.disability.report;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.time.Instant;
import no.imdi.grants.casefile.CaseMessage;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.security.Actor;
import no.imdi.grants.security.Role;

/**
 * The two signatures an accounts report needs (R-REP-1, R-DOC-4): first the municipality's
 * caseworker, then its finance officer (*økonomiansvarlig*), who must be another person. Which
 * municipality they belong to, and the report's state, the report checks itself.
 */
@Embeddable
public class Signatures {

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "by", column = @Column(name = "signed_by")),
    @AttributeOverride(name = "role", column = @Column(name = "signed_role")),
    @AttributeOverride(name = "at", column = @Column(name = "signed_at"))
  })
  private Signature signature;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "by", column = @Column(name = "cosigned_by")),
    @AttributeOverride(name = "role", column = @Column(name = "cosigned_role")),
    @AttributeOverride(name = "at", column = @Column(name = "cosigned_at"))
  })
  private Signature coSignature;

  protected Signatures() {}

  static Signatures none() {
    return new Signatures();
  }

  /** The caseworker signs first. */
  void sign(Actor by, Instant at) {
    if (!by.is(Role.MUNICIPALITY_CASEWORKER)) {
      throw Refusal.of(CaseMessage.REPORT_SIGNER_ROLE, by.role());
    }
    signature = new Signature(by.username(), by.role(), at);
  }

  /** A finance officer who did not sign co-signs. */
  void coSign(Actor by, Instant at) {
    if (!by.is(Role.MUNICIPALITY_FINANCE)) {
      throw Refusal.of(CaseMessage.REPORT_COSIGNER_ROLE, by.role());
    }
    if (signature == null) {
      throw new IllegalStateException("A report is signed before it is co-signed");
    }
    if (by.isSamePersonAs(signature.by())) {
      throw Refusal.of(CaseMessage.REPORT_COSIGNER_SAME, signature.by());
    }
    coSignature = new Signature(by.username(), by.role(), at);
  }

  /** Back to draft: the caseworker's signature no longer stands. */
  void withdraw() {
    signature = null;
  }

  public Signature signature() {
    return signature;
  }

  public Signature coSignature() {
    return coSignature;
  }
}

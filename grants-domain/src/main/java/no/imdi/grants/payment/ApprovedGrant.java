package no.imdi.grants.payment;

import java.time.LocalDate;
import java.util.Objects;
import no.imdi.grants.disability.GrantKind;

/**
 * An approved T1 or T2 grant decision of a person's case, as the payment needs it (R-PAY-2,
 * R-T2-5): the application, its kind, the applicant municipality that is paid, the granted amount
 * in øre, the day the decision was approved, and for a T2 that converts a T1 the T1 application.
 */
public record ApprovedGrant(
    long applicationId,
    GrantKind kind,
    String municipality,
    long amountOre,
    LocalDate decidedOn,
    Long conversionOf) {

  public ApprovedGrant {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(municipality, "municipality");
    Objects.requireNonNull(decidedOn, "decidedOn");
    if (amountOre <= 0) {
      throw new IllegalArgumentException("A granted amount is positive, was " + amountOre);
    }
  }

  public String code() {
    return kind == GrantKind.T1 ? "FHT1" : "FHT2";
  }
}

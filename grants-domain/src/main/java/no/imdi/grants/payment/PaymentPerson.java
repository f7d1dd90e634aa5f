package no.imdi.grants.payment;

import java.util.List;
import java.util.Objects;
import no.imdi.grants.integrationgrant.SettledPerson;

/**
 * One settled person as the payment run reads the register: the person's id, the integration
 * grant's facts (settlement, birth, household, unaccompanied minor, registration date; R-IG-4,
 * R-IG-5, R-EM), where the person has lived (R-IG-6) and the approved T1/T2 grants of the person's
 * case (R-PAY-2, R-T2-5).
 */
public record PaymentPerson(
    long personId, SettledPerson person, Residence residence, List<ApprovedGrant> grants) {

  public PaymentPerson {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(residence, "residence");
    grants = List.copyOf(grants);
  }
}

package no.imdi.grants.settlement;

import java.time.LocalDate;
import no.imdi.grants.integrationgrant.Household;

/**
 * A settlement as a form registers or corrects it: the person's facts, the municipality, the
 * settlement facts, and for a correction the ids and versions that were opened (so a save after
 * someone else's is refused rather than lost). The mother, for a child born after the mother's
 * settlement (R-T-TG-3), is given by her national id. When she lives in a municipality the caller
 * may not see, the form is not told who she is ({@code motherHidden}) and a blank mother id keeps
 * her as she is. A family member reunified with a person in the register (R-IG-1, R-IG-2) names
 * that reference person the same way ({@code reunifiedWithNationalId}, {@code
 * reunifiedWithHidden}). The facts are {@code null} only in a command given to {@code
 * SettlementService.check}, when the form lacks the settlement date or the target group. The
 * household position (R-IG-4) is taken by a new registration; a correction keeps the settlement's,
 * which IMDi corrects with its own audit ({@code PaymentFactsCorrection}).
 */
public record SettlementCommand(
    Long settlementId,
    long settlementVersion,
    long personVersion,
    String nationalId,
    String givenName,
    String familyName,
    LocalDate birthDate,
    Sex sex,
    String municipalityNumber,
    SettlementFacts facts,
    String motherNationalId,
    boolean motherHidden,
    String reunifiedWithNationalId,
    boolean reunifiedWithHidden,
    Household household) {

  public boolean isNew() {
    return settlementId == null;
  }
}

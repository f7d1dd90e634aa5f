package no.imdi.grants.disability.application;

import java.util.List;
import no.imdi.grants.disability.cost.ContributionZone;

/**
 * Everything the municipality fills in on an application, as one save of the draft form: the health
 * information (R-T-TG-2), the names of the health personnel and bodies the consent releases from
 * confidentiality (R-DOC-1), the employer's contribution zone (R-COST-3), the answers that add or
 * remove checklist items (R-DOC-5, R-DOC-6, R-DOC-9; {@code null} while unanswered), and the
 * measures. A draft may be incomplete; submitting checks it.
 */
public record DraftContent(
    HealthInformation health,
    String consentNames,
    ContributionZone zone,
    Boolean servicesNeedingIndividualDecision,
    Boolean pedagogicalMeasures,
    Boolean newHealthInformation,
    List<MeasureInput> measures) {

  public DraftContent {
    health = health == null ? HealthInformation.NONE : health;
    measures = measures == null ? List.of() : List.copyOf(measures);
  }
}

package no.imdi.grants.disability.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import no.imdi.grants.disability.cost.ContributionZone;

/**
 * The particulars of an application besides its health information and measures: the health
 * personnel and bodies the informed consent releases from confidentiality (R-DOC-1), the employer's
 * contribution zone of the cost calculation (R-COST-3), and the answers that add or remove
 * checklist items: services that need an individual decision (R-DOC-5), pedagogical measures
 * (R-DOC-6), new information from health personnel (R-DOC-9); {@code null} while unanswered.
 */
@Embeddable
public record ApplicationDetails(
    @Column(name = "consent_names", length = 2000) String consentNames,
    @Enumerated(EnumType.STRING) @Column(name = "contribution_zone", length = 8)
        ContributionZone zone,
    @Column(name = "services_needing_decision") Boolean servicesNeedingIndividualDecision,
    @Column(name = "pedagogical_measures") Boolean pedagogicalMeasures,
    @Column(name = "new_health_information") Boolean newHealthInformation) {

  public static final ApplicationDetails NONE =
      new ApplicationDetails(null, null, null, null, null);

  static final int CONSENT_NAMES_LENGTH = 2000;
}

package no.imdi.grants.disability.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What the municipality says about the person's impairment (R-T-TG-2): a short description, when it
 * arose and whether that was before settlement, and the help needed. These are health data
 * (*helseopplysninger*): every read outside the municipality's own draft form is written to the
 * access log with its purpose.
 */
@Embeddable
public record HealthInformation(
    @Column(name = "impairment", length = 4000) String impairment,
    @Column(name = "impairment_arose", length = 1000) String arose,
    @Column(name = "arose_before_settlement") Boolean aroseBeforeSettlement,
    @Column(name = "help_needed", length = 4000) String helpNeeded) {

  public static final HealthInformation NONE = new HealthInformation(null, null, null, null);

  static final int DESCRIPTION_LENGTH = 4000;
  static final int AROSE_LENGTH = 1000;

  public boolean described() {
    return !blank(impairment) && !blank(helpNeeded);
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}

package no.imdi.grants.settlement;

/**
 * Where UDI housed the person before settlement. Settled from any of UDI's special housing (<i>UDIs
 * særskilte botilbud</i>) the person can trigger T2 for up to 10 grant years (R-T2-3); settled from
 * the two care solutions after 16 June 2023 the higher T2 cap applies (R-RATE-2).
 */
public enum UdiHousing {
  NONE("ikke UDIs særskilte botilbud", "not UDI's special housing", false),
  TILRETTELAGT_AVDELING("tilrettelagt avdeling", "adapted unit (tilrettelagt avdeling)", false),
  SAERSKILT_BO_OG_OMSORG(
      "særskilt bo- og omsorgsløsning",
      "special housing and care solution (særskilt bo- og omsorgsløsning)",
      true),
  SAERSKILT_PLEIE_OG_OMSORG(
      "særskilt pleie- og omsorgsløsning",
      "special nursing and care solution (særskilt pleie- og omsorgsløsning)",
      true);

  private final String norwegian;
  private final String english;
  private final boolean careSolution;

  UdiHousing(String norwegian, String english, boolean careSolution) {
    this.norwegian = norwegian;
    this.english = english;
    this.careSolution = careSolution;
  }

  /** One of UDI's special housing, which allows up to 10 grant years of T2 (R-T2-3). */
  public boolean isSpecialHousing() {
    return this != NONE;
  }

  /** One of the two care solutions that carry the higher T2 cap after 16 June 2023 (R-RATE-2). */
  public boolean isCareSolution() {
    return careSolution;
  }

  public String norwegian() {
    return norwegian;
  }

  public String english() {
    return english;
  }
}

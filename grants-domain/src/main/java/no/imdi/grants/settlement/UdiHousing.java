package no.imdi.grants.settlement;

import java.util.Locale;
import no.imdi.grants.shared.ReasonTexts;

/**
 * Where UDI housed the person before settlement. Settled from any of UDI's special housing (<i>UDIs
 * særskilte botilbud</i>) the person can trigger T2 for up to 10 grant years (R-T2-3); settled from
 * the two care solutions after 16 June 2023 the higher T2 cap applies (R-RATE-2). The names are in
 * the reasons bundles ({@code UdiHousing.TILRETTELAGT_AVDELING}).
 */
public enum UdiHousing {
  NONE(false),
  TILRETTELAGT_AVDELING(false),
  SAERSKILT_BO_OG_OMSORG(true),
  SAERSKILT_PLEIE_OG_OMSORG(true);

  private final boolean careSolution;

  UdiHousing(boolean careSolution) {
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
    return ReasonTexts.label(this, ReasonTexts.BOKMAL);
  }

  public String english() {
    return ReasonTexts.label(this, Locale.ENGLISH);
  }
}

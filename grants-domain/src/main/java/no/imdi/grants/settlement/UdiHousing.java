package no.imdi.grants.settlement;

/**
 * Where a person lived before settlement, when it was one of UDI's special housing offers (*UDIs
 * særskilte botilbud*); these lengthen the disability grant period (R-T2-3) and may raise the T2
 * cap (R-RATE-2).
 */
public enum UdiHousing {
  NONE,
  /** *Tilrettelagt avdeling*. */
  TILRETTELAGT_AVDELING,
  /** *Særskilt bo- og omsorgsløsning*. */
  SAERSKILT_BO_OG_OMSORG,
  /** *Særskilt pleie- og omsorgsløsning*. */
  SAERSKILT_PLEIE_OG_OMSORG
}

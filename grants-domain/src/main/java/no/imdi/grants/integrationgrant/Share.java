package no.imdi.grants.integrationgrant;

import java.util.Locale;
import no.imdi.grants.shared.ReasonTexts;

/**
 * The part of a year's rate paid in one instalment (R-IG-5): year 1 and the one-off supplements are
 * paid whole (*hel sats*), years 2-5 a quarter per instalment (*en fjerdedel*). The names are in
 * the reasons bundles ({@code Share.WHOLE}).
 */
public enum Share {
  WHOLE,
  QUARTER;

  public String norwegian() {
    return ReasonTexts.label(this, ReasonTexts.BOKMAL);
  }

  public String english() {
    return ReasonTexts.label(this, Locale.ENGLISH);
  }
}

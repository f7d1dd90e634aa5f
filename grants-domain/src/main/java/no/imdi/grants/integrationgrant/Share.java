package no.imdi.grants.integrationgrant;

/**
 * The part of a year's rate paid in one instalment (R-IG-5): year 1 and the one-off supplements are
 * paid whole (*hel sats*), years 2-5 a quarter per instalment (*en fjerdedel*).
 */
public enum Share {
  WHOLE("hel sats", "whole rate"),
  QUARTER("en fjerdedel", "one quarter");

  private final String norwegian;
  private final String english;

  Share(String norwegian, String english) {
    this.norwegian = norwegian;
    this.english = english;
  }

  public String norwegian() {
    return norwegian;
  }

  public String english() {
    return english;
  }
}

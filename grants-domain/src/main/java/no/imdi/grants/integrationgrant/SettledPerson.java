package no.imdi.grants.integrationgrant;

import static no.imdi.grants.shared.Formats.date;

import java.time.LocalDate;
import java.time.Period;

/**
 * A person settled in a municipality (*bosatt*), as far as the integration grant needs to know:
 * settlement and birth dates, household, whether an unaccompanied minor (*enslig mindreårig*),
 * whether a family member who came by family immigration to a person with residence on humanitarian
 * grounds, and optionally the mother's settlement date (for a child born up to 6 months after it,
 * R-IG-4) and the date IMDi registered the settlement (R-IG-5). The constructor rejects input that
 * cannot describe a real settlement, naming the field.
 */
public record SettledPerson(
    LocalDate settlementDate,
    LocalDate birthDate,
    Household household,
    boolean unaccompaniedMinor,
    boolean familyOfHumanitarian,
    LocalDate motherSettlementDate,
    LocalDate registrationDate) {

  /** R-IG-4: a child born up to and including this many months after the mother's settlement. */
  static final int CHILD_BORN_AFTER_MOTHER_MONTHS = 6;

  public SettledPerson {
    require(settlementDate, "settlementDate");
    require(birthDate, "birthDate");
    require(household, "household");
    if (motherSettlementDate != null && household != Household.CHILD) {
      throw new IllegalArgumentException(
          "motherSettlementDate is only for a child (household CHILD), household was " + household);
    }
    if (motherSettlementDate != null && unaccompaniedMinor) {
      throw new IllegalArgumentException(
          "unaccompaniedMinor cannot be combined with motherSettlementDate");
    }
    if (birthDate.isAfter(settlementDate)
        && !bornWithinMonthsAfterMother(birthDate, motherSettlementDate)) {
      throw new IllegalArgumentException(
          "birthDate "
              + date(birthDate)
              + " is after settlementDate "
              + date(settlementDate)
              + "; only a child born up to "
              + CHILD_BORN_AFTER_MOTHER_MONTHS
              + " months after motherSettlementDate may be born after settlement");
    }
    if (registrationDate != null && registrationDate.isBefore(settlementDate)) {
      throw new IllegalArgumentException(
          "registrationDate "
              + date(registrationDate)
              + " is before settlementDate "
              + date(settlementDate));
    }
    if (registrationDate != null && registrationDate.isBefore(birthDate)) {
      throw new IllegalArgumentException(
          "registrationDate " + date(registrationDate) + " is before birthDate " + date(birthDate));
    }
  }

  /** A person without a mother's settlement date and registered on the settlement date. */
  public static SettledPerson of(
      LocalDate settlementDate,
      LocalDate birthDate,
      Household household,
      boolean unaccompaniedMinor,
      boolean familyOfHumanitarian) {
    return new SettledPerson(
        settlementDate, birthDate, household, unaccompaniedMinor, familyOfHumanitarian, null, null);
  }

  /** Whole years of age on the given day (born 29.02: a year older on 01.03 in other years). */
  public int ageOn(LocalDate day) {
    return Period.between(birthDate, day).getYears();
  }

  /** True for a child born after the mother's settlement (the 6-month case of R-IG-4). */
  public boolean bornAfterMotherSettlement() {
    return motherSettlementDate != null && birthDate.isAfter(motherSettlementDate);
  }

  /**
   * The date IMDi registered the settlement: the registration date, else the settlement date, or
   * the birth date for a child born after it.
   */
  public LocalDate effectiveRegistrationDate() {
    if (registrationDate != null) {
      return registrationDate;
    }
    return birthDate.isAfter(settlementDate) ? birthDate : settlementDate;
  }

  static LocalDate lastBirthDateAfterMother(LocalDate motherSettlementDate) {
    return motherSettlementDate.plusMonths(CHILD_BORN_AFTER_MOTHER_MONTHS);
  }

  private static boolean bornWithinMonthsAfterMother(LocalDate birth, LocalDate mother) {
    return mother != null
        && birth.isAfter(mother)
        && !birth.isAfter(lastBirthDateAfterMother(mother));
  }

  private static void require(Object value, String field) {
    if (value == null) {
      throw new IllegalArgumentException(field + " is required");
    }
  }
}

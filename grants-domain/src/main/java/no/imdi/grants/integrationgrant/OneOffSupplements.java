package no.imdi.grants.integrationgrant;

import java.time.LocalDate;
import no.imdi.grants.shared.Reasoned;

/**
 * The one-off supplements paid with grant year 1 (R-IG-4): the elderly supplement (*eldretilskudd*,
 * {@code ELDR}) for a person aged 60 or older on the settlement date, and the childcare supplement
 * (*barnehagetilskudd*, {@code BHT}) for a child aged 0-5 on the settlement date or born up to and
 * including 6 months after the mother's settlement. For a child born after the mother's settlement
 * only the 6-month limit decides.
 */
final class OneOffSupplements {

  static final String RULE = "R-IG-4";
  static final int ELDERLY_FROM_AGE = 60;
  static final int CHILDCARE_UP_TO_AGE = 5;

  private OneOffSupplements() {}

  static Reasoned<Boolean> elderly(SettledPerson person) {
    int age = person.ageOn(person.settlementDate());
    boolean applies = age >= ELDERLY_FROM_AGE;
    return Reasoned.of(
        applies,
        RULE,
        applies ? "R-IG-4.elderly" : "R-IG-4.elderly.not",
        age,
        person.settlementDate(),
        ELDERLY_FROM_AGE);
  }

  static Reasoned<Boolean> childcare(SettledPerson person) {
    if (person.bornAfterMotherSettlement()) {
      return bornAfterMother(person);
    }
    int age = person.ageOn(person.settlementDate());
    boolean applies = age <= CHILDCARE_UP_TO_AGE;
    return Reasoned.of(
        applies,
        RULE,
        applies ? "R-IG-4.childcare" : "R-IG-4.childcare.not",
        age,
        person.settlementDate(),
        CHILDCARE_UP_TO_AGE);
  }

  private static Reasoned<Boolean> bornAfterMother(SettledPerson person) {
    LocalDate mother = person.motherSettlementDate();
    LocalDate limit = SettledPerson.lastBirthDateAfterMother(mother);
    boolean applies = !person.birthDate().isAfter(limit);
    return Reasoned.of(
        applies,
        RULE,
        applies ? "R-IG-4.childcare.bornWithin" : "R-IG-4.childcare.bornLater",
        person.birthDate(),
        SettledPerson.CHILD_BORN_AFTER_MOTHER_MONTHS,
        mother,
        limit);
  }
}

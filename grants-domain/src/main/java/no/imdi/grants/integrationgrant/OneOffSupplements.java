package no.imdi.grants.integrationgrant;

import static no.imdi.grants.shared.Formats.date;

import java.time.LocalDate;
import no.imdi.grants.shared.Explanation;
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
    String day = date(person.settlementDate());
    return new Reasoned<>(
        applies,
        Explanation.literal(
            RULE,
            age
                + " år på bosettingsdatoen "
                + day
                + ": "
                + (applies ? "ELDR" : "ikke ELDR")
                + " ("
                + RULE
                + ": "
                + ELDERLY_FROM_AGE
                + " år eller eldre).",
            age
                + " years old on the settlement date "
                + day
                + ": "
                + (applies ? "ELDR" : "no ELDR")
                + " ("
                + RULE
                + ": "
                + ELDERLY_FROM_AGE
                + " or older)."));
  }

  static Reasoned<Boolean> childcare(SettledPerson person) {
    if (person.bornAfterMotherSettlement()) {
      return bornAfterMother(person);
    }
    int age = person.ageOn(person.settlementDate());
    boolean applies = age <= CHILDCARE_UP_TO_AGE;
    String day = date(person.settlementDate());
    return new Reasoned<>(
        applies,
        Explanation.literal(
            RULE,
            age
                + " år på bosettingsdatoen "
                + day
                + ": "
                + (applies ? "BHT" : "ikke BHT")
                + " ("
                + RULE
                + ": barn 0–"
                + CHILDCARE_UP_TO_AGE
                + " år).",
            age
                + " years old on the settlement date "
                + day
                + ": "
                + (applies ? "BHT" : "no BHT")
                + " ("
                + RULE
                + ": child aged 0–"
                + CHILDCARE_UP_TO_AGE
                + ")."));
  }

  private static Reasoned<Boolean> bornAfterMother(SettledPerson person) {
    LocalDate mother = person.motherSettlementDate();
    LocalDate limit = SettledPerson.lastBirthDateAfterMother(mother);
    boolean applies = !person.birthDate().isAfter(limit);
    int months = SettledPerson.CHILD_BORN_AFTER_MOTHER_MONTHS;
    String born = date(person.birthDate());
    return new Reasoned<>(
        applies,
        Explanation.literal(
            RULE,
            "Født "
                + born
                + ", "
                + (applies ? "innen " : "mer enn ")
                + months
                + " måneder etter mors bosetting "
                + date(mother)
                + " (senest "
                + date(limit)
                + "): "
                + (applies ? "BHT" : "ikke BHT")
                + " ("
                + RULE
                + ").",
            "Born on "
                + born
                + ", "
                + (applies ? "within " : "more than ")
                + months
                + " months after the mother's settlement on "
                + date(mother)
                + " (at the latest "
                + date(limit)
                + "): "
                + (applies ? "BHT" : "no BHT")
                + " ("
                + RULE
                + ")."));
  }
}

package no.imdi.grants.web.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.imdi.grants.integrationgrant.Household;
import no.imdi.grants.municipality.Municipality;
import no.imdi.grants.settlement.Person;
import no.imdi.grants.settlement.Settlement;
import no.imdi.grants.settlement.SettlementFacts;
import no.imdi.grants.settlement.Sex;
import no.imdi.grants.settlement.TargetGroup;
import no.imdi.grants.settlement.UdiHousing;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The calculator filled in from the register: the settlement's date, unaccompanied minor and UDI
 * housing, the person's birth, and the household of the year-1 code (R-IG-4) only where the
 * register tells it, a child under 18 on the settlement date.
 */
class CalculatorFormTest {

  @ParameterizedTest(name = "born {0}: household {1}")
  @CsvSource({"2010-05-05, CHILD", "2005-10-14, CHILD", "2005-10-13, ", "1990-01-01, "})
  void R_IG_4_theRegisterGivesTheHouseholdOfAChildOnly(LocalDate born, Household household) {
    LocalDate settled = LocalDate.of(2023, 10, 13);
    Settlement settlement =
        new Settlement(
            new Person("13109012345", "Amina", "Testesen", born, Sex.FEMALE),
            new Municipality("0301", "Oslo", "03", "Oslo"),
            new SettlementFacts(
                settled,
                TargetGroup.REFUGEE,
                true,
                false,
                false,
                true,
                UdiHousing.SAERSKILT_BO_OG_OMSORG,
                null),
            null);
    CalculatorForm form = new CalculatorForm();
    form.setHousehold(Household.SINGLE_ADULT);
    form.fillFrom(born, settlement);
    assertThat(form.getSettlementDate().date()).isEqualTo(settled);
    assertThat(form.getBirthDate().date()).isEqualTo(born);
    assertThat(form.isUnaccompaniedMinor()).isTrue();
    assertThat(form.getUdiHousing()).isEqualTo(UdiHousing.SAERSKILT_BO_OG_OMSORG);
    assertThat(form.getHousehold()).isEqualTo(household);
    assertThat(form.getMotherSettlementDate()).isNull();
  }
}

package no.imdi.grants.web.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import no.imdi.grants.disability.application.DraftContent;
import no.imdi.grants.disability.cost.ContributionZone;
import no.imdi.grants.disability.cost.CostLine;
import no.imdi.grants.disability.cost.TimeCategory;
import no.imdi.grants.shared.Nok;
import org.junit.jupiter.api.Test;

/**
 * The application form's model: rates typed in percent go to the cost calculation as fractions
 * (R-COST-3), only complete lines are calculated live (R-COST-7), numbers are read with a decimal
 * comma, and the services' field paths become the client ids of the repeated rows.
 */
class ApplicationFormTest {

  @Test
  void ratesTypedInPercentAreSentAsFractionsAndOnlyCompleteLinesAreCalculated() {
    ApplicationForm form = new ApplicationForm();
    form.setZone(ContributionZone.I);
    form.addMeasure();
    form.addMeasure();
    ApplicationForm.MeasureRow first = form.getMeasures().get(0);
    first.setName("Miljøarbeider");
    ApplicationForm.Line line = first.getLines().get(0);
    line.setRole("Miljøterapeut");
    line.setHourlyPay(new BigDecimal("450"));
    line.setHours(new BigDecimal("800"));
    line.setHolidayPayPercent(new BigDecimal("10.2"));
    line.setPensionPercent(new BigDecimal("2"));

    DraftContent draft = form.toDraft();
    CostLine sent = draft.measures().get(0).lines().get(0);
    assertThat(sent.hourlyPay()).isEqualTo(Nok.of(new BigDecimal("450")));
    assertThat(sent.holidayPayRate()).isEqualByComparingTo("0.102");
    assertThat(sent.pensionRate()).isEqualByComparingTo("0.02");
    assertThat(sent.category()).isEqualTo(TimeCategory.DIRECT_USER_TIME);
    assertThat(draft.measures()).hasSize(2);
    assertThat(form.calculable()).singleElement().extracting("name").isEqualTo("Miljøarbeider");

    form.removeLine(0, 0);
    form.removeMeasure(5);
    assertThat(form.getMeasures().get(0).getLines()).isEmpty();
    assertThat(form.calculable()).isEmpty();
  }

  @Test
  void numbersAreReadWithACommaOrAPointAndFieldPathsBecomeRowIds() {
    assertThat(DecimalConverter.parse("1 200,5")).contains(new BigDecimal("1200.5"));
    assertThat(DecimalConverter.parse("10.2")).contains(new BigDecimal("10.2"));
    assertThat(DecimalConverter.parse("12 %")).isEmpty();
    assertThat(DecimalConverter.parse("-3")).isEmpty();
    assertThat(CaseFeedback.fieldId("measures[0].lines[1].hours"))
        .isEqualTo("measures:0:lines:1:hours");
    assertThat(CaseFeedback.fieldId("impairment")).isEqualTo("impairment");
  }
}

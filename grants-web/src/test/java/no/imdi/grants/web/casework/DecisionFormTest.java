package no.imdi.grants.web.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import no.imdi.grants.disability.application.DecisionDraft;
import no.imdi.grants.disability.application.DecisionOutcome;
import no.imdi.grants.shared.Nok;
import org.junit.jupiter.api.Test;

/**
 * The decision form hands the service what the officer chose (R-DEC-1): the measures only for a
 * partial grant, an empty amount as "the most the rules allow", the rule only for a dismissal, and
 * an amount typed for a refusal passed on for the service to refuse (never silently dropped).
 */
class DecisionFormTest {

  @Test
  void aPartialGrantNamesItsMeasuresAndAmount() {
    DecisionForm form = new DecisionForm();
    form.setOutcome(DecisionOutcome.PARTLY_GRANTED);
    form.setMeasures(List.of("0", "2"));
    form.setAmount(new BigDecimal("300000"));
    form.setReason("Bare to tiltak");
    form.setDismissalRule("R-DL-6");

    DecisionDraft draft = form.draft();

    assertThat(draft.outcome()).isEqualTo(DecisionOutcome.PARTLY_GRANTED);
    assertThat(draft.measures()).containsExactlyInAnyOrder(0, 2);
    assertThat(draft.amount()).isEqualTo(Nok.kroner(300_000));
    assertThat(draft.dismissalRule()).isNull();
  }

  @Test
  void aWholeGrantWithoutAmountAsksForTheMaximumOverAllMeasures() {
    DecisionForm form = new DecisionForm();
    form.setOutcome(DecisionOutcome.GRANTED);
    form.setMeasures(List.of("0"));

    DecisionDraft draft = form.draft();

    assertThat(draft.amount()).isNull();
    assertThat(draft.measures()).isEmpty();
  }

  @Test
  void aDismissalKeepsItsRuleAndARefusalPassesATypedAmountOnToBeRefused() {
    DecisionForm form = new DecisionForm();
    form.setOutcome(DecisionOutcome.DISMISSED);
    form.setDismissalRule("R-DL-6");
    form.setReason("For sent");
    assertThat(form.draft().dismissalRule()).isEqualTo("R-DL-6");

    form.setOutcome(DecisionOutcome.REFUSED);
    form.setAmount(new BigDecimal("5"));
    assertThat(form.draft().amount()).isEqualTo(Nok.kroner(5));
    assertThat(form.draft().dismissalRule()).isNull();
  }

  @Test
  void aMeasureThatIsNoNumberIsPassedOnAsUnknown() {
    DecisionForm form = new DecisionForm();
    form.setOutcome(DecisionOutcome.PARTLY_GRANTED);
    form.setMeasures(List.of("x"));
    assertThat(form.draft().measures()).containsExactly(-1);
  }
}

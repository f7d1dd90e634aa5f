package no.imdi.grants.web.rules;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.imdi.grants.integrationgrant.Household;
import no.imdi.grants.rules.RulesService;
import no.imdi.grants.settlement.UdiHousing;
import no.imdi.grants.shared.FieldProblem;
import no.imdi.grants.shared.InvalidInputException;
import no.imdi.grants.web.shared.InputProblems;
import no.imdi.grants.web.shared.Messages;

/**
 * The rule calculator page, for every logged-in role: a person's facts and a notice date in, the
 * disability grant schedule, the integration grant, the limitation date and the complaint deadline
 * out, each with its reasons. Every problem with the input is shown at once next to its field and
 * the typed values stay; nothing is stored.
 */
@Named
@ViewScoped
public class CalculatorBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private RulesService rules;
  @Inject private Messages messages;

  private final CalculatorForm form = new CalculatorForm();
  private CalculatorView result;

  /**
   * Calculates; a date that cannot be read is shown together with every problem the rules find (the
   * rules are asked without it, and no result is shown).
   */
  public void calculate() {
    result = null;
    InputProblems typed = new InputProblems();
    List<FieldProblem> problems = List.of();
    CalculatorView view = null;
    try {
      view = CalculatorView.of(rules.calculate(form.toQuery(typed)), messages.locale());
    } catch (InvalidInputException e) {
      problems = e.problems();
    }
    if (typed.isEmpty() && problems.isEmpty()) {
      result = view;
      return;
    }
    messages.addProblems("calculatorForm", typed.with(problems));
    messages.error("calc.notCalculated");
  }

  public CalculatorForm getForm() {
    return form;
  }

  public CalculatorView getResult() {
    return result;
  }

  public UdiHousing[] getUdiHousings() {
    return UdiHousing.values();
  }

  public Household[] getHouseholds() {
    return Household.values();
  }
}

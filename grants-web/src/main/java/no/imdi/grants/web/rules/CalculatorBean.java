package no.imdi.grants.web.rules;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.integrationgrant.Household;
import no.imdi.grants.rules.RulesService;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.settlement.PersonRecord;
import no.imdi.grants.settlement.SettlementService;
import no.imdi.grants.settlement.UdiHousing;
import no.imdi.grants.shared.FieldProblem;
import no.imdi.grants.shared.InvalidInputException;
import no.imdi.grants.web.shared.Ids;
import no.imdi.grants.web.shared.InputProblems;
import no.imdi.grants.web.shared.Messages;
import no.imdi.grants.web.shared.Pages;

/**
 * The rule calculator page, for every logged-in role: a person's facts and a notice date in, the
 * disability grant schedule, the integration grant, the limitation date and the complaint deadline
 * out, each with its reasons, after a summary of what can be applied for and the deadlines, counted
 * from today by the injected clock. Opened from the person page ({@code ?person=ID}), it reads the
 * person's registered facts through the same scope check and access log as that page (another
 * municipality's person is answered as one that does not exist, 404, like a malformed id) and
 * calculates at once when the facts are complete. Every problem with the input is shown at once
 * next to its field and the typed values stay; nothing is stored.
 */
@Named
@ViewScoped
public class CalculatorBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private RulesService rules;
  @EJB private SettlementService settlements;
  @Inject private Messages messages;
  @Inject private Clock clock;

  private final CalculatorForm form = new CalculatorForm();
  private CalculatorView result;
  private String personParam;
  private Long personId;
  private String personName;

  /** With {@code ?person=ID}: the person's facts from the register, calculated when complete. */
  public void load() {
    if (personParam == null || personId != null) {
      return;
    }
    Long id = Ids.parse(personParam);
    if (id == null) {
      Pages.refuse(FacesContext.getCurrentInstance(), 404);
      return;
    }
    PersonRecord record;
    try {
      record = settlements.personRecord(id, "Beregne tilskudd");
    } catch (AccessDeniedException e) {
      // another municipality's person is answered as one that does not exist (issue 7 item 13)
      Pages.refuse(FacesContext.getCurrentInstance(), 404);
      return;
    } catch (EJBAccessException e) {
      Pages.refuse(FacesContext.getCurrentInstance(), 403);
      return;
    }
    personId = id;
    personName = record.person().getFullName();
    form.fillFrom(record.person().getBirthDate(), record.settlement());
    if (form.getHousehold() == null) {
      messages.info("calc.chooseHousehold");
    } else {
      calculate();
    }
  }

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
      view =
          CalculatorView.of(
              rules.calculate(form.toQuery(typed)), messages.locale(), LocalDate.now(clock));
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

  public String getPerson() {
    return personParam;
  }

  public void setPerson(String person) {
    this.personParam = person;
  }

  /** The person whose facts were filled in, or {@code null}. */
  public Long getPersonId() {
    return personId;
  }

  public String getPersonName() {
    return personName;
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

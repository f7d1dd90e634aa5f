package no.imdi.grants.rules;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.imdi.grants.calendar.Holiday;
import no.imdi.grants.calendar.NorwegianHolidays;
import no.imdi.grants.complaint.ComplaintDeadline;
import no.imdi.grants.complaint.RollForwardSetting;
import no.imdi.grants.disability.DisabilityGrantSchedule;
import no.imdi.grants.disability.Schedule;
import no.imdi.grants.disability.cost.ContributionZone;
import no.imdi.grants.disability.cost.CostCalculation;
import no.imdi.grants.disability.cost.CostCalculator;
import no.imdi.grants.disability.cost.Measure;
import no.imdi.grants.disability.documentation.DocumentationCase;
import no.imdi.grants.disability.documentation.DocumentationChecklist;
import no.imdi.grants.disability.documentation.DocumentationRules;
import no.imdi.grants.integrationgrant.IntegrationGrantCalculator;
import no.imdi.grants.integrationgrant.IntegrationGrantSchedule;
import no.imdi.grants.integrationgrant.LimitationPeriod;
import no.imdi.grants.integrationgrant.SettledPerson;
import no.imdi.grants.rate.RateBook;
import no.imdi.grants.settings.SettingsBook;
import no.imdi.grants.shared.FieldProblem;
import no.imdi.grants.shared.InvalidInputException;
import no.imdi.grants.shared.Reasoned;

/**
 * The rules of the rule book as read-only answers for anyone, logged in or not: public holidays,
 * the complaint deadline (R-AP-3), the disability grant schedule (T1/T2), the integration grant
 * schedule (R-IG, R-EM), cost calculations (R-COST-7), the documentation checklist (R-DOC) and the
 * limitation date (R-IG-7). Rates come from the stored rate table and [verify] facts from the
 * stored settings; nothing is written and no personal data is kept. Bad input is refused with an
 * {@link InvalidInputException} naming each faulty field.
 */
@Stateless
@PermitAll
public class RulesService {

  @Inject private RateBook rateBook;
  @Inject private SettingsBook settingsBook;

  /** The public holidays of a year in 1900-2199, one per date. */
  public List<Holiday> holidays(int year) {
    if (year < NorwegianHolidays.FIRST_YEAR || year > NorwegianHolidays.LAST_YEAR) {
      throw new InvalidInputException(
          List.of(
              FieldProblem.of(
                  "year",
                  "rules.year.range",
                  String.valueOf(NorwegianHolidays.FIRST_YEAR),
                  String.valueOf(NorwegianHolidays.LAST_YEAR))));
    }
    return NorwegianHolidays.of(year);
  }

  /** R-AP-3 with the stored roll-forward setting. */
  public ComplaintDeadline complaintDeadline(LocalDate noticeReceived) {
    RuleInputs.requireNone(RuleInputs.dateProblems("noticeReceived", noticeReceived));
    RollForwardSetting setting = settingsBook.complaintRollForward();
    return RuleInputs.guard(
        "noticeReceived", () -> ComplaintDeadline.forNotice(noticeReceived, setting));
  }

  /** R-IG-7: the last day a claim arising on the day can be made. */
  public Reasoned<LocalDate> limitationDate(LocalDate claimArises) {
    RuleInputs.requireNone(RuleInputs.dateProblems("claimArises", claimArises));
    return RuleInputs.guard("claimArises", () -> LimitationPeriod.limitationDate(claimArises));
  }

  /** The disability grant (T1/T2) schedule with the stored rates. */
  public Schedule disabilitySchedule(PersonFacts facts) {
    RuleInputs.requireNone(RuleInputs.disabilityProblems(facts));
    return disability(facts);
  }

  /** The integration grant schedule with the stored rates and settings. */
  public IntegrationGrantSchedule integrationGrantSchedule(PersonFacts facts) {
    RuleInputs.requireNone(RuleInputs.integrationProblems(facts));
    return integration(facts);
  }

  /** R-COST-7: the cost calculation of measures in a contribution zone. */
  public CostCalculation costCalculation(ContributionZone zone, List<Measure> measures) {
    return RuleInputs.guard("measures", () -> new CostCalculator().calculate(zone, measures));
  }

  /** R-DOC: the documentation checklist of a T1 or T2 application. */
  public DocumentationChecklist documentationChecklist(DocumentationCase documentationCase) {
    return RuleInputs.guard(
        "grantType", () -> new DocumentationRules().checklist(documentationCase));
  }

  /**
   * Everything the calculator page shows for a person and a notice date, with every problem of the
   * input at once.
   */
  public CalculatorAnswer calculate(CalculatorQuery query) {
    List<FieldProblem> problems = new ArrayList<>();
    PersonFacts person = query.person();
    if (query.hasPerson()) {
      problems.addAll(RuleInputs.disabilityProblems(person));
      problems.addAll(RuleInputs.integrationProblems(person));
    } else if (query.complaintNoticeReceived() == null) {
      problems.add(FieldProblem.of("settlementDate", "rules.calculator.empty"));
    }
    if (query.complaintNoticeReceived() != null) {
      problems.addAll(
          RuleInputs.dateProblems("complaintNoticeReceived", query.complaintNoticeReceived()));
    }
    RuleInputs.requireNone(problems);
    ComplaintDeadline complaint =
        query.complaintNoticeReceived() == null
            ? null
            : RuleInputs.guard(
                "complaintNoticeReceived",
                () ->
                    ComplaintDeadline.forNotice(
                        query.complaintNoticeReceived(), settingsBook.complaintRollForward()));
    if (!query.hasPerson()) {
      return new CalculatorAnswer(null, null, null, null, complaint);
    }
    SettledPerson settled = RuleInputs.settledPerson(person);
    LocalDate claimArises = settled.effectiveRegistrationDate();
    return new CalculatorAnswer(
        disability(person),
        integration(person),
        claimArises,
        RuleInputs.guard("settlementDate", () -> LimitationPeriod.limitationDate(claimArises)),
        complaint);
  }

  private Schedule disability(PersonFacts facts) {
    return RuleInputs.guard(
        "settlementDate",
        () ->
            new DisabilityGrantSchedule(rateBook.table())
                .scheduleFor(RuleInputs.settlementFacts(facts)));
  }

  private IntegrationGrantSchedule integration(PersonFacts facts) {
    return RuleInputs.guard(
        "settlementDate",
        () ->
            new IntegrationGrantCalculator(rateBook.table(), settingsBook.integrationGrant())
                .schedule(RuleInputs.settledPerson(facts)));
  }
}

package no.imdi.grants.disability.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.imdi.grants.casefile.CaseMessage;
import no.imdi.grants.disability.DeadlineCheck;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.disability.Timeliness;
import no.imdi.grants.disability.cost.CostCalculation;
import no.imdi.grants.disability.cost.CostCalculator;
import no.imdi.grants.disability.cost.CostThresholds;
import no.imdi.grants.disability.cost.Measure;
import no.imdi.grants.disability.documentation.DocumentationCase;
import no.imdi.grants.disability.documentation.DocumentationChecklist;
import no.imdi.grants.disability.documentation.DocumentationRules;
import no.imdi.grants.disability.documentation.GrantType;
import no.imdi.grants.disability.documentation.Requirement;

/**
 * The checks made when an application is submitted, each finding with its rule id: what may be
 * applied for (R-T1-1, R-T1-2, R-T2-1, R-T-1, R-DL-3, R-T2-5); the health information (R-T-TG-2);
 * the measures, their cost calculation and its threshold (R-DOC-3, R-COST-3, R-COST-5..7, R-T1-1,
 * R-T2-1: below it the submission is refused); the consent (R-DOC-1, R-DOC-9); the documentation
 * checklist (R-DOC-2, R-DOC-4..7, R-REP-2: a missing document is a warning); and the deadline
 * (R-DL-6: late without a granted later deadline is accepted but flagged for dismissal).
 */
final class SubmissionRules {

  private final Application application;
  private final SubmissionContext context;
  private final List<SubmitProblem> problems = new ArrayList<>();

  private SubmissionRules(Application application, SubmissionContext context) {
    this.application = application;
    this.context = context;
  }

  static SubmissionCheck check(Application application, SubmissionContext context) {
    return new SubmissionRules(application, context).run();
  }

  /** The R-DOC checklist of the application as the submit check reads it. */
  static DocumentationChecklist checklist(Application application, SubmissionContext context) {
    return new DocumentationRules()
        .checklist(new SubmissionRules(application, context).documentationCase());
  }

  private SubmissionCheck run() {
    if (context.eligibility() != null) {
      problems.add(SubmitProblem.refusing(context.eligibility()));
    }
    conversion();
    health();
    CostCalculation costs = costs();
    consent();
    checklist();
    Timeliness timeliness = deadline();
    LocalDate counted = countedDeadline();
    return new SubmissionCheck(problems, costs, timeliness, counted);
  }

  private void conversion() {
    if (application.isConversion()
        && (context.conversionPeriod() == null
            || !context.conversionPeriod().contains(context.receivedOn()))) {
      LocalDate end = context.conversionPeriod() == null ? null : context.conversionPeriod().end();
      add(Severity.REFUSED, CaseMessage.CONVERSION_PERIOD_ENDED, end, context.receivedOn());
    }
  }

  private void health() {
    HealthInformation health = application.health();
    if (!health.described()) {
      add(Severity.REFUSED, CaseMessage.SUBMIT_HEALTH_MISSING);
    }
    if (!Boolean.TRUE.equals(health.aroseBeforeSettlement())) {
      add(Severity.WARNING, CaseMessage.SUBMIT_AROSE_BEFORE_SETTLEMENT);
    }
  }

  private CostCalculation costs() {
    List<ApplicationMeasure> measures = application.getMeasures();
    if (measures.isEmpty()) {
      add(Severity.REFUSED, CaseMessage.SUBMIT_MEASURES_MISSING);
      return null;
    }
    for (ApplicationMeasure measure : measures) {
      if (measure.getOtherFunding() == null) {
        add(Severity.WARNING, CaseMessage.SUBMIT_OTHER_FUNDING, measure.getName());
      }
      if (context.unaccompaniedMinor() && measure.getBeyondEmGrant() == null) {
        add(Severity.WARNING, CaseMessage.SUBMIT_BEYOND_EM_GRANT, measure.getName());
      }
    }
    if (application.details().zone() == null) {
      add(Severity.REFUSED, CaseMessage.SUBMIT_ZONE_MISSING);
      return null;
    }
    CostCalculation costs;
    try {
      List<Measure> input = measures.stream().map(ApplicationMeasure::toMeasure).toList();
      costs = new CostCalculator().calculate(application.details().zone(), input);
    } catch (IllegalArgumentException e) {
      add(Severity.REFUSED, CaseMessage.SUBMIT_COSTS_INVALID, e.getMessage());
      return null;
    }
    if (application.getKind() == GrantKind.T1 && !costs.meetsT1Threshold()) {
      add(
          Severity.REFUSED,
          CaseMessage.SUBMIT_T1_THRESHOLD,
          costs.total(),
          CostThresholds.R_T1_1_MINIMUM_COSTS);
    }
    if (application.getKind() == GrantKind.T2 && !costs.meetsT2Threshold()) {
      add(
          Severity.REFUSED,
          CaseMessage.SUBMIT_T2_THRESHOLD,
          costs.total(),
          CostThresholds.R_T2_1_MINIMUM_COSTS);
    }
    return costs;
  }

  private void consent() {
    Severity weight = context.missingConsentRefuses() ? Severity.REFUSED : Severity.WARNING;
    if (!application.has(DocumentKind.CONSENT)) {
      add(weight, CaseMessage.SUBMIT_CONSENT_MISSING);
    }
    if (application.details().consentNames() == null) {
      add(weight, CaseMessage.SUBMIT_CONSENT_NAMES_MISSING);
    }
    if (Boolean.TRUE.equals(application.details().newHealthInformation())
        && !application.has(DocumentKind.NEW_CONSENT)) {
      add(weight, CaseMessage.SUBMIT_NEW_CONSENT_MISSING);
    }
  }

  private void checklist() {
    DocumentationChecklist list = new DocumentationRules().checklist(documentationCase());
    requirement(list, "R-DOC-2")
        .ifRequired(DocumentKind.HEALTH_DOCUMENTATION, CaseMessage.SUBMIT_HEALTH_DOCUMENTATION);
    if (application.getKind() == GrantKind.T2) {
      if (application.getBasis() == ReportingBasis.ACCOUNTS) {
        requirement(list, "R-DOC-4")
            .ifRequired(DocumentKind.ACCOUNTS_REPORT, CaseMessage.SUBMIT_ACCOUNTS_MISSING);
      } else {
        requirement(list, "R-DOC-4")
            .ifRequired(DocumentKind.BUDGET, CaseMessage.SUBMIT_BUDGET_MISSING);
      }
    }
    requirement(list, "R-DOC-5")
        .ifRequired(DocumentKind.INDIVIDUAL_DECISION, CaseMessage.SUBMIT_INDIVIDUAL_DECISIONS)
        .ifUnanswered(CaseMessage.SUBMIT_INDIVIDUAL_DECISIONS_UNANSWERED);
    requirement(list, "R-DOC-6")
        .ifRequired(DocumentKind.PPT_ASSESSMENT, CaseMessage.SUBMIT_PPT_MISSING)
        .ifUnanswered(CaseMessage.SUBMIT_PEDAGOGICAL_UNANSWERED);
    requirement(list, "R-DOC-9").ifUnanswered(CaseMessage.SUBMIT_NEW_HEALTH_UNANSWERED);
  }

  private DocumentationCase documentationCase() {
    GrantType type = GrantType.valueOf(application.getKind().name());
    boolean specialist = type == GrantType.T2 && context.t2GrantedOnSpecialistAssessment();
    return new DocumentationCase(
        type,
        application.getGrantYear(),
        application.details().pedagogicalMeasures(),
        application.details().servicesNeedingIndividualDecision(),
        specialist,
        specialist && context.impairmentNotLastingOrTentative(),
        application.details().newHealthInformation());
  }

  private Timeliness deadline() {
    if (application.isConversion()) {
      return null;
    }
    if (context.deadline() == null) {
      add(Severity.REFUSED, CaseMessage.SUBMIT_NO_DEADLINE, application.getGrantYear());
      return null;
    }
    LocalDate extension = extension();
    Timeliness timeliness =
        DeadlineCheck.application(context.deadline(), extension, context.receivedOn()).value();
    if (timeliness == Timeliness.TO_BE_DISMISSED && extension == null) {
      add(Severity.NOTICE, CaseMessage.SUBMIT_LATE, context.receivedOn(), context.deadline());
    } else if (timeliness == Timeliness.TO_BE_DISMISSED) {
      add(
          Severity.NOTICE,
          CaseMessage.SUBMIT_LATE_AFTER_EXTENSION,
          context.receivedOn(),
          extension,
          context.deadline());
    }
    return timeliness;
  }

  /** A granted later deadline counts only when it is later than the deadline (R-DL-5). */
  private LocalDate extension() {
    LocalDate granted = context.grantedExtension();
    return granted != null && granted.isAfter(context.deadline()) ? granted : null;
  }

  private LocalDate countedDeadline() {
    if (application.isConversion() || context.deadline() == null) {
      return null;
    }
    LocalDate extension = extension();
    return extension == null ? context.deadline() : extension;
  }

  private Item requirement(DocumentationChecklist list, String rule) {
    Requirement requirement =
        list.item(rule).map(i -> i.requirement()).orElse(Requirement.NOT_REQUIRED);
    return new Item(requirement);
  }

  private void add(Severity severity, CaseMessage message, Object... arguments) {
    problems.add(SubmitProblem.of(severity, message, arguments));
  }

  /** A checklist item's requirement, turned into warnings. */
  private final class Item {
    private final Requirement requirement;

    Item(Requirement requirement) {
      this.requirement = requirement;
    }

    Item ifRequired(DocumentKind kind, CaseMessage missing) {
      if (requirement == Requirement.REQUIRED && !application.has(kind)) {
        add(Severity.WARNING, missing);
      }
      return this;
    }

    Item ifUnanswered(CaseMessage unanswered) {
      if (requirement == Requirement.IF_RELEVANT) {
        add(Severity.WARNING, unanswered);
      }
      return this;
    }
  }
}

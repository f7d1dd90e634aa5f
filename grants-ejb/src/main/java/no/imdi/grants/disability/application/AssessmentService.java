package no.imdi.grants.disability.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.imdi.grants.audit.AccessLog;
import no.imdi.grants.casefile.CaseFile;
import no.imdi.grants.casefile.CaseRefusals;
import no.imdi.grants.casefile.CaseView;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.disability.DeadlineCheck;
import no.imdi.grants.disability.SettlementFacts;
import no.imdi.grants.disability.TargetGroup;
import no.imdi.grants.disability.Timeliness;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.security.MunicipalityScope;
import no.imdi.grants.security.RefusalAudit;
import no.imdi.grants.security.Role;
import no.imdi.grants.settlement.SettlementRepository;
import no.imdi.grants.shared.Nok;
import no.imdi.grants.shared.Reasoned;

/**
 * The rule checks of IMDi's assessment of an application, each with pass or fail and its reasons:
 * the target group (R-T-TG-1..3; R-T-TG-2 is the officer's judgement and stays open until made),
 * the deadline that counted (R-DL-1..6, a granted later one per R-DL-5), the threshold and the most
 * that can be granted (R-T1-1, R-T2-1, R-COST-7, R-RATE-1..2), and what may be applied for in the
 * grant year given the case's grants (R-T1-1, R-T1-2, R-T2-1..5, R-T-1, R-DL-3). Reading the
 * person's facts for it is written to the access log.
 */
@Stateless
@Interceptors({RefusalAudit.class, CaseRefusals.class})
@RolesAllowed({Role.IMDI_CASEWORKER_NAME, Role.IMDI_APPROVER_NAME})
public class AssessmentService {

  @Inject private CurrentUser currentUser;
  @Inject private ApplicationRepository applications;
  @Inject private SettlementRepository settlements;
  @Inject private CaseFacts facts;
  @Inject private AccessLog accessLog;

  public AssessmentService() {}

  public AssessmentService(
      CurrentUser currentUser,
      ApplicationRepository applications,
      SettlementRepository settlements,
      CaseFacts facts,
      AccessLog accessLog) {
    this.currentUser = currentUser;
    this.applications = applications;
    this.settlements = settlements;
    this.facts = facts;
    this.accessLog = accessLog;
  }

  public AssessmentView assessment(long applicationId) {
    MunicipalityScope scope = currentUser.caseScope();
    Application application =
        applications
            .find(scope, applicationId)
            .orElseThrow(
                () -> new AccessDeniedException("No application " + applicationId + " in scope"));
    CaseFile caseFile = application.getCaseFile();
    SettlementFacts person = facts.facts(caseFile);
    accessLog.recordRead(
        currentUser.username(),
        caseFile.getPerson().getId(),
        "Vurdering av søknad " + applicationId + ", sak " + caseFile.getNumber());
    String municipality =
        settlements
            .findByPerson(scope, caseFile.getPerson().getId())
            .map(s -> s.getMunicipality().getLabel())
            .orElse("");
    int maxT2 = facts.maxT2Years(person);
    List<RuleCheck> checks = new ArrayList<>();
    Reasoned<Boolean> group = TargetGroup.assess(person);
    checks.add(RuleCheck.of("targetGroup", group.value(), group.explanation()));
    deadline(application, caseFile).ifPresent(checks::add);
    if (application.isSupplement()) {
      checks.add(supplement(application, person));
    } else {
      checks.add(threshold(application, person));
      Optional<Refusal> refused =
          ApplicationEligibility.check(
              application.getKind(),
              application.getGrantYear(),
              maxT2,
              facts.history(scope, caseFile).priorGrants(application));
      checks.add(
          refused
              .map(
                  r ->
                      RuleCheck.of(
                          "limits", r.rule(), false, r.messageKey(), r.arguments().toArray()))
              .orElseGet(
                  () ->
                      RuleCheck.of(
                          "limits",
                          "R-T1-1, R-T1-2, R-T2-1, R-T-1, R-DL-3",
                          true,
                          "assessment.check.limitsPassed",
                          application.getKind(),
                          application.getGrantYear(),
                          maxT2)));
    }
    return new AssessmentView(
        CaseView.of(caseFile),
        caseFile.getPerson().getBirthDate(),
        person.referenceDate().date(),
        person.childBornAfterMotherSettled(),
        municipality,
        person.unaccompaniedMinor(),
        person.udiHousing(),
        maxT2,
        List.copyOf(checks));
  }

  private Optional<RuleCheck> deadline(Application application, CaseFile caseFile) {
    Submission submission = application.getSubmission();
    if (submission == null || submission.receivedOn() == null) {
      return Optional.empty();
    }
    if (submission.deadline() == null) {
      return Optional.of(
          RuleCheck.of(
              "deadline",
              "R-DL-3",
              false,
              "assessment.check.noDeadline",
              application.getGrantYear()));
    }
    java.time.LocalDate extension =
        facts
            .grantedExtension(caseFile, application.getGrantYear())
            .filter(d -> d.isAfter(submission.deadline()))
            .orElse(null);
    Reasoned<Timeliness> timely =
        DeadlineCheck.application(submission.deadline(), extension, submission.receivedOn());
    return Optional.of(
        RuleCheck.of("deadline", timely.value() == Timeliness.IN_TIME, timely.explanation()));
  }

  /**
   * R-REP-3: a supplement decides the overrun claimed on a granted T2 (the threshold and the grant
   * year were checked by that grant); what it may grant is the claim within the T2 cap (R-T2-1).
   */
  private RuleCheck supplement(Application application, SettlementFacts person) {
    DecisionLimits limits = DecisionLimits.of(application, facts.rate(person, application));
    Reasoned<Nok> maximum = limits.maximum(limits.allMeasures());
    return RuleCheck.of("supplement", maximum.value() != null, maximum.explanation());
  }

  private RuleCheck threshold(Application application, SettlementFacts person) {
    if (application.details().zone() == null || application.getMeasures().isEmpty()) {
      return RuleCheck.of(
          "threshold", "R-COST-7", false, "assessment.check.noCosts", application.getKind());
    }
    DecisionLimits limits = DecisionLimits.of(application, facts.rate(person, application));
    Reasoned<Nok> maximum = limits.maximum(limits.allMeasures());
    return RuleCheck.of(
        "threshold",
        limits.meetsThreshold(limits.allMeasures()) && maximum.value() != null,
        maximum.explanation());
  }
}

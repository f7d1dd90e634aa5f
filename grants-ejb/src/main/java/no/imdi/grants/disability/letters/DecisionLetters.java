package no.imdi.grants.disability.letters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.imdi.grants.casefile.CaseFile;
import no.imdi.grants.complaint.ComplaintDeadline;
import no.imdi.grants.disability.AccountsReportDue;
import no.imdi.grants.disability.DeadlineCheck;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.disability.GrantPayout;
import no.imdi.grants.disability.GrantYear;
import no.imdi.grants.disability.PayoutSetting;
import no.imdi.grants.disability.SettlementFacts;
import no.imdi.grants.disability.application.Application;
import no.imdi.grants.disability.application.CaseFacts;
import no.imdi.grants.disability.application.Decision;
import no.imdi.grants.disability.application.DecisionLimits;
import no.imdi.grants.disability.application.DecisionOutcome;
import no.imdi.grants.disability.application.GrantedMeasure;
import no.imdi.grants.disability.application.Submission;
import no.imdi.grants.letter.ConversionReply;
import no.imdi.grants.letter.DatedFact;
import no.imdi.grants.letter.DismissalLetter;
import no.imdi.grants.letter.GrantLetter;
import no.imdi.grants.letter.GrantSubject;
import no.imdi.grants.letter.LetterContent;
import no.imdi.grants.letter.MeasureAmount;
import no.imdi.grants.letter.Reason;
import no.imdi.grants.letter.RefusalLetter;
import no.imdi.grants.settings.SettingsBook;
import no.imdi.grants.shared.Nok;
import no.imdi.grants.shared.Reasoned;

/**
 * The content of the letter an approved decision is told by (R-DEC-1), from the decision and the
 * rules' own answers: a grant letter with the measures, the amount, the instalment it is paid in
 * (R-PAY-1, R-PAY-2, a setting) and for T2 the accounts report's due date (R-REP-1); a refusal with
 * its reasons; a dismissal with the rule and the dates it rests on and the complaint deadline
 * counted from the day the letter reaches the municipality (R-DL-6, R-AP-2, R-AP-3); and for a
 * conversion (R-T2-5) the reply with the T1 amount deducted.
 */
@ApplicationScoped
public class DecisionLetters {

  @Inject private CaseFacts facts;
  @Inject private SettingsBook settings;

  protected DecisionLetters() {}

  public DecisionLetters(CaseFacts facts, SettingsBook settings) {
    this.facts = facts;
    this.settings = settings;
  }

  /** The letter's content for the approved decision, dated (and delivered) on the day. */
  public LetterContent content(Decision decision, Decision t1Granted, LocalDate letterDate) {
    Application application = decision.getApplication();
    SettlementFacts person = facts.facts(application.getCaseFile());
    GrantYear year = GrantYear.of(person.referenceDate().date(), application.getGrantYear());
    Submission submission = application.getSubmission();
    LocalDate received =
        submission == null || submission.receivedOn() == null
            ? letterDate
            : submission.receivedOn();
    GrantSubject subject = new GrantSubject(application.getKind(), year, received);
    return switch (decision.getOutcome()) {
      case GRANTED, PARTLY_GRANTED -> grant(decision, subject, t1Granted, letterDate);
      case REFUSED ->
          application.isConversion()
              ? ConversionReply.refused(subject, t1Paid(t1Granted), officerReasons(decision))
              : new RefusalLetter(subject, officerReasons(decision));
      case DISMISSED -> dismissal(decision, subject, person, letterDate);
    };
  }

  private LetterContent grant(
      Decision decision, GrantSubject subject, Decision t1Granted, LocalDate letterDate) {
    Application application = decision.getApplication();
    DecisionLimits limits =
        DecisionLimits.of(
            application, facts.rate(facts.facts(application.getCaseFile()), application));
    Set<Integer> granted =
        decision.getGrantedMeasures().stream()
            .map(GrantedMeasure::position)
            .collect(Collectors.toSet());
    List<MeasureAmount> measures = new ArrayList<>();
    if (application.isSupplement()) {
      // R-REP-3: the additional decision grants the claimed overrun, not measures of its own
      measures.add(
          new MeasureAmount(
              "Merkostnader krevd med regnskapsrapporten (R-REP-3)",
              application.supplement().claim(),
              limits.maximum(granted).value()));
    }
    for (int position : limits.allMeasures()) {
      Nok applied = limits.measure(position).total();
      measures.add(
          new MeasureAmount(
              limits.measure(position).name(),
              applied,
              granted.contains(position) ? applied : Nok.ZERO));
    }
    List<Reason> reasons = new ArrayList<>();
    reasons.add(Reason.of(limits.maximum(granted).explanation()));
    reasons.addAll(optionalReason(decision));
    Nok amount = decision.getAmount();
    GrantKind kind = application.getKind();
    PayoutSetting payout = settings.payout();
    var report =
        application.isSupplement()
            ? Reasoned.<LocalDate>of(null, "R-REP-2", "rep3.supplement.noReport")
            : AccountsReportDue.of(kind, subject.grantYear().period());
    if (application.isConversion()) {
      Nok t1 = t1Paid(t1Granted);
      return ConversionReply.granted(
          subject,
          t1,
          measures,
          amount,
          reasons,
          GrantPayout.afterDecision(kind, letterDate, amount.minus(t1), payout),
          report);
    }
    return new GrantLetter(
        subject,
        measures,
        amount,
        decision.getOutcome() == DecisionOutcome.PARTLY_GRANTED,
        reasons,
        GrantPayout.afterDecision(kind, letterDate, amount, payout),
        report);
  }

  private DismissalLetter dismissal(
      Decision decision, GrantSubject subject, SettlementFacts person, LocalDate letterDate) {
    Application application = decision.getApplication();
    CaseFile caseFile = application.getCaseFile();
    Submission submission = application.getSubmission();
    String rule = decision.getDismissalRule() == null ? "R-DEC-1" : decision.getDismissalRule();
    List<DatedFact> dates = new ArrayList<>();
    dates.add(new DatedFact(settledLabel(person), person.referenceDate().date()));
    Reason because = new Reason(rule, decision.getReason());
    LocalDate deadline = submission == null ? null : submission.deadline();
    if (deadline != null) {
      LocalDate extension =
          facts
              .grantedExtension(caseFile, application.getGrantYear())
              .filter(d -> d.isAfter(deadline))
              .orElse(null);
      dates.add(new DatedFact("Søknadsfrist (R-DL-1, R-DL-2)", deadline));
      if (extension != null) {
        dates.add(new DatedFact("Utsatt søknadsfrist (R-DL-5)", extension));
      }
      if ("R-DL-6".equals(rule)) {
        because =
            Reason.of(
                DeadlineCheck.application(deadline, extension, subject.received()).explanation());
      }
    }
    dates.add(new DatedFact("Søknaden kom inn", subject.received()));
    return new DismissalLetter(
        subject,
        because,
        dates,
        officerReasons(decision),
        ComplaintDeadline.forNotice(letterDate, settings.complaintRollForward()));
  }

  private static String settledLabel(SettlementFacts person) {
    return person.childBornAfterMotherSettled()
        ? "Født (R-T-TG-3, R-DL-4)"
        : "Bosatt i kommunen (R-GY-1)";
  }

  private static List<Reason> officerReasons(Decision decision) {
    List<Reason> reasons = optionalReason(decision);
    return reasons.isEmpty()
        ? List.of(new Reason("R-DEC-1", "IMDi har vurdert søknaden og dokumentasjonen samlet."))
        : reasons;
  }

  private static List<Reason> optionalReason(Decision decision) {
    String reason = decision.getReason();
    return reason == null || reason.isBlank() ? List.of() : List.of(new Reason("R-DEC-1", reason));
  }

  private static Nok t1Paid(Decision t1Granted) {
    return t1Granted == null || t1Granted.getAmount() == null ? Nok.ZERO : t1Granted.getAmount();
  }
}

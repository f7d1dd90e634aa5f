package no.imdi.grants.letter;

import static no.imdi.grants.shared.Formats.date;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import no.imdi.grants.complaint.ComplaintDeadline;
import no.imdi.grants.complaint.DecisionKind;
import no.imdi.grants.complaint.MinistryOutcome;
import no.imdi.grants.integrationgrant.Instalment;
import no.imdi.grants.letter.LetterView.AccountsOutcomeView;
import no.imdi.grants.letter.LetterView.ComplaintLetterView;
import no.imdi.grants.letter.LetterView.ComplaintView;
import no.imdi.grants.letter.LetterView.ConversionView;
import no.imdi.grants.letter.LetterView.DismissalView;
import no.imdi.grants.letter.LetterView.ExtensionView;
import no.imdi.grants.letter.LetterView.FactView;
import no.imdi.grants.letter.LetterView.GrantView;
import no.imdi.grants.letter.LetterView.InstalmentView;
import no.imdi.grants.letter.LetterView.MeasureView;
import no.imdi.grants.letter.LetterView.PayoutView;
import no.imdi.grants.letter.LetterView.ReasonView;
import no.imdi.grants.letter.LetterView.RefusalView;
import no.imdi.grants.letter.LetterView.ReportView;
import no.imdi.grants.letter.LetterView.ReportedMeasureView;
import no.imdi.grants.shared.Nok;
import no.imdi.grants.shared.Reasoned;

/**
 * Turns a {@link LetterModel} into the {@link LetterView} its template sees. Whether the letter
 * tells of a complaint right follows from the decision it notifies (R-AP-1, R-AP-2), not from the
 * template.
 */
final class LetterViews {

  private LetterViews() {}

  static LetterView of(LetterModel letter) {
    LetterContent content = letter.content();
    GrantSubject subject = content.subject();
    boolean individual = content.decision().map(DecisionKind::isIndividualDecision).orElse(false);
    boolean grantDecision = content.decision().isPresent() && !individual;
    Letterhead head = letter.letterhead();
    Recipient to = letter.recipient();
    return new LetterView(
        letter.title(),
        letter.kind().title(),
        head.name(),
        head.shortName(),
        String.join(", ", head.postalAddress()),
        String.join(", ", head.visitingAddress()),
        head.email(),
        to.name(),
        to.addressLines(),
        letter.caseNumber(),
        date(letter.letterDate()),
        letter.ourReference(),
        letter.yourReference(),
        letter.person().initials() + ", født " + date(letter.person().birthDate()),
        subject.grantKind().name(),
        String.valueOf(subject.grantYear().number()),
        subject.grantYear().period().toString(),
        date(subject.received()),
        content(content),
        complaintSection(content, individual),
        grantDecision,
        letter.signatories().preparer(),
        letter.signatories().approver(),
        letter.signatories().single());
  }

  private static ComplaintView complaintSection(LetterContent content, boolean individual) {
    if (!individual) {
      return null;
    }
    if (content instanceof DismissalLetter dismissal) {
      return complaint(dismissal.complaintDeadline());
    }
    if (content instanceof ComplaintLetterContent letter) {
      return complaint(letter.complaintDeadline());
    }
    return null;
  }

  private static ComplaintLetterView complaintLetter(ComplaintLetterContent c) {
    MinistryOutcome outcome = c.outcome();
    return new ComplaintLetterView(
        date(c.decidedOn()),
        date(c.complaintSent()),
        c.late(),
        !c.reasons().isEmpty(),
        reasons(c.reasons()),
        !c.text().isBlank(),
        c.text(),
        c.expectedBy() != null,
        c.expectedBy() == null ? "" : date(c.expectedBy()),
        outcome == MinistryOutcome.DISMISSED,
        outcome == MinistryOutcome.UPHELD,
        outcome == MinistryOutcome.CHANGED,
        outcome == MinistryOutcome.ANNULLED,
        c.municipality());
  }

  private static Object content(LetterContent content) {
    if (content instanceof ComplaintLetterContent complaint) {
      return complaintLetter(complaint);
    }
    if (content instanceof GrantLetter grant) {
      return grant(
          grant.partly(),
          grant.measures(),
          grant.granted(),
          grant.reasons(),
          grant.payout(),
          grant.accountsReport());
    }
    if (content instanceof RefusalLetter refusal) {
      return new RefusalView(reasons(refusal.reasons()));
    }
    if (content instanceof DismissalLetter dismissal) {
      return new DismissalView(
          reason(dismissal.rule()),
          dismissal.facts().stream().map(f -> new FactView(f.what(), date(f.date()))).toList(),
          !dismissal.reasons().isEmpty(),
          reasons(dismissal.reasons()));
    }
    if (content instanceof ExtensionReply reply) {
      return new ExtensionView(
          reply.isGranted(),
          date(reply.originalDeadline()),
          date(reply.newDeadline()),
          !reply.reasons().isEmpty(),
          reasons(reply.reasons()));
    }
    if (content instanceof AccountsOutcomeLetter outcome) {
      return accountsOutcome(outcome);
    }
    ConversionReply reply = (ConversionReply) content;
    return new ConversionView(
        reply.isGranted(),
        reply.t1Paid().toString(),
        reply.isGranted() ? reply.t2Granted().toString() : "",
        reply.toPay().toString(),
        reply.isGranted()
            ? grant(
                false,
                reply.measures(),
                reply.t2Granted(),
                reply.reasons(),
                reply.payout(),
                reply.accountsReport())
            : null,
        reasons(reply.reasons()));
  }

  private static GrantView grant(
      boolean partly,
      List<MeasureAmount> measures,
      Nok granted,
      List<Reason> reasons,
      Reasoned<List<Instalment>> payout,
      Reasoned<LocalDate> report) {
    return new GrantView(
        partly,
        measures.stream()
            .map(m -> new MeasureView(m.measure(), m.applied().toString(), m.approved().toString()))
            .toList(),
        GrantLetter.total(measures, MeasureAmount::applied).toString(),
        GrantLetter.total(measures, MeasureAmount::approved).toString(),
        granted.toString(),
        !reasons.isEmpty(),
        reasons(reasons),
        new PayoutView(
            payout.value().stream()
                .map(
                    line ->
                        new InstalmentView(
                            date(line.basisDate()), line.payout(), line.amount().toString()))
                .toList(),
            payout.explanation().norwegian()),
        new ReportView(date(report.value()), report.explanation().norwegian()));
  }

  private static AccountsOutcomeView accountsOutcome(AccountsOutcomeLetter o) {
    return new AccountsOutcomeView(
        o.measures().stream()
            .map(
                m ->
                    new ReportedMeasureView(
                        m.measure(), m.granted().toString(), m.actual().toString(), m.counted()))
            .toList(),
        o.granted().toString(),
        o.reported().toString(),
        o.eligible().toString(),
        o.recovery().toString(),
        o.recovers(),
        o.fullRecovery(),
        o.claimedOverrun().compareTo(Nok.ZERO) > 0,
        o.claimedOverrun().toString(),
        reasons(o.reasons()),
        o.instalmentBasis() == null ? "" : date(o.instalmentBasis()),
        o.instalmentPayout() == null ? "" : o.instalmentPayout());
  }

  private static ComplaintView complaint(ComplaintDeadline deadline) {
    return new ComplaintView(
        date(deadline.noticeReceived()),
        date(deadline.deadline()),
        deadline.explanation().norwegian());
  }

  private static List<ReasonView> reasons(List<Reason> reasons) {
    return reasons.stream().map(LetterViews::reason).toList();
  }

  /** The reason's sentence, with the rule ids it does not cite itself added before its stop. */
  private static ReasonView reason(Reason reason) {
    String text = reason.text().strip();
    String missing =
        Arrays.stream(reason.rule().split(",\\s*"))
            .filter(rule -> !text.contains(rule))
            .collect(Collectors.joining(", "));
    if (missing.isEmpty()) {
      return new ReasonView(reason.rule(), text);
    }
    return new ReasonView(
        reason.rule(),
        text.endsWith(".")
            ? text.substring(0, text.length() - 1) + " (" + missing + ")."
            : text + " (" + missing + ")");
  }
}

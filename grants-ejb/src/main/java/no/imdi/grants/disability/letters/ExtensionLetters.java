package no.imdi.grants.disability.letters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.imdi.grants.disability.DeadlineCheck;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.disability.GrantYear;
import no.imdi.grants.disability.SettlementFacts;
import no.imdi.grants.disability.application.Application;
import no.imdi.grants.disability.application.ApplicationRepository;
import no.imdi.grants.disability.application.CaseFacts;
import no.imdi.grants.disability.application.ExtensionRequest;
import no.imdi.grants.disability.application.ExtensionState;
import no.imdi.grants.letter.ExtensionReply;
import no.imdi.grants.letter.GrantSubject;
import no.imdi.grants.letter.Reason;
import no.imdi.grants.security.MunicipalityScope;

/**
 * The reply to a request for a later application deadline (*utsatt søknadsfrist*, R-DL-5): the
 * original deadline, the new one when granted, and why (the request arrived within the original
 * deadline, and IMDi's own reason). A request names a grant year, not a grant kind: the letter
 * names the kind of the case's latest application for that year, or T2 when there is none yet.
 */
@ApplicationScoped
public class ExtensionLetters {

  @Inject private CaseFacts facts;
  @Inject private ApplicationRepository applications;

  protected ExtensionLetters() {}

  public ExtensionLetters(CaseFacts facts, ApplicationRepository applications) {
    this.facts = facts;
    this.applications = applications;
  }

  public ExtensionReply content(ExtensionRequest request) {
    SettlementFacts person = facts.facts(request.getCaseFile());
    GrantKind kind =
        applications.ofCase(MunicipalityScope.ALL, request.getCaseFile().getId()).stream()
            .filter(a -> a.getGrantYear() == request.getGrantYear())
            .max(Comparator.comparing(Application::getCreatedAt))
            .map(Application::getKind)
            .orElse(GrantKind.T2);
    GrantSubject subject =
        new GrantSubject(
            kind,
            GrantYear.of(person.referenceDate().date(), request.getGrantYear()),
            request.getReceivedOn());
    List<Reason> reasons = new ArrayList<>();
    String own = request.getDecisionReason();
    if (request.getState() == ExtensionState.GRANTED) {
      reasons.add(
          Reason.of(
              DeadlineCheck.extensionRequestInTime(
                      request.getOriginalDeadline(), request.getReceivedOn())
                  .explanation()));
      if (own != null && !own.isBlank()) {
        reasons.add(new Reason("R-DL-5", own));
      }
      return ExtensionReply.granted(
          subject, request.getOriginalDeadline(), request.getGrantedDeadline(), reasons);
    }
    reasons.add(
        new Reason(
            "R-DL-5",
            own == null || own.isBlank() ? "IMDi har vurdert anmodningen og avslår den." : own));
    return ExtensionReply.refused(subject, request.getOriginalDeadline(), reasons);
  }
}

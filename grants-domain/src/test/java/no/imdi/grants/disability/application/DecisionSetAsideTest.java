package no.imdi.grants.disability.application;

import static no.imdi.grants.disability.application.Cases.APPROVER;
import static no.imdi.grants.disability.application.Cases.CASEWORKER;
import static no.imdi.grants.disability.application.Cases.MINISTRY;
import static no.imdi.grants.disability.application.Cases.MUNICIPALITY;
import static no.imdi.grants.disability.application.Cases.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.imdi.grants.casefile.CaseMessage;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.casefile.StateChange;
import no.imdi.grants.security.Actor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A dismissal set aside after a complaint (IMDi's reversal, R-AP-6; the ministry's change or
 * annulment, R-AP-7): it stays on record, the application goes back to assessment, and a new
 * decision goes through maker/checker again.
 */
class DecisionSetAsideTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"R-AP-6", "R-AP-7"})
  @DisplayName("R-AP-6 / R-AP-7 the contested decision is set aside and a new one is made")
  void setAsideAndDecideAgain(String rule) {
    Application application = Cases.assessed(no.imdi.grants.disability.GrantKind.T2, 1, 1000);
    Decision dismissal =
        Cases.prepare(application, DecisionDraft.dismiss("Kom etter fristen", "R-DL-6")).decision();
    dismissal.approve(APPROVER, T0, null);
    Actor by = rule.equals("R-AP-6") ? CASEWORKER : MINISTRY;

    assertThatThrownBy(() -> dismissal.setAside(MUNICIPALITY, T0, rule))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.reason()).isEqualTo(CaseMessage.ROLE_NOT_ALLOWED));
    StateChange<ApplicationState> change = dismissal.setAside(by, T0.plusSeconds(60), rule);

    assertThat(change.from()).isEqualTo(ApplicationState.DECIDED);
    assertThat(change.to()).isEqualTo(ApplicationState.UNDER_ASSESSMENT);
    assertThat(application.getOutcome()).isNull();
    assertThat(dismissal.isInForce()).isFalse();
    assertThat(dismissal.getSetAsideBy()).isEqualTo(by.username());
    assertThat(dismissal.getOutcome()).isEqualTo(DecisionOutcome.DISMISSED);
    assertThatThrownBy(() -> dismissal.setAside(by, T0, rule)).isInstanceOf(Refusal.class);

    Decision grant = Cases.prepare(application, DecisionDraft.grant(null)).decision();
    grant.approve(APPROVER, T0.plusSeconds(120), null);
    assertThat(application.getState()).isEqualTo(ApplicationState.DECIDED);
    assertThat(application.getOutcome()).isEqualTo(DecisionOutcome.GRANTED);
    assertThat(grant.isInForce()).isTrue();
  }
}

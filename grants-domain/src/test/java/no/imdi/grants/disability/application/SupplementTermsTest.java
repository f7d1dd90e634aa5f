package no.imdi.grants.disability.application;

import static no.imdi.grants.disability.application.Cases.CASEWORKER;
import static no.imdi.grants.disability.application.Cases.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import no.imdi.grants.casefile.CaseMessage;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.shared.Nok;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The additional decision on a claimed overrun (R-REP-3): at most the claim, and with the amount
 * granted before within the year's T2 cap of 1 608 000 kr (R-T2-1); the T2 threshold is not asked
 * again; no measures of its own.
 */
class SupplementTermsTest {

  private static Application supplement(long claim, long grantedBefore) {
    Application application = Cases.draft(GrantKind.T2, 1);
    application.getCaseFile().take(CASEWORKER, T0);
    application.openAsSupplement(
        new Supplement(1L, 2L, Nok.kroner(claim), Nok.kroner(grantedBefore)), CASEWORKER, T0);
    return application;
  }

  private static DecisionDraft partly(long kroner, String reason) {
    return new DecisionDraft(
        DecisionOutcome.PARTLY_GRANTED, Nok.kroner(kroner), Set.of(), reason, null, false, false);
  }

  @Test
  @DisplayName("R-REP-3: the claim is granted whole, below the T2 threshold, with no measures")
  void R_REP_3_theClaimIsGrantedWhole() {
    Application application = supplement(50_000, 348_005);
    assertThat(application.getState()).isEqualTo(ApplicationState.UNDER_ASSESSMENT);

    Decision decision = Cases.prepare(application, DecisionDraft.grant(null)).decision();

    assertThat(decision.getOutcome()).isEqualTo(DecisionOutcome.GRANTED);
    assertThat(decision.getAmount()).isEqualTo(Nok.kroner(50_000));
    assertThat(decision.getMaximum()).isEqualTo(Nok.kroner(50_000));
    assertThat(decision.getGrantedMeasures()).isEmpty();
  }

  @Test
  @DisplayName("R-REP-3 / R-T2-1: more than the claim is refused; less needs a reason")
  void R_REP_3_atMostTheClaim() {
    assertThatThrownBy(
            () ->
                Cases.prepare(supplement(50_000, 348_005), DecisionDraft.grant(Nok.kroner(50_001))))
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> assertThat(r.reason()).isEqualTo(CaseMessage.DECISION_ABOVE_MAXIMUM));
    assertThatThrownBy(() -> Cases.prepare(supplement(50_000, 348_005), partly(40_000, null)))
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> assertThat(r.reason()).isEqualTo(CaseMessage.DECISION_REASON_REQUIRED));
    assertThatThrownBy(() -> Cases.prepare(supplement(50_000, 348_005), partly(50_000, "Alt")))
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> assertThat(r.reason()).isEqualTo(CaseMessage.SUPPLEMENT_PARTLY_LESS));
    Decision partly =
        Cases.prepare(supplement(50_000, 348_005), partly(40_000, "Ett tiltak var ikke nødvendig"))
            .decision();
    assertThat(partly.getOutcome()).isEqualTo(DecisionOutcome.PARTLY_GRANTED);
    assertThat(partly.getAmount()).isEqualTo(Nok.kroner(40_000));
  }

  @Test
  @DisplayName("R-T2-1: with the amount granted before, the supplement stays within the T2 cap")
  void R_T2_1_theCapLimitsTheSupplement() {
    Decision capped =
        Cases.prepare(supplement(50_000, 1_580_000), DecisionDraft.grant(null)).decision();
    assertThat(capped.getAmount()).isEqualTo(Nok.kroner(28_000)); // 1 608 000 - 1 580 000
    assertThat(capped.getOutcome()).isEqualTo(DecisionOutcome.PARTLY_GRANTED);

    Application full = supplement(50_000, 1_608_000);
    assertThatThrownBy(() -> Cases.prepare(full, DecisionDraft.grant(null)))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.reason()).isEqualTo(CaseMessage.SUPPLEMENT_NO_ROOM));
    Decision refused = Cases.prepare(full, DecisionDraft.refuse("Satsen er nådd")).decision();
    assertThat(refused.getOutcome()).isEqualTo(DecisionOutcome.REFUSED);
    assertThat(refused.getAmount()).isNull();
  }
}

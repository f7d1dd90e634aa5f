package no.imdi.grants.disability.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.imdi.grants.disability.application.ReportingBasis;
import no.imdi.grants.disability.cost.CostThresholds;
import no.imdi.grants.shared.Nok;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The outcome of a T2 accounts report by hand-computed amounts: underspend and measures outside the
 * scheme recovered (R-REP-4), a budget-based grant below the threshold recovered in full (R-REP-5),
 * an overrun paid only when claimed and then decided separately (R-REP-3).
 */
class OutcomeRulesTest {

  private static MeasureActual granted(long kroner) {
    return new MeasureActual("Personlig assistanse", Nok.kroner(kroner), true, false);
  }

  @ParameterizedTest(name = "granted {0}, actual {1}: recover {2}")
  @DisplayName("R-REP-4: the grant less the actual eligible costs is recovered")
  @CsvSource({
    "348005, 300000, 48005",
    "500000, 348005, 151995",
    "1520000, 1200000, 320000",
    "348005, 348004, 1",
    "348005, 200000, 148005"
  })
  void R_REP_4_underspend(long grant, long actual, long recovered) {
    OutcomeComputation outcome =
        OutcomeRules.compute(
            Nok.kroner(grant), ReportingBasis.BUDGET, List.of(granted(actual)), null);

    assertThat(outcome.kind()).isEqualTo(OutcomeKind.UNDERSPEND_RECOVERY);
    assertThat(outcome.recovery()).isEqualTo(Nok.kroner(recovered));
    assertThat(outcome.eligible()).isEqualTo(Nok.kroner(actual));
    assertThat(outcome.rule()).isEqualTo("R-REP-4");
    assertThat(outcome.explanation().rules()).contains("R-REP-4", "R-COST-7");
    assertThat(outcome.explanation().norwegian())
        .contains("ubrukte beløpet " + Nok.kroner(recovered))
        .contains("(R-REP-4)");
    assertThat(outcome.explanation().english()).contains("the unused " + Nok.kroner(recovered));
  }

  @ParameterizedTest(name = "not granted {0}, excluded by IMDi {1}: eligible {2}, recover {3}")
  @DisplayName("R-REP-4: measures the scheme does not cover count nothing and are recovered too")
  @CsvSource({
    "50000, 0, 300000, 48005",
    "0, 120000, 300000, 48005",
    "50000, 120000, 300000, 48005",
    "0, 0, 300000, 48005"
  })
  void R_REP_4_measuresNotCovered(long notGranted, long excluded, long eligible, long recovered) {
    List<MeasureActual> measures =
        List.of(
            granted(300_000),
            new MeasureActual("Ny støttekontakt", Nok.kroner(notGranted), false, false),
            new MeasureActual("Transport", Nok.kroner(excluded), true, true));

    OutcomeComputation outcome =
        OutcomeRules.compute(Nok.kroner(348_005), ReportingBasis.BUDGET, measures, null);

    assertThat(outcome.eligible()).isEqualTo(Nok.kroner(eligible));
    assertThat(outcome.reported()).isEqualTo(Nok.kroner(300_000 + notGranted + excluded));
    assertThat(outcome.recovery()).isEqualTo(Nok.kroner(recovered));
    assertThat(outcome.explanation().norwegian())
        .contains("«Ny støttekontakt» (" + Nok.kroner(notGranted) + ") var ikke innvilget")
        .contains("«Transport» (" + Nok.kroner(excluded) + ") er ikke dekket av ordningen");
  }

  @ParameterizedTest(name = "granted {0}, actual {1}: {2}, recover {3}")
  @DisplayName("R-REP-5: a budget-based grant whose costs fall below the T2 threshold is recovered")
  @CsvSource({
    "1520000, 150000, FULL_RECOVERY, 1520000",
    "348005, 199999, FULL_RECOVERY, 348005",
    "348005, 200000, UNDERSPEND_RECOVERY, 148005",
    "2500000, 0, FULL_RECOVERY, 2500000",
    "1608000, 199000, FULL_RECOVERY, 1608000"
  })
  void R_REP_5_belowThresholdRecoveredInFull(
      long grant, long actual, OutcomeKind kind, long recovered) {
    OutcomeComputation outcome =
        OutcomeRules.compute(
            Nok.kroner(grant), ReportingBasis.BUDGET, List.of(granted(actual)), null);

    assertThat(outcome.kind()).isEqualTo(kind);
    assertThat(outcome.recovery()).isEqualTo(Nok.kroner(recovered));
    assertThat(Nok.kroner(actual).isAtLeast(CostThresholds.R_T2_1_MINIMUM_COSTS))
        .isEqualTo(kind != OutcomeKind.FULL_RECOVERY);
    if (kind == OutcomeKind.FULL_RECOVERY) {
      assertThat(outcome.rule()).isEqualTo("R-REP-5");
      assertThat(outcome.explanation().rules()).contains("R-REP-5", "R-T2-1");
      assertThat(outcome.explanation().norwegian())
          .contains("hele tilskuddet " + Nok.kroner(grant));
    }
  }

  @Test
  @DisplayName("R-REP-5: a recovery bigger than a quarter's instalment is still one amount")
  void R_REP_5_recoveryBiggerThanAnInstalment() {
    OutcomeComputation outcome =
        OutcomeRules.compute(
            Nok.kroner(2_500_000), ReportingBasis.BUDGET, List.of(granted(180_000)), null);

    assertThat(outcome.recovery()).isEqualTo(Nok.kroner(2_500_000));
    assertThat(outcome.recovery().compareTo(Nok.kroner(2_500_000 / 4))).isPositive();
  }

  @Test
  @DisplayName("R-REP-2: an accounts-based grant below the threshold is not recovered in full")
  void R_REP_5_onlyForBudgetBasedGrants() {
    OutcomeComputation outcome =
        OutcomeRules.compute(
            Nok.kroner(348_005), ReportingBasis.ACCOUNTS, List.of(granted(150_000)), null);

    assertThat(outcome.kind()).isEqualTo(OutcomeKind.UNDERSPEND_RECOVERY);
    assertThat(outcome.recovery()).isEqualTo(Nok.kroner(198_005));
  }

  @ParameterizedTest(name = "granted {0}, actual {1}, claimed {2}: {3}, to decide {4}")
  @DisplayName("R-REP-3: costs above the grant are decided separately, and only when claimed")
  @CsvSource({
    "348005, 400000, 60000, OVERRUN_CLAIM, 51995",
    "348005, 400000, 30000, OVERRUN_CLAIM, 30000",
    "348005, 400000, 51995, OVERRUN_CLAIM, 51995",
    "348005, 400000, 0, SETTLED, 0",
    "348005, 348005, 10000, SETTLED, 0"
  })
  void R_REP_3_overrunClaimed(
      long grant, long actual, long claimed, OutcomeKind kind, long toDecide) {
    OutcomeComputation outcome =
        OutcomeRules.compute(
            Nok.kroner(grant),
            ReportingBasis.BUDGET,
            List.of(granted(actual)),
            Nok.kroner(claimed));

    assertThat(outcome.kind()).isEqualTo(kind);
    assertThat(outcome.recovery()).isEqualTo(Nok.ZERO);
    assertThat(outcome.claimedOverrun()).isEqualTo(Nok.kroner(toDecide));
    if (kind == OutcomeKind.OVERRUN_CLAIM) {
      assertThat(outcome.rule()).isEqualTo("R-REP-3");
      assertThat(outcome.explanation().norwegian())
          .contains("behandler " + Nok.kroner(toDecide) + " som et eget tilleggsvedtak");
    }
  }

  @Test
  @DisplayName("R-REP-3: an overrun not claimed changes nothing and says why")
  void R_REP_3_overrunNotClaimed() {
    OutcomeComputation outcome =
        OutcomeRules.compute(
            Nok.kroner(348_005), ReportingBasis.BUDGET, List.of(granted(400_000)), null);

    assertThat(outcome.kind()).isEqualTo(OutcomeKind.SETTLED);
    assertThat(outcome.explanation().norwegian())
        .contains(Nok.kroner(51_995) + " over tildelt beløp")
        .contains("R-REP-3");
  }

  @Test
  @DisplayName("R-REP-4: a grant and a claim cannot be negative")
  void R_REP_4_refusesNonsense() {
    assertThatThrownBy(() -> OutcomeRules.compute(Nok.ZERO, ReportingBasis.BUDGET, List.of(), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                OutcomeRules.compute(
                    Nok.kroner(1), ReportingBasis.BUDGET, List.of(), Nok.kroner(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

package no.imdi.grants.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Which runs are complete (every line written, totals stored; R-PAY-3) and which are open. */
class RunStateTest {

  @Test
  void R_PAY_3_proposedApprovedAndPaidRunsAreCompleteTheOthersNot() {
    assertThat(Arrays.stream(RunState.values()).filter(RunState::complete))
        .containsExactly(RunState.PROPOSED, RunState.APPROVED, RunState.PAID);
    assertThat(RunState.completeInSql()).isEqualTo("'PROPOSED', 'APPROVED', 'PAID'");
    assertThat(Arrays.stream(RunState.values()).filter(RunState::open))
        .containsExactly(RunState.STARTED, RunState.RUNNING, RunState.PROPOSED);
  }
}

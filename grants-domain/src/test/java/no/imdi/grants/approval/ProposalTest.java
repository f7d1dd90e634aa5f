package no.imdi.grants.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import no.imdi.grants.casefile.CaseMessage;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.casefile.StateChange;
import no.imdi.grants.security.Actor;
import no.imdi.grants.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Maker/checker: prepared by one IMDi officer, approved or sent back by another approver. */
class ProposalTest {

  static final Instant PREPARED = Instant.parse("2026-03-02T08:00:00Z");
  static final Instant CHECKED = Instant.parse("2026-03-03T10:30:00Z");
  static final Actor EVA = new Actor("eva", Role.IMDI_CASEWORKER);
  static final Actor KARI = new Actor("kari", Role.IMDI_APPROVER);

  @Test
  void anApproverWhoDidNotPrepareItApprovesAndBothNamesAreKept() {
    Proposal proposal = Proposal.preparedBy(EVA, PREPARED);

    StateChange<ProposalStatus> change = proposal.approve(KARI, CHECKED, "Greit");

    assertThat(change)
        .isEqualTo(
            new StateChange<>(
                "approve",
                ProposalStatus.PENDING,
                ProposalStatus.APPROVED,
                "kari",
                CHECKED,
                "Greit"));
    assertThat(proposal.getPreparedBy()).isEqualTo("eva");
    assertThat(proposal.getPreparedAt()).isEqualTo(PREPARED);
    assertThat(proposal.getReviewedBy()).isEqualTo("kari");
    assertThat(proposal.getReviewedAt()).isEqualTo(CHECKED);
  }

  @ParameterizedTest(name = "the preparer written {0}")
  @ValueSource(strings = {"eva", "EVA", " Eva "})
  void nobodyApprovesTheirOwnProposalWhateverTheirRoleNow(String username) {
    Proposal proposal = Proposal.preparedBy(new Actor("eva", Role.IMDI_APPROVER), PREPARED);
    Actor self = new Actor(username, Role.IMDI_APPROVER);

    assertThat(proposal.mayBeCheckedBy(self)).isFalse();
    assertThatThrownBy(() -> proposal.approve(self, CHECKED, null))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.reason()).isEqualTo(CaseMessage.PROPOSAL_OWN));
    assertThatThrownBy(() -> proposal.sendBack(self, CHECKED, "nei"))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.reason()).isEqualTo(CaseMessage.PROPOSAL_OWN));
    assertThat(proposal.getStatus()).isEqualTo(ProposalStatus.PENDING);
  }

  @ParameterizedTest(name = "{0} checks")
  @EnumSource(value = Role.class, names = "IMDI_APPROVER", mode = EnumSource.Mode.EXCLUDE)
  void onlyAnApproverChecks(Role role) {
    Proposal proposal = Proposal.preparedBy(EVA, PREPARED);
    Actor other = new Actor("ola", role);

    assertThat(proposal.mayBeCheckedBy(other)).isFalse();
    assertThatThrownBy(() -> proposal.approve(other, CHECKED, null))
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> assertThat(r.reason()).isEqualTo(CaseMessage.PROPOSAL_APPROVER_ROLE));
  }

  @ParameterizedTest(name = "{0} prepares")
  @EnumSource(
      value = Role.class,
      names = {"IMDI_CASEWORKER", "IMDI_APPROVER"},
      mode = EnumSource.Mode.EXCLUDE)
  void onlyIMDiPrepares(Role role) {
    assertThatThrownBy(() -> Proposal.preparedBy(new Actor("x", role), PREPARED))
        .isInstanceOf(Refusal.class);
  }

  @Test
  void sentBackWithACommentAndCheckedOnlyOnce() {
    Proposal proposal = Proposal.preparedBy(EVA, PREPARED);
    assertThatThrownBy(() -> proposal.sendBack(KARI, CHECKED, " "))
        .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).isEqualTo("comment"));

    assertThat(proposal.sendBack(KARI, CHECKED, "Feil beløp").to())
        .isEqualTo(ProposalStatus.SENT_BACK);
    assertThat(proposal.getReviewComment()).isEqualTo("Feil beløp");
    assertThatThrownBy(() -> proposal.approve(KARI, CHECKED, null))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.reason()).isEqualTo(CaseMessage.PROPOSAL_NOT_PENDING));
  }
}

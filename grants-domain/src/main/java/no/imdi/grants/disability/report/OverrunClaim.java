package no.imdi.grants.disability.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import no.imdi.grants.casefile.CaseMessage;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.casefile.Texts;
import no.imdi.grants.shared.Nok;

/**
 * Costs above the grant that the municipality claims with its accounts report, and why (R-REP-3).
 * IMDi decides the claim as an additional decision; until it records that, the claim is open and
 * waits in the work queue.
 */
@Embeddable
public class OverrunClaim {

  @Column(name = "claimed_overrun", precision = 14, scale = 2)
  private BigDecimal amount;

  @Column(name = "claim_reason", length = ReportEditor.REASON_LENGTH)
  private String reason;

  @Column(name = "claim_open", nullable = false)
  private boolean open;

  protected OverrunClaim() {}

  static OverrunClaim none() {
    return new OverrunClaim();
  }

  /** What the draft claims: an amount (checked by the editor) with its reason, or nothing. */
  void set(Nok claimed, String why) {
    amount = claimed == null ? null : claimed.amount();
    reason =
        claimed == null ? null : Texts.required("claimReason", why, ReportEditor.REASON_LENGTH);
  }

  /** The approved outcome routes the claim to its own decision, or closes it at once. */
  void routed(boolean toDecide) {
    open = toDecide;
  }

  /** The additional decision is made: the claim leaves the queue. */
  void close() {
    if (!open) {
      throw Refusal.of(CaseMessage.REPORT_CLAIM_NOT_OPEN);
    }
    open = false;
  }

  public Nok amount() {
    return amount == null ? null : Nok.of(amount);
  }

  public String reason() {
    return reason;
  }

  public boolean isOpen() {
    return open;
  }
}

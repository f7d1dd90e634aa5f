package no.imdi.grants.web.casework;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import no.imdi.grants.disability.application.ApplicationView;
import no.imdi.grants.disability.application.DecisionDraft;
import no.imdi.grants.disability.application.DecisionLimitsView;
import no.imdi.grants.disability.application.DecisionOutcome;
import no.imdi.grants.shared.Nok;

/**
 * The decision as the officer fills it in (R-DEC-1): the outcome; for a grant the measures and an
 * amount (empty: the most the rules allow, which the service computes: the T1 rate, or the eligible
 * costs capped by the T2 cap, R-T1-1, R-T2-1); a reason for a partial grant, a lower amount, a
 * refusal or a dismissal; the rule a dismissal rests on (empty: R-DL-6 for a late application).
 */
public class DecisionForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private DecisionOutcome outcome = DecisionOutcome.GRANTED;
  private BigDecimal amount;
  private List<String> measures = new ArrayList<>();
  private String reason;
  private String dismissalRule;
  private boolean durable;
  private boolean notLasting;

  /** Starts a new form from the application: every measure chosen, a late one to dismiss. */
  void startFrom(ApplicationView application, DecisionLimitsView limits) {
    if (!measures.isEmpty() || reason != null) {
      return;
    }
    application.measures().forEach(m -> measures.add(Integer.toString(m.position())));
    if (application.summary().flaggedForDismissal()) {
      outcome = DecisionOutcome.DISMISSED;
    }
  }

  DecisionDraft draft() {
    boolean grant = outcome != null && outcome.granted();
    HashSet<Integer> positions = new HashSet<>();
    if (outcome == DecisionOutcome.PARTLY_GRANTED) {
      for (String m : measures) {
        try {
          positions.add(Integer.parseInt(m));
        } catch (NumberFormatException e) {
          positions.add(-1);
        }
      }
    }
    return new DecisionDraft(
        outcome == null ? DecisionOutcome.GRANTED : outcome,
        grant && amount != null ? Nok.of(amount) : (grant ? null : amountOrNull()),
        positions,
        reason,
        outcome == DecisionOutcome.DISMISSED ? dismissalRule : null,
        grant && durable,
        grant && durable && notLasting);
  }

  /** An amount typed for a refusal or dismissal is passed on, and the service refuses it. */
  private Nok amountOrNull() {
    return amount == null ? null : Nok.of(amount);
  }

  public DecisionOutcome[] getOutcomes() {
    return DecisionOutcome.values();
  }

  public DecisionOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(DecisionOutcome outcome) {
    this.outcome = outcome;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public List<String> getMeasures() {
    return measures;
  }

  public void setMeasures(List<String> measures) {
    this.measures = measures == null ? new ArrayList<>() : new ArrayList<>(measures);
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getDismissalRule() {
    return dismissalRule;
  }

  public void setDismissalRule(String dismissalRule) {
    this.dismissalRule = dismissalRule;
  }

  public boolean isDurable() {
    return durable;
  }

  public void setDurable(boolean durable) {
    this.durable = durable;
  }

  public boolean isNotLasting() {
    return notLasting;
  }

  public void setNotLasting(boolean notLasting) {
    this.notLasting = notLasting;
  }
}

package no.imdi.grants.disability.cost;

import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Nok;

/**
 * The cost of one line by R-COST-7: pay for the covered hours, holiday pay, the employer's pension
 * share and the employer's national insurance contribution (R-COST-3), each kept to the øre, and
 * the line total, their sum rounded to whole kroner half up. A line of a category that is not
 * covered (R-COST-2) has zero in every component, {@code covered} false, and a reason saying why.
 */
public record LineCost(
    CostLine line,
    boolean covered,
    Nok pay,
    Nok holidayPay,
    Nok pension,
    Nok employerContribution,
    Nok total,
    Explanation reason) {

  /** The exact sum of the components, to the øre, before rounding. */
  public Nok exactSum() {
    return pay.plus(holidayPay).plus(pension).plus(employerContribution);
  }

  /** Pay rounded to whole kroner, for display. */
  public Nok payInKroner() {
    return pay.roundedToKroner();
  }

  /** Holiday pay rounded to whole kroner, for display. */
  public Nok holidayPayInKroner() {
    return holidayPay.roundedToKroner();
  }

  /** Pension rounded to whole kroner, for display. */
  public Nok pensionInKroner() {
    return pension.roundedToKroner();
  }

  /** Employer's contribution rounded to whole kroner, for display. */
  public Nok employerContributionInKroner() {
    return employerContribution.roundedToKroner();
  }
}

package no.imdi.grants.disability;

/**
 * IMDi's assessment of R-T-TG-2: whether a serious impairment or behavioural disorder that arose or
 * had its origin before settlement, with a considerable need for help, is medically and
 * individually documented. It is a caseworker's judgement, so the rules take it as a fact; before
 * it is made, the target group is answered on the other conditions and says that this one is open.
 */
public enum ImpairmentAssessment {
  NOT_ASSESSED,
  DOCUMENTED,
  NOT_DOCUMENTED
}

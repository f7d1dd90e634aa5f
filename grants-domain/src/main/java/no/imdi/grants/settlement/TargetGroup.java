package no.imdi.grants.settlement;

/**
 * The grounds on which a settled person is within the integration grant scheme (R-IG-1): the groups
 * of seed 000 and the two IMDi adds in its current text (collective protection in a mass-flight
 * situation, resettlement refugees).
 */
public enum TargetGroup {
  /** Refugee (*flyktning*). */
  REFUGEE,
  /** Residence on humanitarian grounds (*opphold på humanitært grunnlag*). */
  HUMANITARIAN,
  /** Family member reunified with a refugee or a person with humanitarian residence. */
  FAMILY_REUNIFIED,
  /** Residence because of abuse in a cohabiting relationship (*mishandling i samlivsforhold*). */
  ABUSE_IN_RELATIONSHIP,
  /** Cannot be returned for social or cultural reasons. */
  CANNOT_RETURN,
  /** Subjected to forced marriage (*tvangsekteskap*). */
  FORCED_MARRIAGE,
  /** Collective protection in a mass-flight situation (*kollektiv beskyttelse*). */
  COLLECTIVE_PROTECTION,
  /** Resettlement refugee (*overføringsflyktning*). */
  RESETTLEMENT_REFUGEE;

  public static final String RULE = "R-IG-1";
}

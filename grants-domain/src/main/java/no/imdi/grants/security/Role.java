package no.imdi.grants.security;

/**
 * The six roles of the rule book. Municipality roles see their own municipality only; IMDi roles
 * see all municipalities; the ministry sees forwarded complaints; the administrator sees no case
 * content.
 */
public enum Role {
  MUNICIPALITY_CASEWORKER,
  MUNICIPALITY_FINANCE,
  IMDI_CASEWORKER,
  IMDI_APPROVER,
  MINISTRY,
  ADMIN;

  /** Role names as constants, for {@code @RolesAllowed}. */
  public static final String MUNICIPALITY_CASEWORKER_NAME = "MUNICIPALITY_CASEWORKER";

  public static final String MUNICIPALITY_FINANCE_NAME = "MUNICIPALITY_FINANCE";
  public static final String IMDI_CASEWORKER_NAME = "IMDI_CASEWORKER";
  public static final String IMDI_APPROVER_NAME = "IMDI_APPROVER";
  public static final String MINISTRY_NAME = "MINISTRY";
  public static final String ADMIN_NAME = "ADMIN";

  public boolean belongsToMunicipality() {
    return this == MUNICIPALITY_CASEWORKER || this == MUNICIPALITY_FINANCE;
  }

  public boolean isImdi() {
    return this == IMDI_CASEWORKER || this == IMDI_APPROVER;
  }
}

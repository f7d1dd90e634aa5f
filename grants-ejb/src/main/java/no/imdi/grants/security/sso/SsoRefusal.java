package no.imdi.grants.security.sso;

/**
 * Why a login through the identity provider gets no session. Each has a page text ({@code
 * sso.refused.<NAME>}) and is written to the security log.
 */
public enum SsoRefusal {
  /** The role claim names none of the application's roles, or more than one. */
  NO_ROLE,
  /** A municipality role without a municipality claim of four digits. */
  NO_MUNICIPALITY,
  /** A municipality claim that names no municipality of the register. */
  UNKNOWN_MUNICIPALITY,
  /** The administrator disabled the user here. */
  DISABLED,
  /** The username belongs to a local account or to another user of a provider. */
  USERNAME_TAKEN,
  /** The login did not complete: a wrong or old state, a token that failed validation. */
  FAILED
}

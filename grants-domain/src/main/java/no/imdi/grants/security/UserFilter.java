package no.imdi.grants.security;

/**
 * What the users list is narrowed to: a role, a municipality (number), enabled or disabled, and a
 * text that the username or the display name contains; null means no limit.
 */
public record UserFilter(Role role, String municipalityNumber, Boolean enabled, String text) {

  public static final UserFilter NONE = new UserFilter(null, null, null, null);
}

package no.imdi.grants.security;

/** The orders of the users list. */
public enum UserSort {
  USERNAME,
  DISPLAY_NAME,
  ROLE,
  MUNICIPALITY
}

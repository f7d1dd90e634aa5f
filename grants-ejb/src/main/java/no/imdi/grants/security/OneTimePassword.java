package no.imdi.grants.security;

import java.time.Instant;

/**
 * A one-time password for a user, shown once to the administrator who created the account or reset
 * its password, never stored in clear; valid until the given time and to be changed at the first
 * login.
 */
public record OneTimePassword(String username, String password, Instant validUntil) {

  @Override
  public String toString() {
    return "OneTimePassword[" + username + ", until " + validUntil + "]";
  }
}

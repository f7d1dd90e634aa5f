package no.imdi.grants.security.sso;

import java.util.List;
import java.util.Objects;

/**
 * Who the identity provider says logged in, from a validated ID token: the provider (issuer) and
 * its id of the user (subject), the username, name and e-mail to show, and the raw values of the
 * role and municipality claims (the claims' names are settings), not yet judged.
 */
public record SsoIdentity(
    String issuer,
    String subject,
    String username,
    String displayName,
    String email,
    List<String> roleValues,
    String municipality) {

  public SsoIdentity {
    Objects.requireNonNull(issuer);
    Objects.requireNonNull(subject);
    roleValues = roleValues == null ? List.of() : List.copyOf(roleValues);
  }
}

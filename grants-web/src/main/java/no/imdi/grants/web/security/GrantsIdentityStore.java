package no.imdi.grants.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import no.imdi.grants.security.UserDirectory;

/** Checks a username and password against the users in the database; the group is the role. */
@ApplicationScoped
public class GrantsIdentityStore implements IdentityStore {

  @EJB private UserDirectory users;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    return users
        .authenticate(credential.getCaller(), credential.getPassword().getValue())
        .map(u -> new CredentialValidationResult(u.getUsername(), Set.of(u.getRole().name())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}

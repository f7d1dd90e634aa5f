package no.imdi.grants.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The roles of the application. Login is by {@link GrantsAuthenticationMechanism} (the PrimeFaces
 * login page), users checked by {@link GrantsIdentityStore} against the salted PBKDF2 hashes in the
 * database, one role per user.
 */
@DeclareRoles({
  "MUNICIPALITY_CASEWORKER",
  "MUNICIPALITY_FINANCE",
  "IMDI_CASEWORKER",
  "IMDI_APPROVER",
  "MINISTRY",
  "ADMIN"
})
@ApplicationScoped
public class SecurityConfiguration {}

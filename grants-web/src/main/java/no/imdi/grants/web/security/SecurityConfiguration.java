package no.imdi.grants.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Login with Jakarta Security: a PrimeFaces login page (a custom form), users checked by {@link
 * GrantsIdentityStore} against the salted PBKDF2 hashes in the database, one role per user.
 */
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
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

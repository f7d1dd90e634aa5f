package no.imdi.grants.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import no.imdi.grants.security.sso.SsoRefusal;

/**
 * Single sign-on as the login page and the refusal page show it: whether a provider is configured
 * and under which name, whether the local login form is offered, and why a login was refused (the
 * reason in the address; anything unknown reads as a login that did not complete).
 */
@Named
@RequestScoped
public class SsoPage {

  @Inject private OidcSettings settings;

  private String reason;

  public boolean isEnabled() {
    return settings.configured();
  }

  public String getProviderName() {
    return settings.providerName();
  }

  public boolean isLocalLogin() {
    return settings.localLogin();
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  /** The message key of the refusal ({@code sso.refused.NO_ROLE} ...). */
  public String getRefusalKey() {
    String name =
        Arrays.stream(SsoRefusal.values())
            .map(Enum::name)
            .filter(n -> n.equals(reason))
            .findFirst()
            .orElse(SsoRefusal.FAILED.name());
    return "sso.refused." + name;
  }
}

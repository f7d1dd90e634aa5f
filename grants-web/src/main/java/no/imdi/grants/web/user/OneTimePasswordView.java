package no.imdi.grants.web.user;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import no.imdi.grants.security.OneTimePassword;

/**
 * The one-time password just given, for the response that shows it to the administrator once: it
 * lives for that request only, so it is in no session and no later page.
 */
@Named
@RequestScoped
public class OneTimePasswordView {

  private OneTimePassword shown;

  public OneTimePassword getShown() {
    return shown;
  }

  void show(OneTimePassword password) {
    this.shown = password;
  }
}

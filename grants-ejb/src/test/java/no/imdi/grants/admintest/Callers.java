package no.imdi.grants.admintest;

import jakarta.ejb.SessionContext;
import java.lang.reflect.Proxy;
import java.security.Principal;

/** A session context whose caller is the given user, for services run outside a container. */
public final class Callers {

  private Callers() {}

  public static SessionContext as(String username) {
    Principal principal = () -> username;
    return (SessionContext)
        Proxy.newProxyInstance(
            Callers.class.getClassLoader(),
            new Class<?>[] {SessionContext.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getCallerPrincipal")) {
                return principal;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }
}

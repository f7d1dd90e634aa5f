package no.imdi.grants.security;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.CDI;

/**
 * Where the current web request comes from (the client address, set by the web module for each
 * request) and whether a refusal was already written to the security log during it, so that a
 * refusal is logged once, by the layer that knows best what was asked. Outside a web request (a
 * timer) there is no origin.
 */
@RequestScoped
public class RequestOrigin {

  private String address;
  private boolean refusalRecorded;

  public String address() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public boolean isRefusalRecorded() {
    return refusalRecorded;
  }

  public void markRefusalRecorded() {
    refusalRecorded = true;
  }

  /** The origin of the current request, or null where no request context is active. */
  public static RequestOrigin current() {
    try {
      RequestOrigin origin = CDI.current().select(RequestOrigin.class).get();
      origin.address();
      return origin;
    } catch (ContextNotActiveException | IllegalStateException e) {
      return null;
    }
  }
}

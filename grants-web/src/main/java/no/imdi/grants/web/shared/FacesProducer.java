package no.imdi.grants.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.faces.context.FacesContext;

/** Makes the current {@link FacesContext} injectable into request-scoped helpers. */
public class FacesProducer {

  @Produces
  @RequestScoped
  FacesContext facesContext() {
    return FacesContext.getCurrentInstance();
  }
}

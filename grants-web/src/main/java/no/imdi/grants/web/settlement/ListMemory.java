package no.imdi.grants.web.settlement;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The settlements list as the user last saw it in this session, so that the menu, a new
 * registration's Save and Cancel, and the person page lead back to the same filter, order and page
 * instead of the unfiltered first page.
 */
@Named
@SessionScoped
public class ListMemory implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String PAGE = "/app/settlements.xhtml";

  private ListQuery last = ListQuery.DEFAULT;

  public void remember(ListQuery query) {
    last = query;
  }

  public ListQuery getLast() {
    return last;
  }

  /** The address of the list as last seen, for a link. */
  public String getHref() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + PAGE
        + last.queryString();
  }

  /** The navigation outcome back to the list as last seen (a redirect, so the address shows it). */
  public String outcome() {
    String query = last.queryString();
    return PAGE + "?faces-redirect=true" + (query.isEmpty() ? "" : "&" + query.substring(1));
  }
}

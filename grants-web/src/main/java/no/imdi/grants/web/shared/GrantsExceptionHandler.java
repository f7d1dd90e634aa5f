package no.imdi.grants.web.shared;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a user sees when a page fails. A form sent with a view state that is no longer valid (the
 * page was open too long, the session ended, or the state was tampered with) reloads the page with
 * a message to try again, instead of an error. Any other failure of an AJAX request (the list's
 * paging, sorting and filtering) is logged and the user is sent to the error page, which keeps the
 * navigation; no exception class or text reaches the browser. Other failures go to the container's
 * error page as before.
 */
public class GrantsExceptionHandler extends ExceptionHandlerWrapper {

  private static final Logger LOG = Logger.getLogger(GrantsExceptionHandler.class.getName());
  private static final String BUNDLE = "no.imdi.grants.web.messages";

  public GrantsExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() throws FacesException {
    FacesContext faces = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext() && faces != null && !faces.getResponseComplete()) {
      Throwable failure = events.next().getContext().getException();
      boolean expired = Failures.causedBy(failure, ViewExpiredException.class);
      boolean ajax = faces.getPartialViewContext().isAjaxRequest();
      if (!expired && !ajax) {
        continue;
      }
      if (!expired) {
        LOG.log(Level.SEVERE, "Failure of an AJAX request", failure);
      }
      events.remove();
      try {
        redirect(faces, expired);
      } catch (IOException | RuntimeException e) {
        LOG.log(Level.WARNING, "Could not send the user on after a failure", e);
      }
    }
    getWrapped().handle();
  }

  private static void redirect(FacesContext faces, boolean expired) throws IOException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String target;
    if (expired) {
      String key = "view.expired";
      external.getFlash().setKeepMessages(true);
      String text = ResourceBundle.getBundle(BUNDLE, locale(faces)).getString(key);
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, text));
      String query = request.getQueryString();
      target = request.getRequestURI() + (query == null ? "" : "?" + query);
    } else {
      target = request.getContextPath() + "/error/error.xhtml";
    }
    external.redirect(target);
    faces.responseComplete();
  }

  private static Locale locale(FacesContext faces) {
    return faces.getViewRoot() != null
        ? faces.getViewRoot().getLocale()
        : faces.getApplication().getViewHandler().calculateLocale(faces);
  }
}

package no.imdi.grants.web.export;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.imdi.grants.export.ExportFormat;
import no.imdi.grants.export.ExportOutcome;
import no.imdi.grants.export.ExportRequest;
import no.imdi.grants.export.ExportTable;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.shared.InvalidInputException;
import no.imdi.grants.web.shared.Messages;
import no.imdi.grants.web.shared.Pages;

/**
 * Sends a list's export as a download from a page's button: the response's headers (type, file
 * name, no caching), then the list's export service writes straight into the response as its rows
 * are read. A failure before the first byte leaves the page as it was with a message; after it (the
 * response is committed, an error page is no longer possible) the file ends with a line that says
 * it is incomplete and the failure is logged; a caller who may not export gets 403.
 */
@RequestScoped
public class ExportDownload {

  private static final Logger LOG = Logger.getLogger(ExportDownload.class.getName());

  @Inject private FacesContext faces;
  @Inject private Messages messages;
  @Inject private Clock clock;

  /**
   * @param export calls the list's export service with the request (format, language, stream)
   */
  public void send(
      ExportTable<?> table, ExportFormat format, Function<ExportRequest, ExportOutcome> export) {
    HttpServletResponse response = (HttpServletResponse) faces.getExternalContext().getResponse();
    response.setContentType(format.mediaType());
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"" + table.fileName(LocalDate.now(clock), format) + "\"");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    try {
      ExportOutcome outcome =
          export.apply(new ExportRequest(format, messages.locale(), response.getOutputStream()));
      if (outcome.completed() || response.isCommitted()) {
        faces.responseComplete();
        return;
      }
      failedBeforeTheFirstByte(response);
    } catch (EJBAccessException | AccessDeniedException e) {
      if (response.isCommitted()) {
        faces.responseComplete();
      } else {
        page(response);
        Pages.refuse(faces, 403);
      }
    } catch (InvalidInputException e) {
      page(response);
      messages.error("export.invalidFilter");
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Export of " + table.list() + " (" + format + ") failed", e);
      if (response.isCommitted()) {
        faces.responseComplete();
      } else {
        failedBeforeTheFirstByte(response);
      }
    }
  }

  private void failedBeforeTheFirstByte(HttpServletResponse response) {
    page(response);
    messages.error("export.failed");
  }

  /** Back to answering with the page (keeping the security headers that filters have set). */
  private static void page(HttpServletResponse response) {
    response.resetBuffer();
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Content-Disposition", "inline");
  }
}

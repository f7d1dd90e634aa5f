package no.imdi.grants.web.payment;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import no.imdi.grants.payment.file.PaymentFileDownload;
import no.imdi.grants.payment.file.PaymentFiles;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.web.shared.Failures;
import no.imdi.grants.web.shared.Ids;

/**
 * The bank file of an approved payment run, downloaded ({@code /app/payment-file?run=ID}) by IMDi's
 * officers: the stored bytes unchanged, with their SHA-256 in a header, not cached; each download
 * recorded by the service. Anyone else, a run without a file and a run that does not exist all get
 * 404 (the service logs the refusal).
 */
@WebServlet("/app/payment-file")
public class PaymentFileServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private PaymentFiles files;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Long runId = Ids.parse(request.getParameter("run"));
    if (runId == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Optional<PaymentFileDownload> download;
    try {
      download = files.download(runId);
    } catch (AccessDeniedException | EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (RuntimeException e) {
      if (Failures.causedBy(e, AccessDeniedException.class)
          || Failures.causedBy(e, EJBAccessException.class)) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      throw e;
    }
    if (download.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    PaymentFileDownload d = download.get();
    response.setContentType("application/xml");
    response.setContentLength(d.content().length);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Content-SHA256", d.file().sha256());
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"" + d.file().fileName() + "\"");
    try (OutputStream out = response.getOutputStream()) {
      out.write(d.content());
    }
  }
}

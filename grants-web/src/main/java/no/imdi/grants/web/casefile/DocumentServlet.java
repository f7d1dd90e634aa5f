package no.imdi.grants.web.casefile;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import no.imdi.grants.disability.application.CaseReadService;
import no.imdi.grants.document.DocumentStore;
import no.imdi.grants.document.StoredDocument;
import no.imdi.grants.journal.DocumentRef;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.web.shared.Failures;
import no.imdi.grants.web.shared.Ids;

/**
 * A document of a case, downloaded ({@code /app/document?case=ID&id=UUID}): every request asks the
 * case service whether the caller may see that case and whether the case holds the document, and
 * the service writes the access log when it is a health document. The bytes come from the document
 * store (never from under the web root), unchanged, as a download that is not cached. A document of
 * another municipality's case answers 404, as one that does not exist; a role that sees no case
 * answers 403.
 */
@WebServlet("/app/document")
public class DocumentServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @EJB private CaseReadService reads;
  @Inject private DocumentStore store;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Long caseId = Ids.parse(request.getParameter("case"));
    Optional<UUID> documentId = uuid(request.getParameter("id"));
    if (caseId == null || documentId.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    DocumentRef ref;
    try {
      ref = reads.openDocument(caseId, documentId.get(), "Åpne dokument i saken");
    } catch (AccessDeniedException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (EJBAccessException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    } catch (RuntimeException e) {
      if (Failures.causedBy(e, AccessDeniedException.class)) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      throw e;
    }
    Optional<StoredDocument> document = store.find(ref.id());
    if (document.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    StoredDocument d = document.get();
    response.setContentType(d.mediaType());
    response.setContentLengthLong(d.size());
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename=\"dokument.pdf\"; filename*=UTF-8''"
            + URLEncoder.encode(d.displayName().value(), StandardCharsets.UTF_8)
                .replace("+", "%20"));
    try (OutputStream out = response.getOutputStream()) {
      out.write(d.content());
    }
  }

  private static Optional<UUID> uuid(String text) {
    if (text == null || text.length() != 36) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}

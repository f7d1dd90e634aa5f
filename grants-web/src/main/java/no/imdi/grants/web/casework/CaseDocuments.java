package no.imdi.grants.web.casework;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import no.imdi.grants.disability.application.CaseReadService;
import no.imdi.grants.document.DocumentStore;
import no.imdi.grants.document.StoredDocument;
import no.imdi.grants.journal.DocumentRef;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.web.shared.Pages;

/**
 * Sends a case's stored document to the browser as a download: the case service checks, every time,
 * that the caller may see the case and that the case holds the document (a health document's
 * opening is written to the access log with its purpose); anything else answers 404 (another
 * municipality's case, a document not in it) or 403 (a role that sees no cases). The bytes come
 * from the document store, never from under the web root.
 */
@RequestScoped
public class CaseDocuments {

  @EJB private CaseReadService reads;
  @Inject private DocumentStore store;

  public void send(long caseId, UUID documentId, String purpose) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      DocumentRef ref = reads.openDocument(caseId, documentId, purpose);
      StoredDocument document = store.find(ref.id()).orElse(null);
      if (document == null) {
        Pages.refuse(faces, 404);
        return;
      }
      write(faces, document);
    } catch (AccessDeniedException e) {
      Pages.refuse(faces, 404);
    } catch (EJBAccessException e) {
      Pages.refuse(faces, 403);
    }
  }

  /** Writes the PDF as an attachment and completes the response. */
  static void write(FacesContext faces, StoredDocument document) {
    ExternalContext external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType(StoredDocument.PDF);
    external.setResponseContentLength((int) document.size());
    String name = document.displayName().value().replaceAll("[^\\p{L}\\p{N}._-]", "_");
    external.setResponseHeader(
        "Content-Disposition",
        "attachment; filename=\""
            + name.replaceAll("[^A-Za-z0-9._-]", "_")
            + "\"; filename*=UTF-8''"
            + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20"));
    try (InputStream in = document.openContent()) {
      OutputStream out = external.getResponseOutputStream();
      in.transferTo(out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}

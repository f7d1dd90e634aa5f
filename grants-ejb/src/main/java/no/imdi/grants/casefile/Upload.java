package no.imdi.grants.casefile;

import java.util.Objects;
import no.imdi.grants.journal.DocumentRef;
import no.imdi.grants.journal.JournalDocument;

/**
 * A document already kept by the document store, as a message or an application refers to it: its
 * title and its reference (id, format, size, SHA-256).
 */
public record Upload(String title, DocumentRef document) {

  public Upload {
    Objects.requireNonNull(document, "document");
  }

  public JournalDocument toJournalDocument() {
    return new JournalDocument(Texts.required("title", title, 500), document);
  }
}

package no.imdi.grants.document;

import java.util.Optional;

/**
 * Where received documents are kept, outside the web root always, so that no URL reaches a document
 * except through a service that checks the caller's right to its case. The application keeps them
 * in PostgreSQL ({@code stored_document}, the default). A folder implementation could be configured
 * instead (a setting such as {@code grants.documents.store=folder} with {@code
 * grants.documents.folder} naming a folder outside the server's document roots, one file per id
 * written once and never replaced); none is built yet. Implementations check nobody's rights: the
 * case services do that before they call them.
 */
public interface DocumentStore {

  /** Keeps a new document. A document is written once: storing the same id again fails. */
  void store(StoredDocument document);

  /** The document with its bytes, checked against its SHA-256; empty when there is none. */
  Optional<StoredDocument> find(DocumentId id);
}

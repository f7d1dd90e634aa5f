package no.imdi.grants.journal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import no.imdi.grants.document.DocumentId;
import no.imdi.grants.document.StoredDocument;

/**
 * A stored document as the case refers to it: the document store's id ({@link DocumentId}, a UUID),
 * its format (a MIME type such as {@code application/pdf}), its size in bytes and the SHA-256 of
 * its bytes (64 hex digits, lower case). The bytes live in the document store ({@code
 * stored_document}) and never change; a new version is a new document.
 */
@Embeddable
public record DocumentRef(
    @Column(name = "document_id", nullable = false, updatable = false) UUID documentId,
    @Column(name = "format", nullable = false, updatable = false, length = 100) String format,
    @Column(name = "size_bytes", nullable = false, updatable = false) long sizeBytes,
    @Column(name = "sha256", nullable = false, updatable = false, length = 64) String sha256) {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  public DocumentRef {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(format, "format");
    if (format.isBlank() || format.length() > 100) {
      throw new IllegalArgumentException("A document format is 1 to 100 characters");
    }
    if (sizeBytes < 0) {
      throw new IllegalArgumentException("A document size cannot be negative");
    }
    sha256 = sha256 == null ? null : sha256.strip().toLowerCase(Locale.ROOT);
    if (sha256 == null || !SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("A SHA-256 is 64 hex digits, not " + sha256);
    }
  }

  /** The reference to a document the document store keeps. */
  public static DocumentRef of(StoredDocument document) {
    return new DocumentRef(
        document.id().value(), document.mediaType(), document.size(), document.sha256().hex());
  }

  /** The document store's id of the document. */
  public DocumentId id() {
    return new DocumentId(documentId);
  }
}

package no.imdi.grants.journal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A stored document as the case refers to it: the document store's id, its format (a MIME type such
 * as {@code application/pdf}), its size in bytes and the SHA-256 of its bytes (64 hex digits, lower
 * case). The bytes live in the document store and never change; a new version is a new document.
 */
@Embeddable
public record DocumentRef(
    @Column(name = "document_id", nullable = false, updatable = false) long documentId,
    @Column(name = "format", nullable = false, updatable = false, length = 100) String format,
    @Column(name = "size_bytes", nullable = false, updatable = false) long sizeBytes,
    @Column(name = "sha256", nullable = false, updatable = false, length = 64) String sha256) {

  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  public DocumentRef {
    if (documentId < 1) {
      throw new IllegalArgumentException("A document id is positive, not " + documentId);
    }
    Objects.requireNonNull(format, "format");
    if (format.isBlank() || format.length() > 100) {
      throw new IllegalArgumentException("A document format is 1 to 100 characters");
    }
    if (sizeBytes < 0) {
      throw new IllegalArgumentException("A document size cannot be negative");
    }
    sha256 = sha256 == null ? null : sha256.strip().toLowerCase(java.util.Locale.ROOT);
    if (sha256 == null || !SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("A SHA-256 is 64 hex digits, not " + sha256);
    }
  }
}

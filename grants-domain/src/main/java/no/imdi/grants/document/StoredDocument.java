package no.imdi.grants.document;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A received document as it is kept: the original bytes unchanged, their SHA-256 and size, the
 * media type (PDF only), the page count, the sender's file name cleaned for display, and who sent
 * it when. Stored documents are immutable (the journal's rule): a correction is a new document.
 * Reading a document back checks its bytes against the digest recorded when it was received. The
 * time is kept to the microsecond, as the database keeps it.
 */
public final class StoredDocument {

  public static final String PDF = "application/pdf";

  private final DocumentId id;
  private final DisplayName displayName;
  private final String mediaType;
  private final Sha256 sha256;
  private final int pageCount;
  private final Instant receivedAt;
  private final String receivedBy;
  private final byte[] content;

  private StoredDocument(
      DocumentId id,
      DisplayName displayName,
      String mediaType,
      Sha256 sha256,
      int pageCount,
      Instant receivedAt,
      String receivedBy,
      byte[] content) {
    this.id = Objects.requireNonNull(id, "id");
    this.displayName = Objects.requireNonNull(displayName, "displayName");
    this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
    this.sha256 = Objects.requireNonNull(sha256, "sha256");
    this.receivedAt =
        Objects.requireNonNull(receivedAt, "receivedAt").truncatedTo(ChronoUnit.MICROS);
    this.receivedBy = Objects.requireNonNull(receivedBy, "receivedBy");
    this.content = Objects.requireNonNull(content, "content").clone();
    if (!PDF.equals(mediaType)) {
      throw new IllegalArgumentException("Only PDF documents are kept, not " + mediaType);
    }
    if (content.length == 0 || pageCount < 1) {
      throw new IllegalArgumentException("A document has bytes and at least one page");
    }
    this.pageCount = pageCount;
  }

  /** A newly received PDF, checked before; gets a new id and the digest of its bytes. */
  public static StoredDocument received(
      String originalName, byte[] content, int pageCount, Instant at, String by) {
    return new StoredDocument(
        DocumentId.random(),
        DisplayName.sanitise(originalName),
        PDF,
        Sha256.of(content),
        pageCount,
        at,
        by,
        content);
  }

  /**
   * A document read back from storage. Refuses bytes whose size or digest differ from what was
   * recorded when the document was received.
   */
  public static StoredDocument restored(
      DocumentId id,
      DisplayName displayName,
      String mediaType,
      long size,
      Sha256 sha256,
      int pageCount,
      Instant receivedAt,
      String receivedBy,
      byte[] content) {
    if (content.length != size || !Sha256.of(content).equals(sha256)) {
      throw new IllegalStateException("Document " + id + " no longer matches its SHA-256");
    }
    return new StoredDocument(
        id, displayName, mediaType, sha256, pageCount, receivedAt, receivedBy, content);
  }

  public DocumentId id() {
    return id;
  }

  public DisplayName displayName() {
    return displayName;
  }

  public String mediaType() {
    return mediaType;
  }

  public long size() {
    return content.length;
  }

  public Sha256 sha256() {
    return sha256;
  }

  public int pageCount() {
    return pageCount;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public String receivedBy() {
    return receivedBy;
  }

  /** A copy of the original bytes. */
  public byte[] content() {
    return content.clone();
  }

  /** The original bytes as a stream, without copying them. */
  public InputStream openContent() {
    return new ByteArrayInputStream(content);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StoredDocument that
        && id.equals(that.id)
        && sha256.equals(that.sha256)
        && displayName.equals(that.displayName)
        && pageCount == that.pageCount
        && receivedAt.equals(that.receivedAt)
        && receivedBy.equals(that.receivedBy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, sha256);
  }

  @Override
  public String toString() {
    return "StoredDocument["
        + id
        + ", "
        + displayName
        + ", "
        + content.length
        + " bytes, "
        + pageCount
        + " pages, sha256 "
        + sha256
        + "]";
  }
}

package no.imdi.grants.document;

import java.util.Objects;
import java.util.UUID;

/**
 * A stored document's identity: a random UUID, so that an id says nothing about other documents.
 * Knowing an id gives no right to the document; every read checks the caller's right to its case.
 */
public record DocumentId(UUID value) {

  public DocumentId {
    Objects.requireNonNull(value, "value");
  }

  public static DocumentId random() {
    return new DocumentId(UUID.randomUUID());
  }

  public static DocumentId parse(String text) {
    return new DocumentId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}

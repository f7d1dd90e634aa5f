package no.imdi.grants.journal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import java.util.Objects;

/**
 * A document of a journal entry (Noark *dokumentbeskrivelse* with its *dokumentobjekt*): its title
 * and the stored document it is. The first document of an entry is its main document
 * (*hoveddokument*), the others attachments (*vedlegg*).
 */
@Embeddable
public record JournalDocument(
    @Column(name = "title", nullable = false, updatable = false, length = 500) String title,
    @Embedded DocumentRef document) {

  public JournalDocument {
    if (title == null || title.isBlank() || title.length() > 500) {
      throw new IllegalArgumentException("A document title is 1 to 500 characters");
    }
    Objects.requireNonNull(document, "document");
    title = title.strip();
  }
}

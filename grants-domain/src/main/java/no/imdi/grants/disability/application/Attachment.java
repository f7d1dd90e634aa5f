package no.imdi.grants.disability.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import no.imdi.grants.journal.DocumentRef;

/**
 * A stored document attached to an application for a checklist item (R-DOC), with its title,
 * whether it holds health data, who attached it and when, and the journal entry it was registered
 * in (set when the application is submitted, or at once for a document sent later). Attachments of
 * a draft can be removed; once submitted they stay.
 */
@Entity
@Table(name = "application_attachment")
public class Attachment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_attachment_seq")
  @SequenceGenerator(
      name = "application_attachment_seq",
      sequenceName = "application_attachment_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "application_id", nullable = false, updatable = false)
  private Application application;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false, length = 32)
  private DocumentKind kind;

  @Column(name = "title", nullable = false, updatable = false, length = 500)
  private String title;

  @Embedded private DocumentRef document;

  @Column(name = "health_data", nullable = false, updatable = false)
  private boolean healthData;

  @Column(name = "attached_by", nullable = false, updatable = false, length = 64)
  private String attachedBy;

  @Column(name = "attached_at", nullable = false, updatable = false)
  private Instant attachedAt;

  @Column(name = "journal_entry_id")
  private Long journalEntryId;

  protected Attachment() {}

  Attachment(
      Application application,
      DocumentKind kind,
      String title,
      DocumentRef document,
      boolean healthData,
      String attachedBy,
      Instant attachedAt) {
    this.application = application;
    this.kind = kind;
    this.title = title;
    this.document = document;
    this.healthData = healthData || kind.healthData();
    this.attachedBy = attachedBy;
    this.attachedAt = attachedAt;
  }

  /** Registers the journal entry the document is in; once. */
  public void journaledIn(long entryId) {
    if (journalEntryId != null) {
      throw new IllegalStateException("Attachment " + id + " is journaled already");
    }
    journalEntryId = entryId;
  }

  public Long getId() {
    return id;
  }

  public Application getApplication() {
    return application;
  }

  public DocumentKind getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  public DocumentRef getDocument() {
    return document;
  }

  public boolean isHealthData() {
    return healthData;
  }

  public String getAttachedBy() {
    return attachedBy;
  }

  public Instant getAttachedAt() {
    return attachedAt;
  }

  public Long getJournalEntryId() {
    return journalEntryId;
  }
}

package no.imdi.grants.disability.report;

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
import no.imdi.grants.casefile.Texts;
import no.imdi.grants.disability.application.DocumentKind;
import no.imdi.grants.journal.DocumentRef;

/**
 * A stored document attached to an accounts report: the accounts themselves ({@link
 * DocumentKind#ACCOUNTS_REPORT}) or another document, with who attached it and when, and the
 * journal entry it went into when the report was submitted. Removable while the report is a draft.
 */
@Entity
@Table(name = "accounts_report_attachment")
public class ReportAttachment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "accounts_report_attachment_seq")
  @SequenceGenerator(
      name = "accounts_report_attachment_seq",
      sequenceName = "accounts_report_attachment_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "report_id", nullable = false, updatable = false)
  private AccountsReport report;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false, length = 32)
  private DocumentKind kind;

  @Column(name = "title", nullable = false, updatable = false, length = 500)
  private String title;

  @Embedded private DocumentRef document;

  @Column(name = "attached_by", nullable = false, updatable = false, length = 64)
  private String attachedBy;

  @Column(name = "attached_at", nullable = false, updatable = false)
  private Instant attachedAt;

  @Column(name = "journal_entry_id")
  private Long journalEntryId;

  protected ReportAttachment() {}

  /** The accounts, or any other kind as another document; the title is required. */
  static ReportAttachment of(
      AccountsReport report,
      DocumentKind kind,
      String title,
      DocumentRef document,
      String attachedBy,
      Instant attachedAt) {
    DocumentKind what = kind == DocumentKind.ACCOUNTS_REPORT ? kind : DocumentKind.OTHER;
    return new ReportAttachment(
        report, what, Texts.required("title", title, 500), document, attachedBy, attachedAt);
  }

  private ReportAttachment(
      AccountsReport report,
      DocumentKind kind,
      String title,
      DocumentRef document,
      String attachedBy,
      Instant attachedAt) {
    this.report = report;
    this.kind = kind;
    this.title = title;
    this.document = document;
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

  public DocumentKind getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  public DocumentRef getDocument() {
    return document;
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

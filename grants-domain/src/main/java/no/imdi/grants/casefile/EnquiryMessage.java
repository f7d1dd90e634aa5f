package no.imdi.grants.casefile;

import jakarta.persistence.Column;
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

/**
 * One message of an enquiry's thread: which side wrote it, who, when, the text, and the journal
 * entry it was registered in (with its attachments). Never changed.
 */
@Entity
@Table(name = "enquiry_message")
public class EnquiryMessage {

  static final int TEXT_LENGTH = 8000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enquiry_message_seq")
  @SequenceGenerator(
      name = "enquiry_message_seq",
      sequenceName = "enquiry_message_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "enquiry_id", nullable = false, updatable = false)
  private Enquiry enquiry;

  @Enumerated(EnumType.STRING)
  @Column(name = "side", nullable = false, updatable = false, length = 16)
  private Side side;

  @Column(name = "written_by", nullable = false, updatable = false, length = 64)
  private String writtenBy;

  @Column(name = "written_at", nullable = false, updatable = false)
  private Instant writtenAt;

  @Column(name = "text", nullable = false, updatable = false, length = TEXT_LENGTH)
  private String text;

  @Column(name = "journal_entry_id")
  private Long journalEntryId;

  protected EnquiryMessage() {}

  EnquiryMessage(Enquiry enquiry, Side side, String writtenBy, Instant writtenAt, String text) {
    this.enquiry = enquiry;
    this.side = side;
    this.writtenBy = writtenBy;
    this.writtenAt = writtenAt;
    this.text = text;
  }

  /** Registers the journal entry of the message; once. */
  public void journaledIn(long entryId) {
    if (journalEntryId != null) {
      throw new IllegalStateException("Message " + id + " is journaled already");
    }
    journalEntryId = entryId;
  }

  public Long getId() {
    return id;
  }

  public Enquiry getEnquiry() {
    return enquiry;
  }

  public Side getSide() {
    return side;
  }

  public String getWrittenBy() {
    return writtenBy;
  }

  public Instant getWrittenAt() {
    return writtenAt;
  }

  public String getText() {
    return text;
  }

  public Long getJournalEntryId() {
    return journalEntryId;
  }
}

package no.imdi.grants.journal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import no.imdi.grants.casefile.CaseFile;
import no.imdi.grants.casefile.CaseMessage;
import no.imdi.grants.casefile.MatterKind;
import no.imdi.grants.casefile.Refusal;

/**
 * An entry of a case's journal (Noark 5 *journalpost*): its number in the case, type (incoming,
 * outgoing, internal note), journal date, sender or recipient, title, screening, the matter it
 * concerns, and its documents. The journal is append-only: an entry is never changed once written
 * (the database refuses updates and deletes), and a correction is a new entry that names the one it
 * corrects.
 */
@Entity
@Table(name = "journal_entry")
public class JournalEntry {

  static final int TITLE_LENGTH = 500;
  static final int PARTY_LENGTH = 255;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "journal_entry_seq")
  @SequenceGenerator(
      name = "journal_entry_seq",
      sequenceName = "journal_entry_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false, updatable = false)
  private CaseFile caseFile;

  @Column(name = "entry_number", nullable = false, updatable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(name = "entry_type", nullable = false, updatable = false, length = 16)
  private EntryType type;

  @Column(name = "entry_date", nullable = false, updatable = false)
  private LocalDate entryDate;

  @Column(name = "party", updatable = false, length = PARTY_LENGTH)
  private String party;

  @Column(name = "title", nullable = false, updatable = false, length = TITLE_LENGTH)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(name = "screening", nullable = false, updatable = false, length = 16)
  private Screening screening;

  @Enumerated(EnumType.STRING)
  @Column(name = "matter", updatable = false, length = 32)
  private MatterKind matter;

  @Column(name = "matter_id", updatable = false)
  private Long matterId;

  @Column(name = "corrects_entry_id", updatable = false)
  private Long correctsEntryId;

  @Column(name = "registered_by", nullable = false, updatable = false, length = 64)
  private String registeredBy;

  @Column(name = "registered_at", nullable = false, updatable = false)
  private Instant registeredAt;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "journal_document", joinColumns = @JoinColumn(name = "entry_id"))
  @OrderColumn(name = "position")
  private List<JournalDocument> documents = new ArrayList<>();

  protected JournalEntry() {}

  JournalEntry(JournalDraft draft, CaseFile caseFile, int number, String by, Instant at) {
    this.caseFile = Objects.requireNonNull(caseFile, "caseFile");
    if (number < 1) {
      throw new IllegalArgumentException("Journal entries are numbered from 1, not " + number);
    }
    this.number = number;
    this.type = draft.type();
    this.entryDate = draft.entryDate();
    this.party = draft.party();
    this.title = draft.title();
    this.screening = draft.screening();
    this.matter = draft.matter();
    this.matterId = draft.matterId();
    this.correctsEntryId = draft.correctsEntryId();
    this.documents.addAll(draft.documents());
    this.registeredBy = Objects.requireNonNull(by, "by");
    this.registeredAt = Objects.requireNonNull(at, "at");
  }

  /**
   * Writes the draft as entry number {@code number} of the case. An incoming entry names its
   * sender, an outgoing one its recipient; a correction must belong to the same case.
   */
  public static JournalEntry write(
      JournalDraft draft, CaseFile caseFile, int number, String by, Instant at) {
    if (draft.type() != EntryType.NOTE && draft.party() == null) {
      throw Refusal.onField("party", CaseMessage.JOURNAL_PARTY_REQUIRED);
    }
    return new JournalEntry(draft, caseFile, number, by, at);
  }

  /**
   * A correction of an entry: a new entry in the same case that names the one it corrects. The
   * original stays as it was.
   */
  public static JournalEntry correct(
      JournalEntry original, JournalDraft correction, int number, String by, Instant at) {
    return write(correction.correcting(original.getId()), original.caseFile, number, by, at);
  }

  public Long getId() {
    return id;
  }

  public CaseFile getCaseFile() {
    return caseFile;
  }

  public int getNumber() {
    return number;
  }

  public EntryType getType() {
    return type;
  }

  public LocalDate getEntryDate() {
    return entryDate;
  }

  public String getParty() {
    return party;
  }

  public String getTitle() {
    return title;
  }

  public Screening getScreening() {
    return screening;
  }

  public MatterKind getMatter() {
    return matter;
  }

  public Long getMatterId() {
    return matterId;
  }

  public Long getCorrectsEntryId() {
    return correctsEntryId;
  }

  public String getRegisteredBy() {
    return registeredBy;
  }

  public Instant getRegisteredAt() {
    return registeredAt;
  }

  public List<JournalDocument> getDocuments() {
    return Collections.unmodifiableList(documents);
  }
}

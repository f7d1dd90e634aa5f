package no.imdi.grants.casefile;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import no.imdi.grants.security.Actor;

/**
 * An enquiry (*henvendelse*, *endringsforespørsel*): a thread of messages on a case between the
 * municipality and IMDi, about the case or one of its applications. IMDi may ask for documentation
 * with a reply date; the application it concerns then waits for the answer. Each message passes the
 * turn to the other side; IMDi closes the thread.
 */
@Entity
@Table(name = "enquiry")
public class Enquiry {

  static final int SUBJECT_LENGTH = 255;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enquiry_seq")
  @SequenceGenerator(name = "enquiry_seq", sequenceName = "enquiry_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false, updatable = false)
  private CaseFile caseFile;

  @Column(name = "application_id", updatable = false)
  private Long applicationId;

  @Column(name = "subject", nullable = false, updatable = false, length = SUBJECT_LENGTH)
  private String subject;

  @Column(name = "documentation_request", nullable = false, updatable = false)
  private boolean documentationRequest;

  @Column(name = "reply_by", updatable = false)
  private LocalDate replyBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 32)
  private EnquiryState state;

  @Column(name = "opened_by", nullable = false, updatable = false, length = 64)
  private String openedBy;

  @Column(name = "opened_at", nullable = false, updatable = false)
  private Instant openedAt;

  @Column(name = "last_message_at", nullable = false)
  private Instant lastMessageAt;

  @OneToMany(mappedBy = "enquiry", cascade = CascadeType.ALL)
  @OrderBy("writtenAt, id")
  private List<EnquiryMessage> messages = new ArrayList<>();

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Enquiry() {}

  /**
   * Either side opens a thread about the case ({@code applicationId} {@code null}) or one of its
   * applications; the turn passes to the other side.
   */
  public static Created<Enquiry, EnquiryState> open(
      CaseFile caseFile, Long applicationId, String subject, String text, Actor by, Instant at) {
    return create(caseFile, applicationId, subject, text, false, null, by, at);
  }

  /**
   * IMDi asks for documentation for an application, to be answered by a day after today; the
   * service moves the application to waiting.
   */
  public static Created<Enquiry, EnquiryState> requestDocumentation(
      CaseFile caseFile,
      long applicationId,
      String subject,
      String text,
      LocalDate replyBy,
      LocalDate today,
      Actor by,
      Instant at) {
    if (Side.of(by) != Side.IMDI) {
      throw Refusal.of(CaseMessage.ROLE_NOT_ALLOWED, by.role());
    }
    if (replyBy == null || !replyBy.isAfter(today)) {
      throw Refusal.onField("replyBy", CaseMessage.ENQUIRY_REPLY_DATE, replyBy, today);
    }
    return create(caseFile, applicationId, subject, text, true, replyBy, by, at);
  }

  private static Created<Enquiry, EnquiryState> create(
      CaseFile caseFile,
      Long applicationId,
      String subject,
      String text,
      boolean documentationRequest,
      LocalDate replyBy,
      Actor by,
      Instant at) {
    Side side = Side.of(by);
    Enquiry enquiry = new Enquiry();
    enquiry.caseFile = Objects.requireNonNull(caseFile, "caseFile");
    enquiry.applicationId = applicationId;
    enquiry.subject = Texts.required("subject", subject, SUBJECT_LENGTH);
    enquiry.documentationRequest = documentationRequest;
    enquiry.replyBy = replyBy;
    enquiry.openedBy = by.username();
    enquiry.openedAt = at;
    return new Created<>(enquiry, enquiry.write(side, text, by, at, "open"));
  }

  /** A message from either side; the turn passes to the other. Refused once closed. */
  public StateChange<EnquiryState> reply(String text, Actor by, Instant at) {
    if (state == EnquiryState.CLOSED) {
      throw Refusal.of(CaseMessage.ENQUIRY_CLOSED);
    }
    return write(Side.of(by), text, by, at, "reply");
  }

  /** IMDi closes the thread. */
  public StateChange<EnquiryState> close(Actor by, Instant at, String why) {
    if (Side.of(by) != Side.IMDI) {
      throw Refusal.of(CaseMessage.ROLE_NOT_ALLOWED, by.role());
    }
    if (state == EnquiryState.CLOSED) {
      throw Refusal.of(CaseMessage.ENQUIRY_CLOSED);
    }
    EnquiryState from = state;
    state = EnquiryState.CLOSED;
    return new StateChange<>(
        "close", from, state, by.username(), at, Texts.optional("reason", why, 1000));
  }

  private StateChange<EnquiryState> write(
      Side side, String text, Actor by, Instant at, String action) {
    String body = Texts.required("text", text, EnquiryMessage.TEXT_LENGTH);
    messages.add(new EnquiryMessage(this, side, by.username(), at, body));
    lastMessageAt = at;
    EnquiryState from = state;
    state =
        side == Side.IMDI ? EnquiryState.WAITING_FOR_MUNICIPALITY : EnquiryState.WAITING_FOR_IMDI;
    return new StateChange<>(action, from, state, by.username(), at, null);
  }

  /** The message written last. */
  public EnquiryMessage lastMessage() {
    return messages.get(messages.size() - 1);
  }

  public Long getId() {
    return id;
  }

  public CaseFile getCaseFile() {
    return caseFile;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public String getSubject() {
    return subject;
  }

  public boolean isDocumentationRequest() {
    return documentationRequest;
  }

  public LocalDate getReplyBy() {
    return replyBy;
  }

  public EnquiryState getState() {
    return state;
  }

  public String getOpenedBy() {
    return openedBy;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public Instant getLastMessageAt() {
    return lastMessageAt;
  }

  public List<EnquiryMessage> getMessages() {
    return Collections.unmodifiableList(messages);
  }

  public long getVersion() {
    return version;
  }
}

package no.imdi.grants.disability.application;

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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import no.imdi.grants.casefile.CaseFile;
import no.imdi.grants.casefile.CaseMessage;
import no.imdi.grants.casefile.CaseRoles;
import no.imdi.grants.casefile.Created;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.casefile.StateChange;
import no.imdi.grants.casefile.Texts;
import no.imdi.grants.disability.DeadlineCheck;
import no.imdi.grants.security.Actor;

/**
 * A request for a later application deadline (*utsatt søknadsfrist*, R-DL-5) for one grant year of
 * a case. It must arrive within the original deadline, the deadline day included; IMDi grants it
 * with a new, later date or refuses it. A granted date is the deadline of that grant year from then
 * on, everywhere it counts (R-DL-6). One request at a time per grant year, and one grant.
 */
@Entity
@Table(name = "extension_request")
public class ExtensionRequest {

  static final int TEXT_LENGTH = 4000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "extension_request_seq")
  @SequenceGenerator(
      name = "extension_request_seq",
      sequenceName = "extension_request_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false, updatable = false)
  private CaseFile caseFile;

  @Column(name = "grant_year", nullable = false, updatable = false)
  private int grantYear;

  @Column(name = "original_deadline", nullable = false, updatable = false)
  private LocalDate originalDeadline;

  @Column(name = "requested_deadline", updatable = false)
  private LocalDate requestedDeadline;

  @Column(name = "reason", nullable = false, updatable = false, length = TEXT_LENGTH)
  private String reason;

  @Column(name = "received_on", nullable = false, updatable = false)
  private LocalDate receivedOn;

  @Column(name = "requested_by", nullable = false, updatable = false, length = 64)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false, updatable = false)
  private Instant requestedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 16)
  private ExtensionState state;

  @Column(name = "granted_deadline")
  private LocalDate grantedDeadline;

  @Column(name = "decided_by", length = 64)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_reason", length = TEXT_LENGTH)
  private String decisionReason;

  @Column(name = "letter_entry_id")
  private Long letterEntryId;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ExtensionRequest() {}

  /**
   * The municipality asks for a later deadline for the grant year, received on the day. Refused
   * when the year has no deadline (R-DL-3), when it is too late (R-DL-5), or when the year already
   * has an open or a granted request.
   */
  public static Created<ExtensionRequest, ExtensionState> request(
      CaseFile caseFile,
      int grantYear,
      LocalDate originalDeadline,
      LocalDate requestedDeadline,
      String reason,
      List<ExtensionRequest> earlier,
      LocalDate receivedOn,
      Actor by,
      Instant at) {
    CaseRoles.requireMunicipality(by);
    if (originalDeadline == null) {
      throw Refusal.of(CaseMessage.EXTENSION_NO_DEADLINE, grantYear);
    }
    if (!DeadlineCheck.extensionRequestInTime(originalDeadline, receivedOn).value()) {
      throw Refusal.of(CaseMessage.EXTENSION_LATE, receivedOn, originalDeadline);
    }
    for (ExtensionRequest other : earlier) {
      if (other.grantYear == grantYear && other.state == ExtensionState.RECEIVED) {
        throw Refusal.of(CaseMessage.EXTENSION_OPEN, grantYear);
      }
      if (other.grantYear == grantYear && other.state == ExtensionState.GRANTED) {
        throw Refusal.of(CaseMessage.EXTENSION_GRANTED_BEFORE, grantYear, other.grantedDeadline);
      }
    }
    if (requestedDeadline != null && !requestedDeadline.isAfter(originalDeadline)) {
      throw Refusal.onField(
          "requestedDeadline",
          CaseMessage.EXTENSION_DATE_NOT_LATER,
          requestedDeadline,
          originalDeadline);
    }
    ExtensionRequest request = new ExtensionRequest();
    request.caseFile = Objects.requireNonNull(caseFile, "caseFile");
    request.grantYear = grantYear;
    request.originalDeadline = originalDeadline;
    request.requestedDeadline = requestedDeadline;
    request.reason = Texts.required("reason", reason, TEXT_LENGTH);
    request.receivedOn = receivedOn;
    request.requestedBy = by.username();
    request.requestedAt = at;
    request.state = ExtensionState.RECEIVED;
    return new Created<>(
        request,
        new StateChange<>("request", null, ExtensionState.RECEIVED, by.username(), at, null));
  }

  /** IMDi grants a later deadline, after the original one. */
  public StateChange<ExtensionState> grant(
      LocalDate newDeadline, String why, Actor by, Instant at) {
    CaseRoles.requireImdiCaseworker(by, caseFile);
    requireReceived();
    if (newDeadline == null || !newDeadline.isAfter(originalDeadline)) {
      throw Refusal.onField(
          "grantedDeadline", CaseMessage.EXTENSION_DATE_NOT_LATER, newDeadline, originalDeadline);
    }
    grantedDeadline = newDeadline;
    return decide(ExtensionState.GRANTED, Texts.optional("reason", why, TEXT_LENGTH), by, at);
  }

  /** IMDi refuses the request, saying why. */
  public StateChange<ExtensionState> refuse(String why, Actor by, Instant at) {
    CaseRoles.requireImdiCaseworker(by, caseFile);
    requireReceived();
    return decide(ExtensionState.REFUSED, Texts.required("reason", why, TEXT_LENGTH), by, at);
  }

  /** The journal entry of the reply letter, recorded once after the request was decided. */
  public void recordLetter(long journalEntryId) {
    if (state == ExtensionState.RECEIVED || letterEntryId != null) {
      throw Refusal.of(CaseMessage.EXTENSION_STATE, state);
    }
    letterEntryId = journalEntryId;
  }

  private void requireReceived() {
    if (state != ExtensionState.RECEIVED) {
      throw Refusal.of(CaseMessage.EXTENSION_STATE, state);
    }
  }

  private StateChange<ExtensionState> decide(ExtensionState to, String why, Actor by, Instant at) {
    ExtensionState from = state;
    state = to;
    decidedBy = by.username();
    decidedAt = at;
    decisionReason = why;
    return new StateChange<>(
        to == ExtensionState.GRANTED ? "grant" : "refuse", from, to, by.username(), at, why);
  }

  public Long getId() {
    return id;
  }

  public CaseFile getCaseFile() {
    return caseFile;
  }

  public int getGrantYear() {
    return grantYear;
  }

  public LocalDate getOriginalDeadline() {
    return originalDeadline;
  }

  public LocalDate getRequestedDeadline() {
    return requestedDeadline;
  }

  public String getReason() {
    return reason;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public ExtensionState getState() {
    return state;
  }

  /** The granted later deadline; {@code null} unless granted. */
  public LocalDate getGrantedDeadline() {
    return grantedDeadline;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecisionReason() {
    return decisionReason;
  }

  public Long getLetterEntryId() {
    return letterEntryId;
  }

  public long getVersion() {
    return version;
  }
}

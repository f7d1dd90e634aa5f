package no.imdi.grants.inbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;
import no.imdi.grants.casefile.CaseNumber;
import no.imdi.grants.casefile.CaseRepository;
import no.imdi.grants.disability.application.HealthReads;
import no.imdi.grants.document.DocumentId;
import no.imdi.grants.document.DocumentStore;
import no.imdi.grants.document.StoredDocument;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.security.MunicipalityScope;
import no.imdi.grants.security.RefusalAudit;
import no.imdi.grants.security.Role;
import no.imdi.grants.shared.Page;

/**
 * A municipality caseworker's inbox: the letters, requests and replies IMDi delivered to the
 * caller's municipality, unread first. Opening an item records the first opening (once; the
 * complaint deadline still counts from the delivery, R-AP-3). A letter's PDF is handed out only for
 * an item of the caller's own municipality; anything else is refused as not found, and the refusal
 * goes to the security log. A letter is screened (it tells of a disability grant), so each download
 * is written to the access log with its purpose.
 */
@Stateless
@Interceptors(RefusalAudit.class)
@RolesAllowed(Role.MUNICIPALITY_CASEWORKER_NAME)
public class InboxService {

  static final String DOWNLOAD_PURPOSE = "Åpne brev fra IMDi i innboksen";

  @Inject private CurrentUser currentUser;
  @Inject private Inbox inbox;
  @Inject private CaseRepository cases;
  @Inject private DocumentStore documents;
  @Inject private HealthReads health;
  @Inject private Clock clock;

  public InboxService() {}

  public InboxService(
      CurrentUser currentUser,
      Inbox inbox,
      CaseRepository cases,
      DocumentStore documents,
      HealthReads health,
      Clock clock) {
    this.currentUser = currentUser;
    this.inbox = inbox;
    this.cases = cases;
    this.documents = documents;
    this.health = health;
    this.clock = clock;
  }

  /** The caller's municipality's inbox, unread first, then newest first. */
  public Page<InboxItem> items(boolean unreadOnly, int first, int size) {
    return items(unreadOnly, null, first, size);
  }

  /**
   * The caller's municipality's inbox, only the items of the case with that number when one is
   * given (another municipality's case number finds nothing), unread first, then newest first.
   */
  public Page<InboxItem> items(boolean unreadOnly, CaseNumber caseNumber, int first, int size) {
    String municipality = municipality();
    int from = Math.max(0, first);
    int rows = Math.max(1, Math.min(size, 200));
    return new Page<>(
        inbox.page(municipality, unreadOnly, caseNumber, from, rows),
        inbox.count(municipality, unreadOnly, caseNumber));
  }

  public long unread() {
    return inbox.count(municipality(), true);
  }

  /** Opens the item: the first opening is recorded; returns the item as it is now. */
  public InboxItem open(long itemId) {
    String municipality = municipality();
    InboxItem item = own(municipality, itemId);
    inbox.recordFirstOpening(item.id(), currentUser.username(), clock.instant());
    return inbox.find(municipality, itemId).orElseThrow();
  }

  /** The letter's PDF; opening it counts as opening the item, and is access-logged. */
  public StoredDocument letter(long itemId) {
    InboxItem item = open(itemId);
    if (!item.isLetter()) {
      throw new AccessDeniedException("Inbox item " + itemId + " has no letter");
    }
    health.document(
        cases
            .find(MunicipalityScope.ALL, item.caseId())
            .orElseThrow(() -> new AccessDeniedException("No case " + item.caseId())),
        item.documentId(),
        DOWNLOAD_PURPOSE);
    return documents
        .find(new DocumentId(item.documentId()))
        .orElseThrow(() -> new IllegalStateException("Letter " + item.documentId() + " missing"));
  }

  private InboxItem own(String municipality, long itemId) {
    return inbox
        .find(municipality, itemId)
        .orElseThrow(
            () ->
                new AccessDeniedException(
                    "Inbox item " + itemId + " is not in the inbox of " + municipality));
  }

  private String municipality() {
    return currentUser
        .caseScope()
        .restrictedTo()
        .orElseThrow(() -> new AccessDeniedException("An inbox belongs to a municipality"));
  }
}

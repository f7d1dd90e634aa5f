package no.imdi.grants.web.casework;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import no.imdi.grants.casefile.CaseNumber;
import no.imdi.grants.complaint.ComplaintDeadline;
import no.imdi.grants.inbox.InboxItem;
import no.imdi.grants.inbox.InboxService;
import no.imdi.grants.letter.LetterKind;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.shared.ClockProducer;
import no.imdi.grants.web.shared.Ids;
import no.imdi.grants.web.shared.Messages;
import no.imdi.grants.web.shared.Pages;
import org.primefaces.component.datatable.DataTable;

/**
 * The municipality caseworker's inbox ({@code app/inbox.xhtml}): IMDi's letters, requests and
 * replies, unread first, paged, searchable by case number (in the database). {@code ?letter=} opens
 * a letter's PDF and {@code ?item=} a request or reply (then the case): opening records the first
 * opening, once; the complaint deadline of a dismissal still counts from the delivery (R-AP-3). An
 * item of another municipality answers 404, exactly like one that does not exist; other roles get
 * 403.
 */
@Named
@ViewScoped
public class InboxBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private InboxService inbox;
  @Inject private Casework casework;

  private String letterParam;
  private String itemParam;
  private boolean unreadOnly;
  private String caseNumberText;
  private CaseNumber caseNumber;
  private InboxModel model;
  @Inject private Messages messages;

  public void load() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!casework.isHasInbox()) {
      Pages.refuse(faces, 403);
      return;
    }
    try {
      if (letterParam != null) {
        Long id = Ids.parse(letterParam);
        if (id == null) {
          Pages.refuse(faces, 404);
          return;
        }
        CaseDocuments.write(faces, inbox.letter(id));
      } else if (itemParam != null) {
        Long id = Ids.parse(itemParam);
        if (id == null) {
          Pages.refuse(faces, 404);
          return;
        }
        InboxItem item = inbox.open(id);
        faces
            .getExternalContext()
            .redirect(
                faces.getExternalContext().getRequestContextPath()
                    + "/app/case.xhtml?id="
                    + item.caseId());
        faces.responseComplete();
      }
    } catch (AccessDeniedException e) {
      Pages.refuse(faces, 404);
    } catch (EJBAccessException e) {
      Pages.refuse(faces, 403);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The case number the list is filtered by (as last applied), or null. */
  CaseNumber appliedCaseNumber() {
    return caseNumber;
  }

  public InboxModel getModel() {
    if (model == null) {
      model = new InboxModel(() -> inbox, () -> unreadOnly, () -> caseNumber);
    }
    return model;
  }

  public long getUnread() {
    return inbox.unread();
  }

  /** The complaint deadline of a dismissal, counted from the day it was delivered (R-AP-3). */
  public LocalDate complaintDeadline(InboxItem item) {
    if (item.letterKind() != LetterKind.DISMISSAL
        && item.letterKind() != LetterKind.COMPLAINT_DISMISSAL) {
      return null;
    }
    return ComplaintDeadline.forNotice(item.deliveredAt().atZone(ClockProducer.OSLO).toLocalDate())
        .deadline();
  }

  /**
   * Applies the filter: unread only, and the case number searched for ({@code 2026/00123}, checked
   * on the field), from the first page.
   */
  public String applyFilter() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (caseNumberText == null || caseNumberText.isBlank()) {
      caseNumber = null;
    } else {
      try {
        caseNumber = CaseNumber.parse(caseNumberText);
      } catch (IllegalArgumentException e) {
        faces.addMessage(
            "inboxForm:caseNumber",
            messages.message(FacesMessage.SEVERITY_ERROR, "casegap.inbox.caseNumberInvalid"));
        faces.validationFailed();
        return null;
      }
    }
    if (faces.getViewRoot().findComponent("inboxForm:items") instanceof DataTable table) {
      table.setFirst(0);
    }
    return null;
  }

  /** The case number searched for, as typed. */
  public String getCaseNumber() {
    return caseNumberText;
  }

  public void setCaseNumber(String caseNumber) {
    this.caseNumberText = caseNumber;
  }

  /** Whether the list shows one case only. */
  public boolean isSearching() {
    return caseNumber != null;
  }

  public boolean isUnreadOnly() {
    return unreadOnly;
  }

  public void setUnreadOnly(boolean unreadOnly) {
    this.unreadOnly = unreadOnly;
  }

  public String getLetterParam() {
    return letterParam;
  }

  public void setLetterParam(String letterParam) {
    this.letterParam = letterParam;
  }

  public String getItemParam() {
    return itemParam;
  }

  public void setItemParam(String itemParam) {
    this.itemParam = itemParam;
  }
}

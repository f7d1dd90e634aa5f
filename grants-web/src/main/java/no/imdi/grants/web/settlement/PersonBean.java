package no.imdi.grants.web.settlement;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.imdi.grants.municipality.Municipality;
import no.imdi.grants.municipality.MunicipalityDirectory;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.settlement.PersonRecord;
import no.imdi.grants.settlement.SettlementAudit;
import no.imdi.grants.settlement.SettlementMove;
import no.imdi.grants.settlement.SettlementService;
import no.imdi.grants.shared.ConcurrentChangeException;
import no.imdi.grants.shared.InvalidInputException;
import no.imdi.grants.web.security.SessionUser;
import no.imdi.grants.web.shared.DateInput;
import no.imdi.grants.web.shared.Ids;
import no.imdi.grants.web.shared.InputProblems;
import no.imdi.grants.web.shared.Messages;
import no.imdi.grants.web.shared.Pages;

/**
 * The person page: the person, the settlement and its history of moves. Opening it reads the
 * person's record, which the service writes to the access log. A person outside the caller's
 * municipality is answered as one that does not exist (HTTP 404, so that the answer does not tell
 * that the id exists elsewhere); the service writes the refusal to the security log. A role that
 * sees no persons at all is refused (HTTP 403).
 */
@Named
@ViewScoped
public class PersonBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One line of the settlement history: where the person lived from and to which date. */
  public record HistoryLine(LocalDate from, LocalDate to, String municipality, String event)
      implements Serializable {}

  @EJB private SettlementService service;
  @EJB private MunicipalityDirectory municipalityDirectory;
  @Inject private Messages messages;
  @Inject private SessionUser sessionUser;

  private String idParam;
  private Long id;
  private PersonRecord record;
  private String moveTo;
  private DateInput moveDate;
  private String pendingMoveTo;
  private String pendingMoveNumber;
  private LocalDate pendingMoveDate;
  private String correctTo;
  private DateInput correctDate;
  private String correctReason;
  private transient List<SettlementAudit> moveAudit;

  public void load() {
    if (record != null) {
      return;
    }
    id = Ids.parse(idParam);
    if (id == null) {
      Pages.refuse(FacesContext.getCurrentInstance(), 404);
      return;
    }
    try {
      record = service.personRecord(id, "Vise person");
    } catch (AccessDeniedException e) {
      Pages.refuse(FacesContext.getCurrentInstance(), 404);
    } catch (EJBAccessException e) {
      Pages.refuse(FacesContext.getCurrentInstance(), 403);
    }
  }

  public List<HistoryLine> getHistory() {
    List<HistoryLine> lines = new ArrayList<>();
    if (record == null) {
      return lines;
    }
    LocalDate from = record.settlement().getSettlementDate();
    String where = record.settlement().getSettledIn().getLabel();
    String event = "SETTLED";
    for (SettlementMove move : record.moves()) {
      lines.add(new HistoryLine(from, move.getMoveDate().minusDays(1), where, event));
      from = move.getMoveDate();
      where = move.getTo().getLabel();
      event = "MOVED";
    }
    lines.add(new HistoryLine(from, null, where, event));
    return lines;
  }

  /** First step of a move: checks it and asks the user to confirm what will happen. */
  public String move() {
    try {
      pendingMoveTo = null;
      InputProblems typed = new InputProblems();
      LocalDate date = typed.date("moveDate", moveDate);
      long settlementId = record.settlement().getId();
      if (!typed.isEmpty()) {
        throw new InvalidInputException(
            typed.with(service.moveProblems(settlementId, moveTo, date)));
      }
      pendingMoveTo = service.checkMove(settlementId, moveTo, date).getLabel();
      pendingMoveNumber = moveTo;
      pendingMoveDate = date;
    } catch (InvalidInputException e) {
      messages.addProblems("moveForm", e.problems());
    } catch (AccessDeniedException | EJBAccessException e) {
      messages.error("settlement.denied");
    }
    return null;
  }

  /**
   * Second step: registers the move as confirmed. The user returns to the person when they can
   * still see the person, otherwise to the list, with a message that says what happened either way.
   */
  public String confirmMove() {
    if (pendingMoveTo == null) {
      return null;
    }
    try {
      boolean visible =
          service.move(
              record.settlement().getId(),
              record.settlement().getVersion(),
              pendingMoveNumber,
              pendingMoveDate);
      String who = record.person().getFullName();
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      if (visible) {
        messages.info("person.moved", who, pendingMoveTo, pendingMoveDate);
        return "/app/person?faces-redirect=true&id=" + id;
      }
      messages.info("person.movedAway", who, pendingMoveTo, pendingMoveDate);
      return "/app/settlements?faces-redirect=true";
    } catch (InvalidInputException e) {
      pendingMoveTo = null;
      messages.addProblems("moveForm", e.problems());
    } catch (ConcurrentChangeException e) {
      pendingMoveTo = null;
      messages.error("settlement.concurrentChange");
    } catch (AccessDeniedException | EJBAccessException e) {
      pendingMoveTo = null;
      messages.error("settlement.denied");
    }
    return null;
  }

  public void cancelMove() {
    pendingMoveTo = null;
  }

  /** IMDi's correction of the latest move: taken back, or registered again to another place. */
  public String correctMove() {
    try {
      InputProblems typed = new InputProblems();
      LocalDate date = typed.date("correctDate", correctDate);
      if (!typed.isEmpty()) {
        throw new InvalidInputException(typed.with(List.of()));
      }
      service.correctMove(
          record.settlement().getId(),
          record.settlement().getVersion(),
          correctTo,
          date,
          correctReason);
      messages.info("person.moveCorrected");
      FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
      return "/app/person?faces-redirect=true&id=" + id;
    } catch (InvalidInputException e) {
      messages.addProblems("correctForm", e.problems());
    } catch (ConcurrentChangeException e) {
      messages.error("settlement.concurrentChange");
    } catch (AccessDeniedException | EJBAccessException e) {
      messages.error("settlement.denied");
    }
    return null;
  }

  /** The audit trail of the moves, for IMDi's roles (empty for others). */
  public List<SettlementAudit> getMoveAudit() {
    if (moveAudit == null) {
      moveAudit =
          record == null || !sessionUser.isImdi()
              ? List.of()
              : service.moveAudit(record.settlement().getId());
    }
    return moveAudit;
  }

  public boolean isMovePending() {
    return pendingMoveTo != null;
  }

  public String getPendingMoveTo() {
    return pendingMoveTo;
  }

  public LocalDate getPendingMoveDate() {
    return pendingMoveDate;
  }

  public String getCorrectTo() {
    return correctTo;
  }

  public void setCorrectTo(String correctTo) {
    this.correctTo = correctTo;
  }

  public DateInput getCorrectDate() {
    return correctDate;
  }

  public void setCorrectDate(DateInput correctDate) {
    this.correctDate = correctDate;
  }

  public String getCorrectReason() {
    return correctReason;
  }

  public void setCorrectReason(String correctReason) {
    this.correctReason = correctReason;
  }

  public List<Municipality> getMunicipalities() {
    return municipalityDirectory.all();
  }

  public PersonRecord getRecord() {
    return record;
  }

  public Long getId() {
    return id;
  }

  public String getIdParam() {
    return idParam;
  }

  public void setIdParam(String idParam) {
    this.idParam = idParam;
  }

  public String getMoveTo() {
    return moveTo;
  }

  public void setMoveTo(String moveTo) {
    this.moveTo = moveTo;
  }

  public DateInput getMoveDate() {
    return moveDate;
  }

  public void setMoveDate(DateInput moveDate) {
    this.moveDate = moveDate;
  }
}

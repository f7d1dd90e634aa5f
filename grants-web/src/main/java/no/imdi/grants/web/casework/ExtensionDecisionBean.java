package no.imdi.grants.web.casework;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.casefile.QueueItem;
import no.imdi.grants.disability.application.CaseReadService;
import no.imdi.grants.disability.application.ExtensionView;
import no.imdi.grants.disability.application.ImdiCaseService;
import no.imdi.grants.web.shared.DateInput;
import no.imdi.grants.web.shared.InputProblems;
import no.imdi.grants.web.shared.Messages;

/**
 * IMDi's decision on a request for a later application deadline (*utsatt søknadsfrist*, R-DL-5),
 * from the work queue: the caseworker who has the case opens the request, and grants it with a new
 * date or refuses it with a reason. The service checks the rules (only a request within the
 * original deadline, a later date) and the reply letter is delivered to the municipality's inbox.
 */
@Named
@ViewScoped
public class ExtensionDecisionBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private ImdiCaseService service;
  @EJB private CaseReadService reads;
  @Inject private Messages messages;

  private ExtensionView request;
  private String caseNumber;
  private DateInput newDeadline;
  private String reason;

  public void open(QueueItem item) {
    try {
      request =
          reads.extensions(item.caseId()).stream()
              .filter(e -> e.id() == item.matterId())
              .findFirst()
              .orElse(null);
      caseNumber = item.caseNumber();
      newDeadline = request == null ? null : DateInput.of(request.requestedDeadline());
      reason = null;
    } catch (RuntimeException e) {
      if (!Failures.show(messages, null, e)) {
        throw e;
      }
    }
  }

  public void grant() {
    InputProblems typed = new InputProblems();
    LocalDate date = typed.date("newDeadline", newDeadline);
    typed.required("newDeadline", date);
    if (!typed.isEmpty()) {
      messages.addProblems("extensionForm", typed.with(List.of()));
      return;
    }
    decide(true, date);
  }

  public void refuse() {
    decide(false, null);
  }

  private void decide(boolean grant, LocalDate date) {
    if (request == null) {
      return;
    }
    try {
      if (grant) {
        service.grantExtension(request.id(), request.version(), date, reason);
        messages.info("queue.extensionGranted", caseNumber, date);
      } else {
        service.refuseExtension(request.id(), request.version(), reason);
        messages.info("queue.extensionRefused", caseNumber);
      }
      request = null;
    } catch (RuntimeException e) {
      if (!Failures.show(messages, "extensionForm", e)) {
        throw e;
      }
    }
  }

  public void close() {
    request = null;
  }

  public ExtensionView getRequest() {
    return request;
  }

  public String getCaseNumber() {
    return caseNumber;
  }

  public DateInput getNewDeadline() {
    return newDeadline;
  }

  public void setNewDeadline(DateInput newDeadline) {
    this.newDeadline = newDeadline;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}

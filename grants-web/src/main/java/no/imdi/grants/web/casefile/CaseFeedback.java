package no.imdi.grants.web.casefile;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import no.imdi.grants.casefile.CaseRefusedException;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.disability.application.SubmitProblem;
import no.imdi.grants.shared.Formats;
import no.imdi.grants.web.shared.Messages;

/**
 * The case services' answers as the case pages show them: a refusal next to its field (or above the
 * form), a submit problem or a reason as a sentence with its rule id, in the user's language; and a
 * deadline counted from today.
 */
@Named
@RequestScoped
public class CaseFeedback {

  @Inject private Messages messages;
  @Inject private FacesContext faces;
  @Inject private Clock clock;

  /**
   * Shows a refusal next to the field it concerns, when that field is on the form, else above the
   * form, and marks the request failed so that the form keeps what was typed.
   */
  public void refused(String formId, CaseRefusedException e) {
    FacesMessage message =
        messages.message(FacesMessage.SEVERITY_ERROR, e.messageKey(), e.arguments().toArray());
    String clientId = e.field() == null ? null : formId + ":" + fieldId(e.field());
    if (clientId != null && (e.field().startsWith("measures[") || exists(clientId))) {
      faces.addMessage(clientId, message);
    } else {
      faces.addMessage(null, message);
    }
    faces.validationFailed();
  }

  /** The sentence of a refusal of the rules (a grant year's reason why not). */
  public String text(Refusal refusal) {
    return messages.text(refusal.messageKey(), refusal.arguments().toArray());
  }

  public String text(SubmitProblem problem) {
    return messages.text(problem.messageKey(), problem.arguments().toArray());
  }

  public List<String> texts(List<SubmitProblem> problems) {
    return problems.stream().map(this::text).toList();
  }

  /** "fristen gikk ut 13.12.2024" or "42 dager igjen", counted from today; empty without one. */
  public String deadline(LocalDate deadline) {
    if (deadline == null) {
      return "";
    }
    long days = ChronoUnit.DAYS.between(LocalDate.now(clock), deadline);
    return days < 0
        ? messages.text("calc.deadline.passed", Formats.date(deadline))
        : messages.text("calc.deadline.daysLeft", days);
  }

  /** Whether the deadline has passed today. */
  public boolean passed(LocalDate deadline) {
    return deadline != null && deadline.isBefore(LocalDate.now(clock));
  }

  /**
   * A field path of the services ({@code measures[0].lines[1].hours}) as the client id within the
   * form of the repeated rows ({@code measures:0:lines:1:hours}).
   */
  static String fieldId(String field) {
    return field.replace("[", ":").replace("]", "").replace(".", ":");
  }

  private boolean exists(String clientId) {
    try {
      return faces.getViewRoot() != null && faces.getViewRoot().findComponent(clientId) != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}

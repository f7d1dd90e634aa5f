package no.imdi.grants.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.EditableValueHolder;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import no.imdi.grants.shared.FieldProblem;
import no.imdi.grants.shared.Formats;
import no.imdi.grants.shared.Nok;
import org.primefaces.util.ComponentUtils;

/**
 * Texts of the pages in the user's language (bokmål by default, English when the browser asks for
 * it), and the translation of the services' field problems into messages next to their fields; a
 * field with a problem is marked invalid, so that it is drawn as such, has {@code
 * aria-invalid="true"} and takes the focus after the save (forms.js).
 */
@RequestScoped
public class Messages {

  private static final String BUNDLE = "no.imdi.grants.web.messages";
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("LLLL yyyy");

  @Inject private FacesContext faces;

  public Locale locale() {
    return faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : new Locale("nb");
  }

  public String text(String key, Object... arguments) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale());
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    Object[] formatted = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      formatted[i] = argument(arguments[i]);
    }
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(formatted);
  }

  /**
   * Dates as 13.10.2023, months by name, amounts as 1 520 000 kr, enum values by their {@code
   * enum.} text.
   */
  private Object argument(Object value) {
    if (value instanceof LocalDate d) {
      return Formats.date(d);
    }
    if (value instanceof YearMonth m) {
      return MONTH.withLocale(locale()).format(m);
    }
    if (value instanceof Nok n) {
      return Formats.amount(n);
    }
    if (value instanceof Enum<?> e) {
      return text("enum." + e.getDeclaringClass().getSimpleName() + "." + e.name());
    }
    return value;
  }

  public FacesMessage message(FacesMessage.Severity severity, String key, Object... arguments) {
    String text = text(key, arguments);
    return new FacesMessage(severity, text, text);
  }

  /**
   * Adds a message to each field of the given form that has a problem (its first one: a field shows
   * one message) and marks the field invalid.
   */
  public void addProblems(String formId, List<FieldProblem> problems) {
    Set<String> done = new HashSet<>();
    for (FieldProblem problem : problems) {
      String clientId = formId + ":" + problem.field();
      if (!done.add(clientId)) {
        continue;
      }
      faces.addMessage(
          clientId,
          message(
              FacesMessage.SEVERITY_ERROR,
              "problem." + problem.messageKey(),
              problem.arguments().toArray()));
      markInvalid(clientId);
    }
    faces.validationFailed();
  }

  private void markInvalid(String clientId) {
    UIComponent field;
    try {
      field = faces.getViewRoot() == null ? null : faces.getViewRoot().findComponent(clientId);
    } catch (IllegalArgumentException e) {
      field = null;
    }
    if (field instanceof EditableValueHolder input) {
      // an invalid input without a submitted value is drawn empty (empty strings are null here):
      // it keeps what it shows
      String shown = ComponentUtils.getValueToRender(faces, field);
      input.setValid(false);
      if (shown != null) {
        input.setSubmittedValue(shown);
      }
    }
  }

  public void info(String key, Object... arguments) {
    faces.addMessage(null, message(FacesMessage.SEVERITY_INFO, key, arguments));
  }

  public void error(String key, Object... arguments) {
    faces.addMessage(null, message(FacesMessage.SEVERITY_ERROR, key, arguments));
  }
}

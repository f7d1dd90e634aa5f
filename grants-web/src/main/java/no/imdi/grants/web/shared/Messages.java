package no.imdi.grants.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import no.imdi.grants.shared.FieldProblem;
import no.imdi.grants.shared.Formats;
import no.imdi.grants.shared.Nok;

/**
 * Texts of the pages in the user's language (bokmål by default, English when the browser asks for
 * it), and the translation of the services' field problems into messages next to their fields.
 */
@RequestScoped
public class Messages {

  private static final String BUNDLE = "no.imdi.grants.web.messages";

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

  /** Dates as 13.10.2023, amounts as 1 520 000 kr, enum values by their {@code enum.} text. */
  private Object argument(Object value) {
    if (value instanceof LocalDate d) {
      return Formats.date(d);
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

  /** Adds one message per problem, each to its field in the given form. */
  public void addProblems(String formId, List<FieldProblem> problems) {
    for (FieldProblem problem : problems) {
      faces.addMessage(
          formId + ":" + problem.field(),
          message(
              FacesMessage.SEVERITY_ERROR,
              "problem." + problem.messageKey(),
              problem.arguments().toArray()));
    }
    faces.validationFailed();
  }

  public void info(String key, Object... arguments) {
    faces.addMessage(null, message(FacesMessage.SEVERITY_INFO, key, arguments));
  }

  public void error(String key, Object... arguments) {
    faces.addMessage(null, message(FacesMessage.SEVERITY_ERROR, key, arguments));
  }
}

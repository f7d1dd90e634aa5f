package no.imdi.grants.web.rate;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import no.imdi.grants.shared.Formats;

/**
 * Reads an amount of kroner as people write it ({@code 1 520 000}, {@code 1520000 kr}, {@code 1 520
 * 000,-}, {@code 241100,50}) and shows it grouped by three ({@code 1 520 000}). Whether the amount
 * is allowed (whole kroner, not negative) is the service's decision, not this converter's.
 */
@FacesConverter("kroner")
public class KronerConverter implements Converter<BigDecimal> {

  private static final String BUNDLE = "no.imdi.grants.web.messages";
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]");

  @Override
  public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return parse(value)
        .orElseThrow(
            () -> {
              String text =
                  ResourceBundle.getBundle(BUNDLE, context.getViewRoot().getLocale())
                      .getString("problem.rate.amount.notNumber");
              return new ConverterException(
                  new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            });
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
    return value == null ? "" : Formats.amount(value);
  }

  /** The amount written, or empty when it is not a number of kroner. */
  static Optional<BigDecimal> parse(String typed) {
    String text = SPACES.matcher(typed).replaceAll("").toLowerCase(Locale.ROOT);
    if (text.startsWith("kr")) {
      text = text.substring(2);
    } else if (text.endsWith("kr")) {
      text = text.substring(0, text.length() - 2);
    }
    if (text.endsWith(",-") || text.endsWith(".-")) {
      text = text.substring(0, text.length() - 2);
    }
    text = text.replace(',', '.');
    return NUMBER.matcher(text).matches() ? Optional.of(new BigDecimal(text)) : Optional.empty();
  }
}

package no.imdi.grants.web.casefile;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * Reads a number as people write it, with a decimal comma or point and spaces between the groups
 * ({@code 1 200,5}), and shows it with a decimal comma. Whether the value is allowed is the
 * service's decision.
 */
@FacesConverter("grants.decimal")
public class DecimalConverter implements Converter<BigDecimal> {

  private static final String BUNDLE = "no.imdi.grants.web.messages";
  private static final Pattern NUMBER = Pattern.compile("\\d{1,12}(\\.\\d{1,6})?");
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
                      .getString("application.notNumber");
              return new ConverterException(
                  new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            });
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
  }

  static Optional<BigDecimal> parse(String typed) {
    String text = SPACES.matcher(typed).replaceAll("").replace(',', '.');
    return NUMBER.matcher(text).matches() ? Optional.of(new BigDecimal(text)) : Optional.empty();
  }
}

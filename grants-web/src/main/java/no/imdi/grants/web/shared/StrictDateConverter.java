package no.imdi.grants.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Dates typed as {@code dd.MM.yyyy} that exist: 30.02.2023 is refused instead of being quietly
 * turned into 28.02.2023, so that the field shows a message and keeps what was typed. Use as {@code
 * converter="strictDate"}; the component's {@code converterMessage} says what is wrong.
 */
@FacesConverter("strictDate")
public class StrictDateConverter implements Converter<LocalDate> {

  static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);

  @Override
  public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip(), FORMAT);
    } catch (DateTimeParseException e) {
      throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, value, value), e);
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
    return value == null ? "" : FORMAT.format(value);
  }
}

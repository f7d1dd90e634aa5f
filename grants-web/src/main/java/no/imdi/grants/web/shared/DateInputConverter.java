package no.imdi.grants.web.shared;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.Clock;
import java.time.Year;

/**
 * Turns a date field's text into a {@link DateInput} and back. It never fails: a text that is no
 * date is kept with its reason, so that the form's save can report it together with every other
 * problem of the same save (a failing converter would stop the save before the service is asked).
 * Used by the {@code g:date} tag.
 */
@FacesConverter("dateInput")
public class DateInputConverter implements Converter<DateInput> {

  @Override
  public DateInput getAsObject(FacesContext context, UIComponent component, String value) {
    return DateInput.parse(value, Year.now(CDI.current().select(Clock.class).get()));
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, DateInput value) {
    return value == null ? "" : value.display();
  }
}

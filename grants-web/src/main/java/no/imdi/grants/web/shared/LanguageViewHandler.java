package no.imdi.grants.web.shared;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Pages speak Norwegian bokmål unless the browser asks for a language the application supports
 * (English). Without this, a request with no Accept-Language header would get the server's own
 * default locale instead of bokmål.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {

  private static final Locale BOKMAL = new Locale("nb");

  public LanguageViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Locale calculateLocale(FacesContext context) {
    String header = context.getExternalContext().getRequestHeaderMap().get("Accept-Language");
    if (header == null || header.isBlank()) {
      return BOKMAL;
    }
    return super.calculateLocale(context);
  }
}

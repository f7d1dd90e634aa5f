package no.imdi.grants.web.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import no.imdi.grants.shared.Formats;

/**
 * The API's language and texts: English when the client's most preferred language that we have is
 * English ({@code Accept-Language: en}), bokmål otherwise (also for {@code nb}, {@code no}, {@code
 * nn}, {@code *}, none, or a header that cannot be parsed); problem texts from the pages' message
 * bundles.
 */
public final class ApiTexts {

  public static final Locale BOKMAL = Locale.forLanguageTag("nb");
  private static final String BUNDLE = "no.imdi.grants.web.messages";
  private static final List<String> NORWEGIAN = List.of("nb", "no", "nn", "*");

  private ApiTexts() {}

  /** The language of the answer for the request's {@code Accept-Language}. */
  public static Locale locale(HttpHeaders headers) {
    return headers == null ? BOKMAL : preferred(headers::getAcceptableLanguages);
  }

  /**
   * The language for the client's languages as the runtime parses them from {@code
   * Accept-Language}; bokmål when the header cannot be parsed ({@code en;q=abc}), so that no
   * answer, not even a problem, fails on it.
   */
  public static Locale preferred(Supplier<List<Locale>> languages) {
    try {
      return choose(languages.get());
    } catch (RuntimeException e) {
      return BOKMAL;
    }
  }

  /** The first of the client's languages (most preferred first) that is English or Norwegian. */
  public static Locale choose(List<Locale> preferred) {
    for (Locale locale : preferred == null ? List.<Locale>of() : preferred) {
      String language = locale.getLanguage();
      if ("en".equals(language)) {
        return Locale.ENGLISH;
      }
      if (NORWEGIAN.contains(language)) {
        return BOKMAL;
      }
    }
    return BOKMAL;
  }

  /** The bundle text of {@code key} in the language, dates written as 13.10.2023. */
  public static String text(Locale locale, String key, Object... arguments) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    if (arguments.length == 0) {
      return pattern;
    }
    Object[] formatted = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      formatted[i] = arguments[i] instanceof LocalDate d ? Formats.date(d) : arguments[i];
    }
    return new MessageFormat(pattern, locale).format(formatted);
  }
}

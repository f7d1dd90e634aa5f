package no.imdi.grants.export;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of exports in the reader's language: bokmål (the default) or English when the browser
 * asks for it. Column headers, yes/no, enum values and the line that marks an export cut short.
 * Keys start with {@code export.} and live in {@code no/imdi/grants/export/exports.properties}
 * (bokmål) and {@code exports_en.properties}.
 */
public final class ExportTexts {

  private static final String BUNDLE = "no.imdi.grants.export.exports";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final ResourceBundle bundle;
  private final Locale locale;

  private ExportTexts(Locale locale) {
    this.locale = english(locale) ? Locale.ENGLISH : Locale.forLanguageTag("nb");
    this.bundle =
        english(locale)
            ? ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, NO_FALLBACK)
            : ResourceBundle.getBundle(BUNDLE, Locale.ROOT, NO_FALLBACK);
  }

  public static ExportTexts of(Locale locale) {
    return new ExportTexts(locale == null ? Locale.ROOT : locale);
  }

  private static boolean english(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage());
  }

  public Locale locale() {
    return locale;
  }

  /** The text of the key; the key itself when it is missing (never an error in an export). */
  public String text(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  public String yesNo(boolean value) {
    return text(value ? "export.yes" : "export.no");
  }

  /** An enum value in the reader's language: {@code export.<Type>.<NAME>}, else its name. */
  public String label(Enum<?> value) {
    if (value == null) {
      return null;
    }
    String key = "export." + value.getDeclaringClass().getSimpleName() + "." + value.name();
    String text = text(key);
    return text.equals(key) ? value.name() : text;
  }
}

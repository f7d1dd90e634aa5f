package no.imdi.grants.shared;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Renders reasons in the reader's language from the reasons bundles of the domain module ({@code
 * no/imdi/grants/reasons.properties}, bokmål, the default, and {@code reasons_en.properties}):
 * every value there is a {@link MessageFormat} pattern ({@code ''} for an apostrophe, {@code
 * {0,choice,1#year|1<years}} for a plural). Dates are written 13.10.2023 and amounts 1 520 000 kr
 * ({@link Formats}) in every language; a kind (an enum) by the bundle's {@code Class.CONSTANT} key;
 * a number with the bundle's decimal separator. A language without a bundle reads bokmål.
 */
public final class ReasonTexts {

  public static final Locale BOKMAL = Locale.forLanguageTag("nb");
  private static final String BUNDLE = "no.imdi.grants.reasons";
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
  private static final int MAX_REQUESTED_LOCALES = 64;
  private static final ConcurrentMap<Locale, Texts> TEXTS = new ConcurrentHashMap<>();
  private static final ConcurrentMap<Locale, Texts> BY_REQUESTED = new ConcurrentHashMap<>();

  private ReasonTexts() {}

  /**
   * The sentences of the explanation, each rendered and joined with a space; empty ones left out.
   */
  public static String text(Explanation explanation, Locale locale) {
    Texts texts = texts(locale);
    StringBuilder out = new StringBuilder();
    for (Reason reason : explanation.reasons()) {
      String sentence = texts.render(reason);
      if (!sentence.isEmpty()) {
        out.append(out.isEmpty() ? "" : " ").append(sentence);
      }
    }
    return out.toString();
  }

  public static String text(Reason reason, Locale locale) {
    return texts(locale).render(reason);
  }

  /** The name of a kind, from the bundle's {@code Class.CONSTANT} key ({@code Household.CHILD}). */
  public static String label(Enum<?> kind, Locale locale) {
    return texts(locale).label(kind);
  }

  /** One typed argument as a sentence would show it: a date, an amount, a kind, a part. */
  public static String value(Object arg, Locale locale) {
    return texts(locale).string(arg);
  }

  /** The text of a key without arguments ({@code join.or}). */
  public static String text(String key, Locale locale) {
    return texts(locale).render(Reason.phrase(key));
  }

  private static Texts texts(Locale locale) {
    Locale wanted = locale == null ? BOKMAL : locale;
    Texts known = BY_REQUESTED.get(wanted);
    if (known != null) {
      return known;
    }
    ResourceBundle bundle =
        ResourceBundle.getBundle(BUNDLE, wanted, ReasonTexts.class.getClassLoader(), NO_FALLBACK);
    Texts texts = TEXTS.computeIfAbsent(bundle.getLocale(), l -> new Texts(bundle));
    if (BY_REQUESTED.size() < MAX_REQUESTED_LOCALES) {
      BY_REQUESTED.put(wanted, texts);
    }
    return texts;
  }

  /** One language's bundle with its patterns, each parsed once, and its names of kinds. */
  private static final class Texts {

    private final ResourceBundle bundle;
    private final ConcurrentMap<String, ReasonPattern> patterns = new ConcurrentHashMap<>();
    private final ConcurrentMap<Enum<?>, String> labels = new ConcurrentHashMap<>();
    private final char decimalSeparator;

    Texts(ResourceBundle bundle) {
      this.bundle = bundle;
      this.decimalSeparator = bundle.getString("format.decimalSeparator").charAt(0);
    }

    String render(Reason reason) {
      Object[] values = new Object[reason.argCount()];
      for (int i = 0; i < values.length; i++) {
        values[i] = reason.arg(i);
      }
      return patterns.computeIfAbsent(reason.key(), this::compile).format(values, this::string);
    }

    String label(Enum<?> kind) {
      return labels.computeIfAbsent(
          kind, k -> render(Reason.phrase(k.getDeclaringClass().getSimpleName() + "." + k.name())));
    }

    private ReasonPattern compile(String key) {
      return ReasonPattern.parse(bundle.getString(key), bundle.getLocale());
    }

    private String string(Object arg) {
      if (arg == null) {
        return "";
      }
      if (arg instanceof String s) {
        return s;
      }
      if (arg instanceof LocalDate d) {
        return Formats.date(d);
      }
      if (arg instanceof Nok n) {
        return Formats.amount(n);
      }
      if (arg instanceof Period p) {
        return p.toString();
      }
      if (arg instanceof Reason r) {
        return render(r);
      }
      if (arg instanceof ReasonArgs.Phrased p) {
        return render(p.phrase());
      }
      if (arg instanceof Enum<?> e) {
        return label(e);
      }
      if (arg instanceof Integer || arg instanceof Long) {
        return arg.toString();
      }
      if (arg instanceof BigDecimal b) {
        return Formats.number(b, decimalSeparator);
      }
      return special(arg);
    }

    private String special(Object arg) {
      if (arg instanceof ReasonArgs.Years y) {
        return y.first() == y.last() ? Integer.toString(y.first()) : y.first() + "–" + y.last();
      }
      if (arg instanceof ReasonArgs.Percent p) {
        return Formats.number(p.fraction().movePointRight(2), decimalSeparator);
      }
      if (arg instanceof ReasonArgs.Joined j) {
        String separator = render(Reason.phrase(j.separatorKey()));
        StringBuilder out = new StringBuilder();
        for (Object item : j.items()) {
          out.append(out.isEmpty() ? "" : separator).append(string(item));
        }
        return out.toString();
      }
      if (arg instanceof ReasonArgs.Capitalized c) {
        String text = string(c.value());
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
      }
      if (arg instanceof ReasonArgs.Localized l) {
        return l.text(bundle.getLocale());
      }
      if (arg instanceof Explanation e) {
        return ReasonTexts.text(e, bundle.getLocale());
      }
      return String.valueOf(arg);
    }
  }
}

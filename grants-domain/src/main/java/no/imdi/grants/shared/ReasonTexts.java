package no.imdi.grants.shared;

import java.math.BigDecimal;
import java.text.FieldPosition;
import java.text.Format;
import java.text.MessageFormat;
import java.text.ParsePosition;
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
  private static final ConcurrentMap<Locale, Texts> TEXTS = new ConcurrentHashMap<>();

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
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale == null ? BOKMAL : locale,
            ReasonTexts.class.getClassLoader(),
            NO_FALLBACK);
    return TEXTS.computeIfAbsent(bundle.getLocale(), l -> new Texts(bundle));
  }

  /** One language's bundle with its patterns, each parsed once. */
  private static final class Texts {

    private final ResourceBundle bundle;
    private final ConcurrentMap<String, Pattern> patterns = new ConcurrentHashMap<>();

    Texts(ResourceBundle bundle) {
      this.bundle = bundle;
    }

    String render(Reason reason) {
      Object[] values = new Object[reason.argCount()];
      for (int i = 0; i < values.length; i++) {
        Object arg = reason.arg(i);
        values[i] = arg == null ? "" : arg;
      }
      return patterns.computeIfAbsent(reason.key(), this::compile).format(values);
    }

    String label(Enum<?> kind) {
      return render(Reason.phrase(kind.getDeclaringClass().getSimpleName() + "." + kind.name()));
    }

    private Pattern compile(String key) {
      return new Pattern(new MessageFormat(bundle.getString(key), bundle.getLocale()), this);
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
      if (arg instanceof Enum<?> e) {
        return label(e);
      }
      if (arg instanceof Integer || arg instanceof Long) {
        return arg.toString();
      }
      if (arg instanceof BigDecimal b) {
        return Formats.number(b, decimalSeparator());
      }
      return special(arg);
    }

    private String special(Object arg) {
      if (arg instanceof ReasonArgs.Years y) {
        return y.first() == y.last() ? Integer.toString(y.first()) : y.first() + "–" + y.last();
      }
      if (arg instanceof ReasonArgs.Percent p) {
        return Formats.number(p.fraction().movePointRight(2), decimalSeparator());
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

    private char decimalSeparator() {
      return render(Reason.phrase("format.decimalSeparator")).charAt(0);
    }
  }

  /**
   * A parsed pattern, copied for each use (a {@link MessageFormat} is not thread-safe), whose plain
   * elements ({@code {0}}) write the typed argument as {@link Texts} does; a choice element ({@code
   * {0,choice,1#year|1<years}}) takes the number itself.
   */
  private static final class Pattern {

    private final MessageFormat format;

    Pattern(MessageFormat format, Texts texts) {
      this.format = format;
      Format[] formats = format.getFormats();
      for (int i = 0; i < formats.length; i++) {
        if (formats[i] == null) {
          format.setFormat(i, new ArgumentFormat(texts));
        }
      }
    }

    String format(Object[] values) {
      return ((MessageFormat) format.clone()).format(values);
    }
  }

  /** Writes one typed argument (a date, an amount, a kind, a part) in the bundle's language. */
  private static final class ArgumentFormat extends Format {

    private static final long serialVersionUID = 1L;
    private final transient Texts texts;

    ArgumentFormat(Texts texts) {
      this.texts = texts;
    }

    @Override
    public StringBuffer format(Object arg, StringBuffer into, FieldPosition position) {
      return into.append(texts.string(arg));
    }

    @Override
    public Object parseObject(String source, ParsePosition position) {
      throw new UnsupportedOperationException("reasons are only written");
    }
  }
}

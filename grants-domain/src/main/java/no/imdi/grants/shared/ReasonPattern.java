package no.imdi.grants.shared;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A {@link MessageFormat} pattern of the reasons bundles, parsed once into its literal text and its
 * arguments, so that rendering a reason appends strings instead of copying a formatter: {@code ''}
 * is an apostrophe, text between single quotes is literal, {@code {0}} is a typed argument written
 * as {@link ReasonTexts} writes it, and any other element ({@code {1,choice,1#year|1<years}}) is
 * formatted by {@link MessageFormat} with its argument alone. Safe for concurrent use.
 */
final class ReasonPattern {

  private final List<Object> parts;

  private ReasonPattern(List<Object> parts) {
    this.parts = parts;
  }

  static ReasonPattern parse(String pattern, Locale locale) {
    List<Object> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\'' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
        literal.append('\'');
        i++;
      } else if (c == '\'') {
        quoted = !quoted;
      } else if (c == '{' && !quoted) {
        int end = elementEnd(pattern, i);
        if (!literal.isEmpty()) {
          parts.add(literal.toString());
          literal.setLength(0);
        }
        parts.add(element(pattern.substring(i + 1, end), locale));
        i = end;
      } else {
        literal.append(c);
      }
    }
    if (!literal.isEmpty()) {
      parts.add(literal.toString());
    }
    return new ReasonPattern(List.copyOf(parts));
  }

  /** The pattern with its arguments, each plain one written by {@code text}. */
  String format(Object[] args, Function<Object, String> text) {
    StringBuilder out = new StringBuilder();
    for (Object part : parts) {
      if (part instanceof String literal) {
        out.append(literal);
      } else if (part instanceof Integer index) {
        out.append(index < args.length ? text.apply(args[index]) : "{" + index + "}");
      } else {
        ((Element) part).formatInto(out, args);
      }
    }
    return out.toString();
  }

  private static int elementEnd(String pattern, int start) {
    int depth = 0;
    boolean quoted = false;
    for (int i = start; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '{') {
        depth++;
      } else if (!quoted && c == '}' && --depth == 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("Unmatched braces in the pattern: " + pattern);
  }

  private static Object element(String element, Locale locale) {
    int comma = element.indexOf(',');
    if (comma < 0) {
      return Integer.valueOf(element.trim());
    }
    int index = Integer.parseInt(element.substring(0, comma).trim());
    return new Element(index, new MessageFormat("{0" + element.substring(comma) + "}", locale));
  }

  /** A format element such as a choice, formatted by MessageFormat with its one argument. */
  private record Element(int index, MessageFormat format) {

    void formatInto(StringBuilder out, Object[] args) {
      Object arg = index < args.length ? args[index] : null;
      synchronized (format) {
        out.append(format.format(new Object[] {arg}));
      }
    }
  }
}

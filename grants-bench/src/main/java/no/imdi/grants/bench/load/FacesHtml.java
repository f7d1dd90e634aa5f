package no.imdi.grants.bench.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a browser reads from a Faces page: a form's action and fields (as jQuery's {@code
 * serializeArray} collects them for a PrimeFaces AJAX post), the view state, the CSP nonce that
 * PrimeFaces adds to every form as {@code primefaces.nonce}, the person links and a lazy data
 * table's row count.
 */
final class FacesHtml {

  static final String VIEW_STATE = "jakarta.faces.ViewState";
  static final String NONCE = "primefaces.nonce";

  private static final Pattern NONCE_INIT = Pattern.compile("csp\\.init\\('([^']+)'\\)");
  private static final Pattern FIELD = Pattern.compile("<(input|select|textarea)\\b([^>]*)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)(?:=\"([^\"]*)\")?");
  private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>");
  private static final Pattern PERSON_LINK = Pattern.compile("person\\.xhtml\\?id=(\\d+)");
  private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos);");
  private static final Pattern PARTIAL_ERROR = Pattern.compile("<error-name>([^<]*)</error-name>");

  private FacesHtml() {}

  /** The form with this id, from its start tag to its end tag. */
  static Optional<String> form(String html, String formId) {
    int start = html.indexOf("<form id=\"" + formId + "\"");
    int end = html.indexOf("</form>", start + 1);
    return start < 0 || end < 0 ? Optional.empty() : Optional.of(html.substring(start, end));
  }

  static String action(String form) {
    Matcher tag = Pattern.compile("<form\\b([^>]*)>").matcher(form);
    return tag.find() ? attributes(tag.group(1)).getOrDefault("action", "") : "";
  }

  static Optional<String> nonce(String html) {
    Matcher m = NONCE_INIT.matcher(html);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /**
   * The form's fields in document order as a browser submits them: named inputs (checked ones only
   * for check boxes and radio buttons, no buttons), each select's chosen option, and last the CSP
   * nonce, which PrimeFaces appends to the form when the page loads.
   */
  static List<Map.Entry<String, String>> fields(String form, String nonce) {
    List<Map.Entry<String, String>> fields = new ArrayList<>();
    Matcher m = FIELD.matcher(form);
    while (m.find()) {
      Map<String, String> a = attributes(m.group(2));
      String name = a.get("name");
      if (name == null || a.containsKey("disabled")) {
        continue;
      }
      switch (m.group(1)) {
        case "input" -> input(a).ifPresent(v -> fields.add(Map.entry(name, v)));
        case "select" -> fields.add(Map.entry(name, chosenOption(form, m.end())));
        default -> fields.add(Map.entry(name, unescape(textUntil(form, m.end(), "</textarea>"))));
      }
    }
    fields.add(Map.entry(NONCE, nonce));
    return fields;
  }

  static List<Long> personIds(String html) {
    List<Long> ids = new ArrayList<>();
    Matcher m = PERSON_LINK.matcher(html);
    while (m.find()) {
      ids.add(Long.parseLong(m.group(1)));
    }
    return ids;
  }

  /**
   * A number from the data table's widget configuration ({@code rowCount:1227}, {@code rows:25}).
   */
  static Optional<Integer> widgetNumber(String html, String name) {
    Matcher m = Pattern.compile("\\b" + name + ":(\\d+)").matcher(html);
    return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }

  /** The error name of a partial response that reports a failure, if it does. */
  static Optional<String> partialError(String xml) {
    if (!xml.contains("<error>")) {
      return Optional.empty();
    }
    Matcher m = PARTIAL_ERROR.matcher(xml);
    return Optional.of(m.find() ? m.group(1).strip() : "unnamed");
  }

  private static Optional<String> input(Map<String, String> a) {
    String type = a.getOrDefault("type", "text").toLowerCase();
    return switch (type) {
      case "submit", "button", "image", "reset", "file" -> Optional.empty();
      case "checkbox", "radio" ->
          a.containsKey("checked")
              ? Optional.of(unescape(a.getOrDefault("value", "on")))
              : Optional.empty();
      default -> Optional.of(unescape(a.getOrDefault("value", "")));
    };
  }

  private static String chosenOption(String form, int from) {
    String options = textUntil(form, from, "</select>");
    Matcher m = OPTION.matcher(options);
    String first = null;
    while (m.find()) {
      Map<String, String> a = attributes(m.group(1));
      String value = unescape(a.getOrDefault("value", ""));
      if (a.containsKey("selected")) {
        return value;
      }
      first = first == null ? value : first;
    }
    return first == null ? "" : first;
  }

  private static String textUntil(String text, int from, String end) {
    int to = text.indexOf(end, from);
    return to < 0 ? text.substring(from) : text.substring(from, to);
  }

  private static Map<String, String> attributes(String tag) {
    Map<String, String> attributes = new HashMap<>();
    Matcher m = ATTRIBUTE.matcher(tag);
    while (m.find()) {
      attributes.putIfAbsent(m.group(1), m.group(2) == null ? "" : m.group(2));
    }
    return attributes;
  }

  static String unescape(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    return ENTITY
        .matcher(text)
        .replaceAll(
            e ->
                Matcher.quoteReplacement(
                    switch (e.group(1)) {
                      case "amp" -> "&";
                      case "lt" -> "<";
                      case "gt" -> ">";
                      case "quot" -> "\"";
                      case "apos" -> "'";
                      default -> Character.toString(codePoint(e.group(1)));
                    }));
  }

  private static int codePoint(String reference) {
    return reference.startsWith("#x")
        ? Integer.parseInt(reference.substring(2), 16)
        : Integer.parseInt(reference.substring(1));
  }
}

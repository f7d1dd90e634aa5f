package no.imdi.grants.it;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields a browser would send for one form of a rendered page: text and hidden inputs with
 * their values, checked check boxes, and the selected option of each select, plus the view state.
 */
final class FormFields {

  private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>", Pattern.DOTALL);
  private static final Pattern SELECT =
      Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.DOTALL);
  private static final Pattern SELECTED =
      Pattern.compile("<option\\b[^>]*value=\"([^\"]*)\"[^>]*selected", Pattern.DOTALL);

  private FormFields() {}

  static Map<String, String> of(String html, String formId) {
    Map<String, String> fields = new LinkedHashMap<>();
    Matcher input = INPUT.matcher(html);
    while (input.find()) {
      String attributes = input.group(1);
      String name = attribute(attributes, "name");
      String type = attribute(attributes, "type");
      if (name == null || !(name.equals(formId) || name.startsWith(formId + ":"))) {
        continue;
      }
      if ("checkbox".equals(type) || "radio".equals(type)) {
        if (attributes.contains("checked")) {
          fields.put(name, valueOr(attribute(attributes, "value"), "on"));
        }
      } else if (!"submit".equals(type) && !"button".equals(type)) {
        fields.put(name, valueOr(attribute(attributes, "value"), ""));
      }
    }
    Matcher select = SELECT.matcher(html);
    while (select.find()) {
      String name = attribute(select.group(1), "name");
      if (name != null && name.startsWith(formId + ":")) {
        Matcher selected = SELECTED.matcher(select.group(2));
        fields.put(name, selected.find() ? unescape(selected.group(1)) : "");
      }
    }
    fields.put("jakarta.faces.ViewState", WebClient.viewState(html));
    fields.put("primefaces.nonce", WebClient.nonce(html));
    return fields;
  }

  private static String attribute(String attributes, String name) {
    Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
    return m.find() ? unescape(m.group(1)) : null;
  }

  private static String valueOr(String value, String fallback) {
    return value == null ? fallback : value;
  }

  private static String unescape(String value) {
    return value
        .replace("&#58;", ":")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}

package no.imdi.grants.web.statistics;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Chart.js 4 configuration built on the server as JSON (jakarta.json writes the labels as JSON
 * strings), for {@code p:chart}: a bar chart (stacked or not) or a line chart with labels on the x
 * axis and one data set per series. The page puts the configuration into a script element, so the
 * characters that could end the script or start markup ({@code < > &}, line separators) are written
 * as JSON escapes. Animation is off (the numbers are in the table beside the chart as well).
 */
final class ChartJson {

  /** Colours with at least 3:1 contrast against white (WCAG 1.4.11), told apart by hue. */
  static final List<String> COLOURS =
      List.of(
          "#1f5fa8", "#b3471d", "#2e7d32", "#6a3d9a", "#8a6d00", "#00727a", "#a1245e", "#505a64");

  private final String type;
  private final boolean stacked;
  private final List<String> labels = new ArrayList<>();
  private final Map<String, Map<String, BigDecimal>> series = new LinkedHashMap<>();
  private String yTitle;

  private ChartJson(String type, boolean stacked) {
    this.type = type;
    this.stacked = stacked;
  }

  static ChartJson bar(boolean stacked) {
    return new ChartJson("bar", stacked);
  }

  static ChartJson line() {
    return new ChartJson("line", false);
  }

  ChartJson yTitle(String title) {
    this.yTitle = title;
    return this;
  }

  /** Adds a point: the series' value at the label (labels keep the order they first came in). */
  ChartJson add(String label, String seriesName, BigDecimal value) {
    if (!labels.contains(label)) {
      labels.add(label);
    }
    series
        .computeIfAbsent(seriesName, s -> new LinkedHashMap<>())
        .merge(label, value, BigDecimal::add);
    return this;
  }

  ChartJson add(String label, String seriesName, long value) {
    return add(label, seriesName, BigDecimal.valueOf(value));
  }

  String toJson() {
    JsonArrayBuilder labelArray = Json.createArrayBuilder();
    labels.forEach(labelArray::add);
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    int i = 0;
    for (Map.Entry<String, Map<String, BigDecimal>> s : series.entrySet()) {
      JsonArrayBuilder data = Json.createArrayBuilder();
      for (String label : labels) {
        BigDecimal value = s.getValue().get(label);
        if (value == null) {
          data.addNull();
        } else {
          data.add(value);
        }
      }
      String colour = COLOURS.get(i++ % COLOURS.size());
      datasets.add(
          Json.createObjectBuilder()
              .add("label", s.getKey())
              .add("data", data)
              .add("backgroundColor", colour)
              .add("borderColor", colour)
              .add("borderWidth", type.equals("line") ? 2 : 0));
    }
    JsonObjectBuilder y =
        Json.createObjectBuilder().add("beginAtZero", true).add("stacked", stacked);
    if (yTitle != null) {
      y.add("title", Json.createObjectBuilder().add("display", true).add("text", yTitle));
    }
    String json =
        Json.createObjectBuilder()
            .add("type", type)
            .add(
                "data",
                Json.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
            .add(
                "options",
                Json.createObjectBuilder()
                    .add("animation", false)
                    .add("responsive", true)
                    .add("maintainAspectRatio", false)
                    .add(
                        "scales",
                        Json.createObjectBuilder()
                            .add("x", Json.createObjectBuilder().add("stacked", stacked))
                            .add("y", y))
                    .add(
                        "plugins",
                        Json.createObjectBuilder()
                            .add("legend", Json.createObjectBuilder().add("position", "bottom"))))
            .build()
            .toString();
    return scriptSafe(json);
  }

  /** JSON that can stand inside a script element: no markup characters, no line separators. */
  static String scriptSafe(String json) {
    StringBuilder safe = new StringBuilder(json.length() + 16);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> safe.append("\\u003c");
        case '>' -> safe.append("\\u003e");
        case '&' -> safe.append("\\u0026");
        case '\u2028' -> safe.append("\\u2028");
        case '\u2029' -> safe.append("\\u2029");
        default -> safe.append(c);
      }
    }
    return safe.toString();
  }

  boolean isEmpty() {
    return labels.isEmpty();
  }
}

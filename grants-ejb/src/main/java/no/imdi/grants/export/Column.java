package no.imdi.grants.export;

import java.util.function.BiFunction;

/**
 * One column of an exported list: the message key of its header (in the export texts, bokmål and
 * English), what it holds, and how a row gives its value (with the texts, for values that are
 * written in the reader's language, such as a target group).
 */
public record Column<R>(
    String headerKey, ColumnType type, BiFunction<? super R, ExportTexts, ?> value) {

  public Object valueOf(R row, ExportTexts texts) {
    return value.apply(row, texts);
  }
}

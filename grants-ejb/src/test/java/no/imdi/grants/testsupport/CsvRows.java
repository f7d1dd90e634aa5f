package no.imdi.grants.testsupport;

import java.util.ArrayList;
import java.util.List;

/** Reads back the CSV the export mechanism writes, for the export tests. */
public final class CsvRows {

  private CsvRows() {}

  /** Semicolon CSV with quoted fields (doubled quotes inside) and CRLF rows; the BOM dropped. */
  public static List<List<String>> parse(String csv) {
    String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ';') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    return rows;
  }
}

package no.imdi.grants.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How a list is exported, described once: its name (in the export log and the file name), whether
 * its rows hold personal data (then every export of it is logged), and its columns in order. The
 * rows themselves come from the list's own scoped, filtered and sorted query ({@link RowSource}).
 *
 * <pre>{@code
 * ExportTable.of("settlements", true)
 *     .text("export.settlements.familyName", SettlementRow::familyName)
 *     .date("export.settlements.settlementDate", SettlementRow::settlementDate)
 * }</pre>
 */
public final class ExportTable<R> {

  private final String list;
  private final boolean personalData;
  private final List<Column<R>> columns = new ArrayList<>();

  private ExportTable(String list, boolean personalData) {
    this.list = list;
    this.personalData = personalData;
  }

  /**
   * @param list the list's name, {@code [a-z-]+}: the file name and the key of its texts
   */
  public static <R> ExportTable<R> of(String list, boolean personalData) {
    if (!list.matches("[a-z][a-z-]*")) {
      throw new IllegalArgumentException("A list name is lower case letters and '-': " + list);
    }
    return new ExportTable<>(list, personalData);
  }

  public ExportTable<R> column(
      String headerKey, ColumnType type, BiFunction<? super R, ExportTexts, ?> value) {
    columns.add(new Column<>(headerKey, type, value));
    return this;
  }

  private ExportTable<R> plain(String headerKey, ColumnType type, Function<? super R, ?> value) {
    return column(headerKey, type, (row, texts) -> value.apply(row));
  }

  public ExportTable<R> text(String headerKey, Function<? super R, String> value) {
    return plain(headerKey, ColumnType.TEXT, value);
  }

  /** A text written in the reader's language, such as an enum value's name. */
  public ExportTable<R> label(String headerKey, BiFunction<? super R, ExportTexts, String> value) {
    return column(headerKey, ColumnType.TEXT, value);
  }

  public ExportTable<R> date(String headerKey, Function<? super R, ?> value) {
    return plain(headerKey, ColumnType.DATE, value);
  }

  public ExportTable<R> timestamp(String headerKey, Function<? super R, ?> value) {
    return plain(headerKey, ColumnType.TIMESTAMP, value);
  }

  /** An amount in kroner (BigDecimal). */
  public ExportTable<R> amount(String headerKey, Function<? super R, ?> value) {
    return plain(headerKey, ColumnType.AMOUNT, value);
  }

  /** An amount in øre (long). */
  public ExportTable<R> amountOre(String headerKey, Function<? super R, Long> value) {
    return plain(headerKey, ColumnType.AMOUNT_ORE, value);
  }

  public ExportTable<R> integer(String headerKey, Function<? super R, ? extends Number> value) {
    return plain(headerKey, ColumnType.INTEGER, value);
  }

  public ExportTable<R> bool(String headerKey, Function<? super R, Boolean> value) {
    return plain(headerKey, ColumnType.BOOLEAN, value);
  }

  public String list() {
    return list;
  }

  public boolean personalData() {
    return personalData;
  }

  public List<Column<R>> columns() {
    return List.copyOf(columns);
  }

  /** The file name for an export made on the date, e.g. {@code settlements-2026-12-01.csv}. */
  public String fileName(LocalDate on, ExportFormat format) {
    return list + "-" + on + "." + format.extension();
  }
}

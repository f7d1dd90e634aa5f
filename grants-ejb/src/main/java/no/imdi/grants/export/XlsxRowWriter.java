package no.imdi.grants.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import no.imdi.grants.shared.Nok;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX through POI's streaming workbook: only the last {@value #WINDOW} rows are held in memory,
 * the others go to a compressed temporary file, which is deleted when the writer closes. Cells are
 * typed: dates as date cells formatted {@code dd.mm.yyyy}, timestamps {@code dd.mm.yyyy hh:mm},
 * amounts as numbers with a kroner format, whole numbers as numbers, yes/no as boolean cells, texts
 * as inline strings (never formulas, so nothing needs defusing). The file is written when the last
 * row is in: an XLSX is a zip whose parts are complete only then.
 */
final class XlsxRowWriter implements RowWriter {

  static final int WINDOW = 200;
  static final String DATE_FORMAT = "dd.mm.yyyy";
  static final String TIME_FORMAT = "dd.mm.yyyy hh:mm";
  static final String AMOUNT_FORMAT = "#,##0.00\\ \"kr\"";
  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
  private static final int LAST_ROW = SpreadsheetVersion.EXCEL2007.getLastRowIndex();

  private final OutputStream out;
  private final ExportTexts texts;
  private final SXSSFWorkbook workbook;
  private final SXSSFSheet sheet;
  private final CellStyle date;
  private final CellStyle time;
  private final CellStyle amount;
  private int next;
  private int width;
  private boolean started;

  XlsxRowWriter(OutputStream out, ExportTexts texts, String sheetName) {
    this.out = out;
    this.texts = texts;
    this.workbook = new SXSSFWorkbook(null, WINDOW, true);
    this.sheet = workbook.createSheet(sheetName);
    this.date = format(DATE_FORMAT);
    this.time = format(TIME_FORMAT);
    this.amount = format(AMOUNT_FORMAT);
  }

  private CellStyle format(String pattern) {
    CellStyle style = workbook.createCellStyle();
    style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
    return style;
  }

  @Override
  public void header(List<String> headers) {
    CellStyle bold = workbook.createCellStyle();
    Font font = workbook.createFont();
    font.setBold(true);
    bold.setFont(font);
    Row row = sheet.createRow(next++);
    for (int i = 0; i < headers.size(); i++) {
      Cell cell = row.createCell(i);
      cell.setCellValue(headers.get(i));
      cell.setCellStyle(bold);
      sheet.setColumnWidth(i, Math.min(60, Math.max(12, headers.get(i).length() + 4)) * 256);
    }
    width = headers.size();
    sheet.createFreezePane(0, 1);
  }

  @Override
  public void row(List<Column<?>> columns, Object[] values) {
    if (next > LAST_ROW) {
      throw new IllegalStateException("More rows than a worksheet holds (" + LAST_ROW + ")");
    }
    Row row = sheet.createRow(next++);
    for (int i = 0; i < values.length; i++) {
      Object value = values[i];
      if (value != null) {
        cell(row.createCell(i), columns.get(i).type(), value);
      }
    }
  }

  private void cell(Cell cell, ColumnType type, Object value) {
    switch (type) {
      case TEXT ->
          cell.setCellValue(value instanceof Enum<?> e ? texts.label(e) : value.toString());
      case DATE -> {
        cell.setCellValue((LocalDate) value);
        cell.setCellStyle(date);
      }
      case TIMESTAMP -> {
        cell.setCellValue(((Instant) value).atZone(OSLO).toLocalDateTime());
        cell.setCellStyle(time);
      }
      case AMOUNT -> {
        cell.setCellValue(kroner(value).doubleValue());
        cell.setCellStyle(amount);
      }
      case AMOUNT_ORE -> {
        cell.setCellValue(BigDecimal.valueOf(((Number) value).longValue(), 2).doubleValue());
        cell.setCellStyle(amount);
      }
      case INTEGER -> cell.setCellValue(((Number) value).doubleValue());
      case BOOLEAN -> cell.setCellValue((Boolean) value);
    }
  }

  @Override
  public void finish() throws IOException {
    if (width > 0 && next > 1) {
      sheet.setAutoFilter(new CellRangeAddress(0, next - 1, 0, width - 1));
    }
    started = true;
    workbook.write(out);
    out.flush();
  }

  @Override
  public void abort(String message) throws IOException {
    // nothing has been written: the caller can still answer with a message instead of a file
  }

  @Override
  public boolean started() {
    return started;
  }

  @Override
  public void close() throws IOException {
    workbook.close();
  }

  static BigDecimal kroner(Object value) {
    return value instanceof Nok nok ? nok.amount() : (BigDecimal) value;
  }
}

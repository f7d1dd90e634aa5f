package no.imdi.grants.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import no.imdi.grants.shared.Nok;
import no.imdi.grants.testsupport.ExportFiles;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The typed values of an export as Norwegian spreadsheets read them, on a list of its own (no
 * database): amounts in kroner and in øre with a decimal comma and no grouping, whole numbers,
 * timestamps in Norwegian time, every formula character defused, empty values empty; in XLSX
 * amounts as numbers with the kroner format and timestamps as dates.
 */
class ExporterTest {

  record Line(String text, BigDecimal kroner, Long ore, Integer count, Instant at, Nok nok) {}

  static final ExportTable<Line> TABLE =
      ExportTable.<Line>of("test-lines", false)
          .text("export.test.text", Line::text)
          .amount("export.test.kroner", Line::kroner)
          .amountOre("export.test.ore", Line::ore)
          .integer("export.test.count", Line::count)
          .timestamp("export.test.at", Line::at)
          .amount("export.test.nok", Line::nok);

  static final List<Line> LINES =
      List.of(
          new Line(
              "+47 22 00 00 00",
              new BigDecimal("1520000.5"),
              152_000_050L,
              -3,
              Instant.parse("2026-07-01T22:30:00Z"),
              Nok.kroner(27_000)),
          new Line("@SUM(A1)", BigDecimal.ZERO, 5L, 0, null, null),
          new Line("-1", null, null, null, Instant.parse("2026-01-15T08:05:00Z"), null),
          new Line("Tab\tinside; \"quoted\"", new BigDecimal("-12.34"), -1234L, 1, null, null));

  @Test
  void csvWritesAmountsWithADecimalCommaTimesInNorwegianTimeAndDefusesFormulas() {
    String csv = csv();
    assertThat(csv.split("\r\n", -1))
        .containsExactly(
            "\uFEFF\"export.test.text\";\"export.test.kroner\";\"export.test.ore\";"
                + "\"export.test.count\";\"export.test.at\";\"export.test.nok\"",
            "\"'+47 22 00 00 00\";1520000,50;1520000,50;-3;02.07.2026 00:30;27000,00",
            "\"'@SUM(A1)\";0,00;0,05;0;;",
            "\"'-1\";;;;15.01.2026 09:05;",
            "\"Tab\tinside; \"\"quoted\"\"\";-12,34;-12,34;1;;",
            "");
  }

  @Test
  void xlsxWritesAmountsAsNumbersWithTheKronerFormatAndTextsNeverAsFormulas() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportOutcome outcome =
        Exporter.write(
            TABLE,
            RowSource.of(LINES.stream()),
            ExportFormat.XLSX,
            ExportTexts.of(Locale.ENGLISH),
            out);
    assertThat(outcome.rows()).isEqualTo(4);
    try (XSSFWorkbook book = ExportFiles.workbook(out.toByteArray())) {
      Row first = book.getSheetAt(0).getRow(1);
      assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
      assertThat(first.getCell(0).getStringCellValue()).isEqualTo("+47 22 00 00 00");
      Cell kroner = first.getCell(1);
      assertThat(kroner.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(kroner.getNumericCellValue()).isEqualTo(1_520_000.5);
      assertThat(kroner.getCellStyle().getDataFormatString())
          .isEqualTo(XlsxRowWriter.AMOUNT_FORMAT);
      assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(1_520_000.5);
      assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(-3);
      assertThat(first.getCell(4).getLocalDateTimeCellValue())
          .isEqualTo(java.time.LocalDateTime.of(2026, 7, 2, 0, 30));
      assertThat(first.getCell(4).getCellStyle().getDataFormatString())
          .isEqualTo(XlsxRowWriter.TIME_FORMAT);
      assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(27_000);
      assertThat(book.getSheetAt(0).getRow(2).getCell(4)).isNull();
    }
  }

  @Test
  void aFailureBeforeAnyRowOfAnXlsxLeavesNothingWrittenSoThePageCanSaySo() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportOutcome outcome =
        Exporter.write(
            TABLE,
            RowSource.of(
                Stream.<Line>of(LINES.get(0))
                    .peek(
                        l -> {
                          throw new IllegalStateException("database gone");
                        })),
            ExportFormat.XLSX,
            ExportTexts.of(Locale.ENGLISH),
            out);
    assertThat(outcome.completed()).isFalse();
    assertThat(outcome.started()).isFalse();
    assertThat(outcome.failure()).contains("database gone");
    assertThat(out.size()).isZero();
  }

  @Test
  void unknownLanguagesGetBokmalAndEnglishGetsEnglish() {
    assertThat(ExportTexts.of(Locale.forLanguageTag("nn")).text("export.yes")).isEqualTo("ja");
    assertThat(ExportTexts.of(Locale.GERMAN).text("export.settlements.familyName"))
        .isEqualTo("Etternavn");
    assertThat(ExportTexts.of(Locale.forLanguageTag("en-GB")).text("export.yes")).isEqualTo("yes");
  }

  private static String csv() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExportOutcome outcome =
        Exporter.write(
            TABLE,
            RowSource.of(LINES.stream()),
            ExportFormat.CSV,
            ExportTexts.of(Locale.forLanguageTag("nb")),
            out);
    assertThat(outcome.completed()).isTrue();
    assertThat(outcome.rows()).isEqualTo(4);
    return out.toString(StandardCharsets.UTF_8);
  }
}

package no.imdi.grants.export;

/**
 * What a column of an export holds, which decides how it is written: in CSV as Norwegian
 * spreadsheets read it (dates {@code 13.10.2023}, decimal comma, no digit grouping), in XLSX as a
 * typed cell (a date cell, a number with a kroner format, a boolean).
 */
public enum ColumnType {
  /** A text; in CSV always quoted, and a leading {@code = + - @} defused. */
  TEXT,
  /** A {@link java.time.LocalDate}. */
  DATE,
  /** An {@link java.time.Instant}, shown in Norwegian time to the minute. */
  TIMESTAMP,
  /** An amount in kroner as a {@link java.math.BigDecimal} (scale 2 at most). */
  AMOUNT,
  /** An amount in øre as a {@link Long}. */
  AMOUNT_ORE,
  /** A whole number ({@link Number}). */
  INTEGER,
  /** A {@link Boolean}: ja/nei (yes/no) in CSV, a boolean cell in XLSX. */
  BOOLEAN
}

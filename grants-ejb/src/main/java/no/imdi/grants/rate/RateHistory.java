package no.imdi.grants.rate;

import java.util.List;

/**
 * Everything on record for one grant code and calendar year: every row that has been in force,
 * newest first (the superseded ones with who replaced them and when), and the audit trail of the
 * changes.
 */
public record RateHistory(RateCode code, int year, List<RateEntry> rows, List<RateAudit> audits) {

  public RateHistory {
    rows = List.copyOf(rows);
    audits = List.copyOf(audits);
  }

  public String getCode() {
    return code.code();
  }

  public int getYear() {
    return year;
  }

  public List<RateEntry> getRows() {
    return rows;
  }

  public List<RateAudit> getAudits() {
    return audits;
  }
}

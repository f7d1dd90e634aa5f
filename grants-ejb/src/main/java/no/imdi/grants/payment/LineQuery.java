package no.imdi.grants.payment;

import java.time.LocalDate;

/**
 * Which payment lines to list: those of a run, or of an instalment (every run not rejected), and
 * optionally of one municipality, one person, one code or one kind. A municipality's staff always
 * get their own municipality's lines only, whatever is asked.
 */
public record LineQuery(
    Long runId,
    LocalDate instalment,
    String municipality,
    Long personId,
    String code,
    LineKind kind) {

  public static LineQuery ofRun(long runId) {
    return new LineQuery(runId, null, null, null, null, null);
  }

  public LineQuery inMunicipality(String number) {
    return new LineQuery(runId, instalment, number, personId, code, kind);
  }

  public LineQuery ofPerson(long person) {
    return new LineQuery(runId, instalment, municipality, person, code, kind);
  }
}

package no.imdi.grants.export;

/**
 * How an export went: the rows written, and, when it broke off, why (the failure is logged and the
 * written part ends with a line saying it is incomplete; the user never gets a stack trace).
 */
public record ExportOutcome(long rows, String failure, boolean started) {

  public boolean completed() {
    return failure == null;
  }
}

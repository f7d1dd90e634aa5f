package no.imdi.grants.payment.review;

/** The orders of the list of payment runs, each made unique by the run id. */
public enum RunSort {
  INSTALMENT("r.instalment"),
  STARTED("r.prepared_at"),
  STATE("r.state");

  private final String column;

  RunSort(String column) {
    this.column = column;
  }

  String column() {
    return column;
  }
}

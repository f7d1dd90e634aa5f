package no.imdi.grants.payment.review;

/** The orders of a run's totals per municipality, county or payment group (R-PAY-3). */
public enum AreaSort {
  KEY("k"),
  NAME("name"),
  NET("net"),
  PREVIOUS("previous"),
  CHANGE("net - previous");

  private final String column;

  AreaSort(String column) {
    this.column = column;
  }

  String column() {
    return column;
  }
}

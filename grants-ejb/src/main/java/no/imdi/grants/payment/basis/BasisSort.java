package no.imdi.grants.payment.basis;

/** The orders of the instalment basis, each made unique by the line id. */
public enum BasisSort {
  INSTALMENT("l.instalment"),
  PERSON("p.family_name"),
  CODE("l.code"),
  AMOUNT("l.amount_ore"),
  DUE("l.due_basis");

  private final String column;

  BasisSort(String column) {
    this.column = column;
  }

  String column() {
    return column;
  }
}

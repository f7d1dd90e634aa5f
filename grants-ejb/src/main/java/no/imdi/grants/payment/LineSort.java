package no.imdi.grants.payment;

/** The orders of a list of payment lines, each made unique by the line id. */
public enum LineSort {
  PERSON("l.person_id"),
  CODE("l.code"),
  AMOUNT("l.amount_ore"),
  DUE("l.due_basis"),
  KEY("l.entitlement_key");

  private final String column;

  LineSort(String column) {
    this.column = column;
  }

  String column() {
    return column;
  }
}

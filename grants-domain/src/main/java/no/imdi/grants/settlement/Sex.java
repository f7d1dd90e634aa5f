package no.imdi.grants.settlement;

/** Legal sex as registered in the national population register. */
public enum Sex {
  FEMALE,
  MALE
}

package no.imdi.grants.casefile;

/** Whether an IMDi caseworker has taken the case (it is assigned to them) or it waits for one. */
public enum Handling {
  UNASSIGNED,
  ASSIGNED
}

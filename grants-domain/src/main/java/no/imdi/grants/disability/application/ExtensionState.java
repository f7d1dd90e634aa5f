package no.imdi.grants.disability.application;

/** A request for a later deadline: received, then granted with a new date or refused (R-DL-5). */
public enum ExtensionState {
  RECEIVED,
  GRANTED,
  REFUSED
}

package no.imdi.grants.disability.documentation;

/**
 * How strongly the checklist asks for a document: always, only where the case calls for it (*der
 * det er aktuelt*, when the application does not yet say whether it does), or not at all.
 */
public enum Requirement {
  REQUIRED,
  IF_RELEVANT,
  NOT_REQUIRED
}

package no.imdi.grants.letter;

/**
 * Who made the decision a letter tells: the caseworker who prepared it (*saksbehandler*) and the
 * second officer who approved it (*godkjenner*, maker/checker). The service that approves enforces
 * that they are two different users; a letter only shows their names.
 */
public record Signatories(String preparer, String approver) {

  public Signatories {
    Letterhead.requireText(preparer, "preparer");
    Letterhead.requireText(approver, "approver");
  }
}

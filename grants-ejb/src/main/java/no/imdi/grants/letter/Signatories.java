package no.imdi.grants.letter;

/**
 * Who made the decision a letter tells: the caseworker who prepared it (*saksbehandler*) and the
 * second officer who approved it (*godkjenner*, maker/checker). The service that approves enforces
 * that they are two different users; a letter only shows their names. A letter from one officer
 * alone (a reply, a reversal, the ministry's decision) is signed once, by that officer for the
 * sender ({@link #one}).
 */
public record Signatories(String preparer, String approver, boolean single) {

  public Signatories {
    Letterhead.requireText(preparer, "preparer");
    Letterhead.requireText(approver, "approver");
    if (single && !preparer.equals(approver)) {
      throw new IllegalArgumentException("A letter signed once has one signatory");
    }
  }

  /** Prepared by one officer and approved by another. */
  public Signatories(String preparer, String approver) {
    this(preparer, approver, false);
  }

  /** Signed once, by the one officer who made the decision or wrote the reply. */
  public static Signatories one(String officer) {
    return new Signatories(officer, officer, true);
  }
}

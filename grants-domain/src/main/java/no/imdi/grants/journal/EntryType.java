package no.imdi.grants.journal;

/**
 * The type of a journal entry (Noark 5 *journalposttype*): an incoming document (I), an outgoing
 * document (U, *utgående*) such as a letter, or an internal note (N, *organinternt notat*).
 */
public enum EntryType {
  INCOMING("I"),
  OUTGOING("U"),
  NOTE("N");

  private final String noarkCode;

  EntryType(String noarkCode) {
    this.noarkCode = noarkCode;
  }

  /** The Noark code: I, U or N. */
  public String noarkCode() {
    return noarkCode;
  }
}

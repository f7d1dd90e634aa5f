package no.imdi.grants.casefile;

/**
 * Checks free text that a verb stores: required where the verb needs it, and never longer than its
 * column. A text that breaks either is refused on its field.
 */
public final class Texts {

  private Texts() {}

  /** The stripped text; refused when blank or too long. */
  public static String required(String field, String text, int max) {
    if (text == null || text.isBlank()) {
      throw Refusal.onField(field, CaseMessage.REQUIRED);
    }
    return optional(field, text, max);
  }

  /** The stripped text, or {@code null} when blank; refused when too long. */
  public static String optional(String field, String text, int max) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String stripped = text.strip();
    if (stripped.length() > max) {
      throw Refusal.onField(field, CaseMessage.TOO_LONG, max);
    }
    if (stripped.indexOf('\0') >= 0) {
      throw Refusal.onField(field, CaseMessage.INVALID_CHARACTER);
    }
    return stripped;
  }
}

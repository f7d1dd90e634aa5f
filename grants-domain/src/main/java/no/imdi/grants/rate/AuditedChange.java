package no.imdi.grants.rate;

import java.util.ArrayList;
import java.util.List;

/**
 * One field of a rate row as an audit row records it: the field, its value before (null for a new
 * row) and after. Stored as data, not as a sentence, so that the audit trail is shown in the
 * reader's language and without internal row ids. The stored form separates values with the ASCII
 * unit and record separators, which no typed text can contain (forms refuse control characters).
 */
public record AuditedChange(Field field, String before, String after) {

  /** The audited fields of a rate row. */
  public enum Field {
    AMOUNT,
    CONDITIONS,
    SOURCE,
    VERIFIED
  }

  private static final char UNIT = '\u001F';
  private static final char RECORD = '\u001E';
  private static final String NONE = "\u0018";

  public static String encode(List<AuditedChange> changes) {
    StringBuilder text = new StringBuilder();
    for (AuditedChange c : changes) {
      text.append(c.field.name())
          .append(UNIT)
          .append(orNone(c.before))
          .append(UNIT)
          .append(orNone(c.after))
          .append(RECORD);
    }
    return text.toString();
  }

  /** The changes of a stored audit text; empty for a text of the older, sentence form. */
  public static List<AuditedChange> decode(String stored) {
    List<AuditedChange> changes = new ArrayList<>();
    if (stored == null || stored.indexOf(RECORD) < 0) {
      return changes;
    }
    for (String record : stored.split(String.valueOf(RECORD))) {
      String[] parts = record.split(String.valueOf(UNIT), -1);
      if (parts.length != 3) {
        return List.of();
      }
      try {
        changes.add(new AuditedChange(Field.valueOf(parts[0]), value(parts[1]), value(parts[2])));
      } catch (IllegalArgumentException e) {
        return List.of();
      }
    }
    return changes;
  }

  private static String orNone(String value) {
    return value == null ? NONE : value;
  }

  private static String value(String stored) {
    return NONE.equals(stored) ? null : stored;
  }
}

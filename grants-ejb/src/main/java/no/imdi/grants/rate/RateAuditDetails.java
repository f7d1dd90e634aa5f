package no.imdi.grants.rate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The values an audit row of the rate table records: all values of a new row, or the old and the
 * new value of each field a change touched (amounts as {@code 1 520 000 kr}), and which row
 * replaced which. Both rows stay in the table as well; this text is what the audit trail shows.
 */
final class RateAuditDetails {

  private RateAuditDetails() {}

  static String created(RateEntry row) {
    return "row "
        + row.getId()
        + ": amount "
        + row.getAmount()
        + "; conditions "
        + quoted(row.getConditions())
        + "; source "
        + quoted(row.getSource())
        + "; verified "
        + yesNo(row.isVerified());
  }

  static String replaced(RateEntry old, RateEntry next) {
    List<String> changes = new ArrayList<>();
    if (old.getAmount().compareTo(next.getAmount()) != 0) {
      changes.add("amount " + old.getAmount() + " -> " + next.getAmount());
    }
    if (!Objects.equals(old.getConditions(), next.getConditions())) {
      changes.add(
          "conditions " + quoted(old.getConditions()) + " -> " + quoted(next.getConditions()));
    }
    if (!Objects.equals(old.getSource(), next.getSource())) {
      changes.add("source " + quoted(old.getSource()) + " -> " + quoted(next.getSource()));
    }
    if (old.isVerified() != next.isVerified()) {
      changes.add("verified " + yesNo(old.isVerified()) + " -> " + yesNo(next.isVerified()));
    }
    return "row "
        + old.getId()
        + " replaced by row "
        + next.getId()
        + ": "
        + String.join("; ", changes);
  }

  private static String quoted(String text) {
    return text == null ? "(none)" : '"' + text + '"';
  }

  private static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }
}

package no.imdi.grants.rate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import no.imdi.grants.rate.AuditedChange.Field;

/**
 * The values an audit row of the rate table records ({@link AuditedChange}): all values of a new
 * row, or the old and the new value of each field a change touched. Both rows stay in the table as
 * well; the page renders these changes in the reader's language.
 */
final class RateAuditDetails {

  private RateAuditDetails() {}

  static String created(RateEntry row) {
    return AuditedChange.encode(
        List.of(
            new AuditedChange(Field.AMOUNT, null, amount(row)),
            new AuditedChange(Field.CONDITIONS, null, row.getConditions()),
            new AuditedChange(Field.SOURCE, null, row.getSource()),
            new AuditedChange(Field.VERIFIED, null, Boolean.toString(row.isVerified()))));
  }

  static String replaced(RateEntry old, RateEntry next) {
    List<AuditedChange> changes = new ArrayList<>();
    if (old.getAmount().compareTo(next.getAmount()) != 0) {
      changes.add(new AuditedChange(Field.AMOUNT, amount(old), amount(next)));
    }
    if (!Objects.equals(old.getConditions(), next.getConditions())) {
      changes.add(new AuditedChange(Field.CONDITIONS, old.getConditions(), next.getConditions()));
    }
    if (!Objects.equals(old.getSource(), next.getSource())) {
      changes.add(new AuditedChange(Field.SOURCE, old.getSource(), next.getSource()));
    }
    if (old.isVerified() != next.isVerified()) {
      changes.add(
          new AuditedChange(
              Field.VERIFIED,
              Boolean.toString(old.isVerified()),
              Boolean.toString(next.isVerified())));
    }
    return AuditedChange.encode(changes);
  }

  private static String amount(RateEntry row) {
    return row.getAmount().amount().stripTrailingZeros().toPlainString();
  }
}

package no.imdi.grants.web.rate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import no.imdi.grants.rate.AuditedChange;
import no.imdi.grants.rate.RateAudit;
import no.imdi.grants.shared.Formats;
import no.imdi.grants.web.shared.Messages;

/**
 * The audit trail of a rate as the reader reads it: each changed field with its old and new value
 * in the reader's language ({@code Beløp: 194 400 kr → 201 000 kr}), amounts grouped, without the
 * internal row ids. An audit row written before changes were stored as data is shown as it was
 * written.
 */
@Named
@RequestScoped
public class AuditTexts {

  @Inject private Messages messages;

  public String of(RateAudit audit) {
    List<AuditedChange> changes = audit.getChanges();
    if (changes.isEmpty()) {
      return audit.getDetails();
    }
    List<String> parts = new ArrayList<>();
    for (AuditedChange change : changes) {
      String field = messages.text("rateAudit.field." + change.field().name());
      String after = value(change.field(), change.after());
      parts.add(
          change.before() == null && audit.getAction().equals(RateAudit.Action.CREATED.name())
              ? field + ": " + after
              : field + ": " + value(change.field(), change.before()) + " → " + after);
    }
    return String.join("; ", parts);
  }

  private String value(AuditedChange.Field field, String value) {
    if (value == null) {
      return messages.text("rateAudit.none");
    }
    return switch (field) {
      case AMOUNT -> amount(value);
      case VERIFIED -> messages.text(Boolean.parseBoolean(value) ? "yes" : "no");
      default -> "«" + value + "»";
    };
  }

  private static String amount(String value) {
    try {
      return Formats.amount(new BigDecimal(value)) + " kr";
    } catch (NumberFormatException e) {
      return value;
    }
  }
}

package no.imdi.grants.rate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.imdi.grants.rate.AuditedChange.Field;
import org.junit.jupiter.api.Test;

class AuditedChangeTest {

  @Test
  void changesSurviveTheirStoredFormWithMissingValuesAndAnyText() {
    List<AuditedChange> changes =
        List.of(
            new AuditedChange(Field.AMOUNT, "194400", "100"),
            new AuditedChange(Field.CONDITIONS, null, "Voksen; \"år 1\" -> ny\nlinje"),
            new AuditedChange(Field.VERIFIED, "false", "true"));
    assertThat(AuditedChange.decode(AuditedChange.encode(changes))).isEqualTo(changes);
  }

  @Test
  void anOlderSentenceIsNoListOfChanges() {
    assertThat(AuditedChange.decode("row 12 replaced by row 13: amount 1 kr -> 2 kr")).isEmpty();
    assertThat(AuditedChange.decode(null)).isEmpty();
  }
}

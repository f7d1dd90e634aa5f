package no.imdi.grants.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import no.imdi.grants.shared.Nok;
import no.imdi.grants.shared.Reason;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StoredReasonTest {

  @Test
  @DisplayName("R-PAY-4 a line's sentence survives the database: rules, key, typed arguments")
  void R_PAY_4_sentenceRoundTrips() {
    Reason reason =
        Reason.of(
            List.of("R-IG-4", "R-IG-5"),
            "payment.line.whole",
            "AR-1|x%",
            2024,
            Nok.kroner(260_000),
            LocalDate.of(2024, 3, 31));

    StoredReason stored = StoredReason.of(reason);
    Reason back = stored.reason();

    assertThat(stored.rules()).isEqualTo("R-IG-4,R-IG-5");
    assertThat(stored.args()).isEqualTo("s:AR-1%7Cx%25|i:2024|n:260000.00|d:2024-03-31");
    assertThat(back.rules()).containsExactly("R-IG-4", "R-IG-5");
    assertThat(back.text(Locale.ENGLISH)).isEqualTo(reason.text(Locale.ENGLISH));
    assertThat(new StoredReason("", "payment.carry.in", "plain|d:bad").reason().args())
        .containsExactly("plain", "d:bad");
  }
}

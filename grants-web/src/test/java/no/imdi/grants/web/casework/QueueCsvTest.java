package no.imdi.grants.web.casework;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The work queue's CSV fields: quoted, quotes doubled, and no cell becomes a formula. */
class QueueCsvTest {

  @Test
  void fieldsAreQuotedAndFormulasDefused() {
    assertThat(QueueCsv.field("Oslo")).isEqualTo("\"Oslo\"");
    assertThat(QueueCsv.field("a\"b")).isEqualTo("\"a\"\"b\"");
    assertThat(QueueCsv.field("=HYPERLINK(1)")).isEqualTo("\"'=HYPERLINK(1)\"");
    assertThat(QueueCsv.field("+1")).isEqualTo("\"'+1\"");
    assertThat(QueueCsv.field("@x")).isEqualTo("\"'@x\"");
    assertThat(QueueCsv.field(null)).isEmpty();
  }
}

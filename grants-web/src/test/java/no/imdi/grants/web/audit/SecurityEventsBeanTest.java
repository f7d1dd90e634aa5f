package no.imdi.grants.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityEventsBeanTest {

  @Test
  void csvFieldsAreQuotedAndFormulasDefused() {
    assertThat(SecurityEventsBean.csv("GET /app/person.xhtml?id=1"))
        .isEqualTo("\"GET /app/person.xhtml?id=1\"");
    assertThat(SecurityEventsBean.csv("say \"hi\"; ok")).isEqualTo("\"say \"\"hi\"\"; ok\"");
    assertThat(SecurityEventsBean.csv("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(SecurityEventsBean.csv(null)).isEmpty();
  }
}

package no.imdi.grants.web.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.faces.convert.ConverterException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictDateConverterTest {

  private final StrictDateConverter converter = new StrictDateConverter();

  @Test
  void readsAndWritesNorwegianDates() {
    assertThat(converter.getAsObject(null, null, " 13.10.2023 "))
        .isEqualTo(LocalDate.of(2023, 10, 13));
    assertThat(converter.getAsObject(null, null, "29.02.2024"))
        .isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(converter.getAsObject(null, null, "")).isNull();
    assertThat(converter.getAsString(null, null, LocalDate.of(2023, 10, 13)))
        .isEqualTo("13.10.2023");
  }

  @ParameterizedTest
  @ValueSource(strings = {"30.02.2023", "29.02.2023", "31.04.2024", "2023-10-13", "13.13.2023"})
  void refusesDatesThatDoNotExist(String typed) {
    assertThatThrownBy(() -> converter.getAsObject(null, null, typed))
        .isInstanceOf(ConverterException.class);
  }
}

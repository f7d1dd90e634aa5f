package no.imdi.grants.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NationalIdSyntheticTest {

  @ParameterizedTest(name = "{0} {1} #{2} -> {3}")
  @DisplayName("Synthetic numbers for demo data: exact values, computed independently of Java")
  @CsvSource({
    "2023-10-13, FEMALE, 0, 13902350025",
    "2023-10-13, MALE, 0, 13902350106",
    "2023-10-13, FEMALE, 1, 13902350297",
    "1950-06-01, MALE, 0, 01865000177",
    "1898-05-31, FEMALE, 0, 31859850092",
    "2023-10-07, FEMALE, 0, 07902350262"
  })
  void exactSyntheticNumbers(LocalDate birthDate, Sex sex, int sequence, String expected) {
    NationalId id = NationalId.synthetic(birthDate, sex, sequence);
    assertThat(id.value()).isEqualTo(expected);
    assertThat(id.birthDate()).isEqualTo(birthDate);
    assertThat(id.sex()).isEqualTo(sex);
    assertThat(id.isSynthetic()).isTrue();
    assertThat(id.isDNumber()).isFalse();
    assertThat(NationalId.parse(expected, false).problem())
        .contains(NationalIdProblem.SYNTHETIC_NOT_ALLOWED);
  }

  @Test
  @DisplayName(
      "Individual number 500 for a girl born 07.10.2023 would need check digit 10: skipped")
  void skipsIndividualNumbersWithCheckDigitTen() {
    assertThat(NationalId.parse("07902350000", true).problem())
        .contains(NationalIdProblem.CHECK_DIGIT_1);
    assertThat(NationalId.synthetic(LocalDate.of(2023, 10, 7), Sex.FEMALE, 0).value())
        .startsWith("079023502");
  }

  @ParameterizedTest(name = "{0} {1}: {2} numbers")
  @DisplayName(
      "Every sequence number up to the last gives a distinct valid number, then it runs out")
  @CsvSource({
    "2023-10-13, FEMALE, 208",
    "2023-10-13, MALE, 205",
    "1950-06-01, MALE, 249",
    "1898-05-31, FEMALE, 104"
  })
  void sequenceCoversAllUsableIndividualNumbers(LocalDate birthDate, Sex sex, int count) {
    List<String> values = new ArrayList<>();
    for (int sequence = 0; sequence < count; sequence++) {
      NationalId id = NationalId.synthetic(birthDate, sex, sequence);
      assertThat(NationalId.parse(id.value(), true).orElseThrow()).isEqualTo(id);
      assertThat(id.birthDate()).isEqualTo(birthDate);
      assertThat(id.sex()).isEqualTo(sex);
      values.add(id.value());
    }
    assertThat(values).isSorted().doesNotHaveDuplicates();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> NationalId.synthetic(birthDate, sex, count))
        .withMessageContaining("too high");
  }

  @ParameterizedTest(name = "{0} #{1}")
  @DisplayName("Birth years outside 1854-2039 and negative sequence numbers are refused")
  @CsvSource({"1853-12-31, 0", "2040-01-01, 0", "2023-10-13, -1"})
  void refused(LocalDate birthDate, int sequence) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> NationalId.synthetic(birthDate, Sex.FEMALE, sequence));
  }
}

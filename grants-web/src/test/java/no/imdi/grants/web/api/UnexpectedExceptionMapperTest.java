package no.imdi.grants.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class UnexpectedExceptionMapperTest {

  @Test
  void aRulesMessageNamesItsFieldAndIsRepeated() {
    Problem problem =
        UnexpectedExceptionMapper.problem(
            new EJBException(new IllegalArgumentException("measures[0].name is missing")),
            Locale.ENGLISH);

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.parameter()).isEqualTo("measures[0].name");
    assertThat(problem.detail())
        .isEqualTo("The rules do not accept the value: measures[0].name is missing");
  }

  @Test
  void aMessageWithAClassNameIsNotRepeated() {
    Problem problem =
        UnexpectedExceptionMapper.problem(
            new IllegalArgumentException(
                "No enum constant no.imdi.grants.settlement.UdiHousing.PALACE"),
            Locale.ENGLISH);

    assertThat(problem.status()).isEqualTo(400);
    assertThat(problem.parameter()).isEqualTo("request");
    assertThat(problem.toJson()).doesNotContain("no.imdi", "UdiHousing", "Exception");
    assertThat(
            UnexpectedExceptionMapper.problem(
                    new IllegalArgumentException("zone see java.lang.Enum.valueOf"), Locale.ENGLISH)
                .toJson())
        .doesNotContain("java.lang");
  }

  @Test
  void anythingElseIsA500WithoutInternals() {
    Problem problem =
        UnexpectedExceptionMapper.problem(
            new IllegalStateException("java.sql.SQLException at no.imdi.grants.Secret"),
            ApiTexts.BOKMAL);

    assertThat(problem.status()).isEqualTo(500);
    assertThat(problem.toJson()).doesNotContain("java.", "no.imdi", "Exception", "Secret");
  }
}

package no.imdi.grants.admintest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

class SchemaMatchesMappingsTest {

  @Test
  void everyEntityOfThePersistenceUnitMatchesTheMigratedSchema() {
    try (TestDatabase db = TestDatabase.create()) {
      assertThatCode(
              () ->
                  db.factory()
                      .unwrap(SessionFactory.class)
                      .getSchemaManager()
                      .validateMappedObjects())
          .doesNotThrowAnyException();
      assertThat(db.count("select count(*) from setting_audit")).isZero();
      assertThat(
              db.count(
                  "select character_maximum_length from information_schema.columns"
                      + " where table_name = 'rate_audit' and column_name = 'details'"))
          .isEqualTo(8000);
    }
  }
}

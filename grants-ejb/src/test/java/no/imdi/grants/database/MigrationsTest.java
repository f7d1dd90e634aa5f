package no.imdi.grants.database;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import no.imdi.grants.municipality.Municipality;
import no.imdi.grants.testsupport.TestPersistence;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

class MigrationsTest {

  @Test
  void migrationsBuildASchemaThatHibernateValidatesAndLoadThe357Municipalities() {
    try (TestPersistence db = new TestPersistence()) {
      db.entityManagerFactory()
          .unwrap(SessionFactory.class)
          .getSchemaManager()
          .validateMappedObjects();
      long count =
          db.inTransaction(
              em ->
                  em.createQuery("select count(m) from Municipality m", Long.class)
                      .getSingleResult());
      assertThat(count).isEqualTo(357);
      Municipality karasjok =
          db.inTransaction((EntityManager em) -> em.find(Municipality.class, "5610"));
      assertThat(karasjok.getName()).isEqualTo("Kárášjohka");
      assertThat(karasjok.getAlias()).isEqualTo("Karasjok");
      assertThat(
              db.count(
                  "select character_maximum_length from information_schema.columns"
                      + " where table_name = 'rate_audit' and column_name = 'details'"))
          .isEqualTo(8000);
      assertThat(db.count("select count(*) from setting_audit")).isZero();
      assertThat(db.inTransaction(em -> em.find(Municipality.class, "0301")).getName())
          .isEqualTo("Oslo");
    }
  }
}

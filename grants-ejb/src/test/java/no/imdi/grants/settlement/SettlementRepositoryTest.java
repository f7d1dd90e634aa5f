package no.imdi.grants.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.municipality.Municipality;
import no.imdi.grants.security.MunicipalityScope;
import no.imdi.grants.shared.Page;
import no.imdi.grants.shared.PageRequest;
import no.imdi.grants.testsupport.TestPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The settlement register's queries against real PostgreSQL: scope, filters, sorting, paging. */
class SettlementRepositoryTest {

  private TestPersistence db;
  private int sequence;

  @BeforeEach
  void freshDatabase() {
    db = new TestPersistence();
    settle(
        "Amina",
        "Haddad",
        LocalDate.of(1990, 3, 1),
        "0301",
        LocalDate.of(2023, 10, 13),
        TargetGroup.REFUGEE);
    settle(
        "Olena",
        "Kovalenko",
        LocalDate.of(1985, 6, 2),
        "0301",
        LocalDate.of(2022, 4, 1),
        TargetGroup.COLLECTIVE_PROTECTION);
    settle(
        "Omar",
        "Abdi",
        LocalDate.of(2008, 1, 9),
        "4601",
        LocalDate.of(2023, 2, 2),
        TargetGroup.REFUGEE);
    settle(
        "Yusuf",
        "Haddad",
        LocalDate.of(1960, 12, 24),
        "4601",
        LocalDate.of(2019, 5, 17),
        TargetGroup.FAMILY_REUNIFIED);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aMunicipalityScopeSeesOnlyItsOwnSettlements() {
    Page<SettlementRow> oslo = list(MunicipalityScope.only("0301"), SettlementFilter.NONE);
    assertThat(oslo.total()).isEqualTo(2);
    assertThat(oslo.rows()).extracting(SettlementRow::municipalityNumber).containsOnly("0301");
    assertThat(list(MunicipalityScope.ALL, SettlementFilter.NONE).total()).isEqualTo(4);
    SettlementFilter bergen = new SettlementFilter("4601", null, null, null, null);
    assertThat(list(MunicipalityScope.only("0301"), bergen).total()).isZero();
  }

  @Test
  void filtersByNameNationalIdYearAndTargetGroupInTheDatabase() {
    assertThat(names(new SettlementFilter(null, "hadd", null, null, null)))
        .containsExactly("Haddad, Amina", "Haddad, Yusuf");
    assertThat(names(new SettlementFilter(null, "AMINA HAD", null, null, null)))
        .containsExactly("Haddad, Amina");
    assertThat(names(new SettlementFilter(null, null, null, 2023, null)))
        .containsExactly("Abdi, Omar", "Haddad, Amina");
    assertThat(
            names(new SettlementFilter(null, null, null, null, TargetGroup.COLLECTIVE_PROTECTION)))
        .containsExactly("Kovalenko, Olena");
    String omarsId =
        list(MunicipalityScope.ALL, new SettlementFilter(null, "omar", null, null, null))
            .rows()
            .get(0)
            .nationalId();
    assertThat(names(new SettlementFilter(null, null, omarsId.substring(0, 6), null, null)))
        .containsExactly("Abdi, Omar");
    assertThat(names(new SettlementFilter(null, "100%_", null, null, null))).isEmpty();
  }

  @Test
  void findsANameInAnyOrderWithOrWithoutTheCommaAndWithASmallTypo() {
    settle(
        "Yusuf",
        "Abdullahi",
        LocalDate.of(1979, 4, 3),
        "0301",
        LocalDate.of(2024, 1, 8),
        TargetGroup.REFUGEE);
    for (String typed :
        List.of(
            "Abdullahi, Yusuf",
            "yusuf abdullahi",
            "Abdullahi Yusuf",
            "ABDULLAHI,YUSUF",
            "  yusuf ,  abdul ",
            "Abdulahi, Yusuf",
            "Yusuf Abdulahi",
            "Abdullahi, Yusuff")) {
      assertThat(names(new SettlementFilter(null, typed, null, null, null)))
          .as(typed)
          .containsExactly("Abdullahi, Yusuf");
    }
    assertThat(names(new SettlementFilter(null, "Yusuf", null, null, null)))
        .containsExactly("Abdullahi, Yusuf", "Haddad, Yusuf");
    assertThat(names(new SettlementFilter(null, "Haddad, Amina", null, null, null)))
        .containsExactly("Haddad, Amina");
    assertThat(names(new SettlementFilter(null, "Kovalenko Yusuf", null, null, null))).isEmpty();
    assertThat(names(new SettlementFilter(null, " , ", null, null, null))).hasSize(5);
  }

  @Test
  void sortsAndPagesInTheDatabase() {
    PageRequest<SettlementSort> byDateDesc =
        new PageRequest<>(0, 2, SettlementSort.SETTLEMENT_DATE, false);
    Page<SettlementRow> first =
        db.inTransaction(
            em ->
                new SettlementRepository(em)
                    .list(MunicipalityScope.ALL, SettlementFilter.NONE, byDateDesc));
    assertThat(first.total()).isEqualTo(4);
    assertThat(first.rows())
        .extracting(SettlementRow::settlementDate)
        .containsExactly(LocalDate.of(2023, 10, 13), LocalDate.of(2023, 2, 2));
    PageRequest<SettlementSort> second =
        new PageRequest<>(2, 2, SettlementSort.SETTLEMENT_DATE, false);
    assertThat(
            db.inTransaction(
                    em ->
                        new SettlementRepository(em)
                            .list(MunicipalityScope.ALL, SettlementFilter.NONE, second))
                .rows())
        .extracting(SettlementRow::settlementDate)
        .containsExactly(LocalDate.of(2022, 4, 1), LocalDate.of(2019, 5, 17));
  }

  @Test
  void aMoveKeepsTheHistoryAndMovesTheScope() {
    long id =
        list(MunicipalityScope.ALL, new SettlementFilter(null, "olena", null, null, null))
            .rows()
            .get(0)
            .settlementId();
    db.run(
        em -> {
          Settlement s = em.find(Settlement.class, id);
          s.moveTo(em.find(Municipality.class, "5001"), LocalDate.of(2024, 8, 1));
        });
    Settlement moved =
        db.inTransaction(
            em ->
                new SettlementRepository(em)
                    .findRecordByPerson(
                        MunicipalityScope.only("5001"),
                        em.find(Settlement.class, id).getPerson().getId())
                    .orElseThrow());
    assertThat(moved.getSettledIn().getNumber()).isEqualTo("0301");
    assertThat(moved.getMunicipality().getNumber()).isEqualTo("5001");
    assertThat(moved.getMoves())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.getFrom().getNumber()).isEqualTo("0301");
              assertThat(m.getMoveDate()).isEqualTo(LocalDate.of(2024, 8, 1));
            });
    assertThat(list(MunicipalityScope.only("0301"), SettlementFilter.NONE).total()).isEqualTo(1);
  }

  @Test
  void aStaleSaveIsRefusedInsteadOfLost() {
    long id = list(MunicipalityScope.ALL, SettlementFilter.NONE).rows().get(0).settlementId();
    EntityManager first = db.entityManagerFactory().createEntityManager();
    Settlement stale = first.find(Settlement.class, id);
    first.detach(stale);
    db.run(
        em ->
            em.find(Settlement.class, id)
                .correct(withDate(em.find(Settlement.class, id), LocalDate.of(2021, 1, 1)), null));
    assertThatThrownBy(
            () ->
                db.run(
                    em -> {
                      Settlement merged = em.merge(stale);
                      merged.correct(withDate(merged, LocalDate.of(2020, 1, 1)), null);
                    }))
        .isInstanceOf(OptimisticLockException.class);
    first.close();
  }

  private static SettlementFacts withDate(Settlement s, LocalDate date) {
    SettlementFacts f = s.facts();
    return new SettlementFacts(
        date,
        f.targetGroup(),
        f.settledByAgreement(),
        f.familyReunification(),
        f.reunificationBySpecialAgreement(),
        f.unaccompaniedMinor(),
        f.udiHousing(),
        null);
  }

  private List<String> names(SettlementFilter filter) {
    return list(MunicipalityScope.ALL, filter).rows().stream()
        .map(r -> r.familyName() + ", " + r.givenName())
        .toList();
  }

  private Page<SettlementRow> list(MunicipalityScope scope, SettlementFilter filter) {
    return db.inTransaction(
        em ->
            new SettlementRepository(em)
                .list(scope, filter, new PageRequest<>(0, 50, SettlementSort.NAME, true)));
  }

  private void settle(
      String given,
      String family,
      LocalDate birth,
      String municipality,
      LocalDate settled,
      TargetGroup group) {
    String nationalId = NationalId.synthetic(birth, Sex.FEMALE, sequence++).value();
    db.run(
        em -> {
          Person person = new Person(nationalId, given, family, birth, Sex.FEMALE);
          new SettlementRepository(em)
              .add(
                  person,
                  new Settlement(
                      person,
                      em.find(Municipality.class, municipality),
                      new SettlementFacts(
                          settled,
                          group,
                          true,
                          group == TargetGroup.FAMILY_REUNIFIED,
                          false,
                          false,
                          UdiHousing.NONE,
                          null),
                      null));
        });
  }
}

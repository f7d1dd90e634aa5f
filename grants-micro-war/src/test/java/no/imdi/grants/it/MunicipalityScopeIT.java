package no.imdi.grants.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.imdi.grants.municipality.MunicipalityDirectory;
import no.imdi.grants.security.MunicipalityScope;
import no.imdi.grants.settlement.NationalId;
import no.imdi.grants.settlement.Person;
import no.imdi.grants.settlement.Settlement;
import no.imdi.grants.settlement.SettlementFacts;
import no.imdi.grants.settlement.SettlementFilter;
import no.imdi.grants.settlement.SettlementRepository;
import no.imdi.grants.settlement.SettlementRow;
import no.imdi.grants.settlement.SettlementService;
import no.imdi.grants.settlement.SettlementSort;
import no.imdi.grants.settlement.Sex;
import no.imdi.grants.settlement.TargetGroup;
import no.imdi.grants.settlement.UdiHousing;
import no.imdi.grants.shared.Page;
import no.imdi.grants.shared.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The municipality scope in the real container (Payara Micro, real PostgreSQL): a municipality's
 * scope lists only its own persons and cannot look up another municipality's; the services refuse
 * callers without a role; and over HTTP a municipality caseworker who opens another municipality's
 * person or its edit form by URL gets "not found", as for an id that does not exist.
 */
@ExtendWith(ArquillianExtension.class)
class MunicipalityScopeIT {

  private static final String OSLO = "0301";
  private static final String BERGEN = "4601";

  @Deployment
  static WebArchive application() {
    return ShrinkWrap.createFromZipFile(
            WebArchive.class, new File(System.getProperty("grants.it.war")))
        .addClasses(MunicipalityScopeIT.class, WebClient.class);
  }

  @Inject SettlementRepository repository;
  @EJB SettlementService service;
  @EJB MunicipalityDirectory municipalities;
  @Resource UserTransaction transaction;

  @Test
  void aMunicipalityScopeListsOnlyItsOwnPersons() throws Exception {
    String family = "Scopetest" + ThreadLocalRandom.current().nextInt(1_000_000);
    Settlement oslo = settle(family, OSLO);
    Settlement bergen = settle(family, BERGEN);
    SettlementFilter byName = new SettlementFilter(null, family, null, null, null);
    PageRequest<SettlementSort> page = new PageRequest<>(0, 50, SettlementSort.NAME, true);

    Page<SettlementRow> osloSees = repository.list(MunicipalityScope.only(OSLO), byName, page);
    assertEquals(1, osloSees.total());
    assertEquals(oslo.getId(), osloSees.rows().get(0).settlementId());
    assertEquals(OSLO, osloSees.rows().get(0).municipalityNumber());

    SettlementFilter bergenOnly = new SettlementFilter(BERGEN, family, null, null, null);
    assertEquals(0, repository.list(MunicipalityScope.only(OSLO), bergenOnly, page).total());
    assertEquals(2, repository.list(MunicipalityScope.ALL, byName, page).total());

    long bergenPerson = bergen.getPerson().getId();
    assertTrue(repository.findSettlement(MunicipalityScope.only(OSLO), bergen.getId()).isEmpty());
    assertTrue(repository.findByPerson(MunicipalityScope.only(OSLO), bergenPerson).isEmpty());
    assertTrue(repository.findRecordByPerson(MunicipalityScope.only(OSLO), bergenPerson).isEmpty());
    assertTrue(
        repository.findSettlement(MunicipalityScope.only(BERGEN), bergen.getId()).isPresent());
  }

  @Test
  void theServicesRefuseACallerWithoutARole() throws Exception {
    Settlement bergen =
        settle("Anonymous" + ThreadLocalRandom.current().nextInt(1_000_000), BERGEN);
    long personId = bergen.getPerson().getId();
    assertThrows(EJBAccessException.class, () -> service.personRecord(personId, "test"));
    assertThrows(
        EJBAccessException.class,
        () -> service.list(SettlementFilter.NONE, new PageRequest<>(0, 10, null, true)));
  }

  @Test
  @RunAsClient
  void aMunicipalityCaseworkerDoesNotFindAnotherMunicipalitysPersonByUrl(
      @ArquillianResource URL url) throws Exception {
    WebClient oslo = new WebClient(url.toString());
    HttpResponse<String> start = oslo.login("kommune.oslo", "Tilskudd-demo-2026");
    assertEquals(200, start.statusCode());
    assertTrue(start.body().contains("settlements"), "lands on the settlements list");

    long[] bergen = firstSettlementIn(BERGEN);
    assertEquals(404, oslo.get("app/person.xhtml?id=" + bergen[1]).statusCode());
    assertEquals(404, oslo.get("app/settlement.xhtml?id=" + bergen[0]).statusCode());

    long[] own = firstSettlementIn(OSLO);
    assertEquals(200, oslo.get("app/person.xhtml?id=" + own[1]).statusCode());

    HttpResponse<String> list = oslo.get("app/settlements.xhtml");
    Matcher ids = Pattern.compile("person\\.xhtml\\?id=(\\d+)").matcher(list.body());
    int seen = 0;
    while (ids.find()) {
      assertEquals(OSLO, municipalityOfPerson(Long.parseLong(ids.group(1))));
      seen++;
    }
    assertTrue(seen > 0, "the first page lists some of Oslo's persons");
  }

  private Settlement settle(String family, String municipality) throws Exception {
    LocalDate birth =
        LocalDate.of(1970, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(15_000));
    String nationalId =
        NationalId.synthetic(birth, Sex.FEMALE, ThreadLocalRandom.current().nextInt(200)).value();
    transaction.begin();
    Person person = new Person(nationalId, "Test", family, birth, Sex.FEMALE);
    Settlement settlement =
        new Settlement(
            person,
            municipalities.find(municipality).orElseThrow(),
            new SettlementFacts(
                LocalDate.of(2023, 10, 13),
                TargetGroup.REFUGEE,
                true,
                false,
                false,
                false,
                UdiHousing.NONE,
                null),
            null);
    repository.add(person, settlement);
    transaction.commit();
    return settlement;
  }

  private static long[] firstSettlementIn(String municipality) throws Exception {
    try (var c = TestEnvironment.connection();
        var ps =
            c.prepareStatement(
                "select id, person_id from settlement where municipality = ? order by id limit 1")) {
      ps.setString(1, municipality);
      try (var rs = ps.executeQuery()) {
        assertTrue(rs.next(), "demo data has a settlement in " + municipality);
        return new long[] {rs.getLong(1), rs.getLong(2)};
      }
    }
  }

  private static String municipalityOfPerson(long personId) throws Exception {
    try (var c = TestEnvironment.connection();
        var ps = c.prepareStatement("select municipality from settlement where person_id = ?")) {
      ps.setLong(1, personId);
      try (var rs = ps.executeQuery()) {
        assertTrue(rs.next());
        return rs.getString(1);
      }
    }
  }
}

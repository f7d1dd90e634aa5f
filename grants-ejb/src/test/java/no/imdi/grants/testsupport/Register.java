package no.imdi.grants.testsupport;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import no.imdi.grants.municipality.Municipality;
import no.imdi.grants.security.AppUser;
import no.imdi.grants.security.Role;
import no.imdi.grants.settlement.NationalId;
import no.imdi.grants.settlement.Person;
import no.imdi.grants.settlement.Settlement;
import no.imdi.grants.settlement.SettlementFacts;
import no.imdi.grants.settlement.SettlementRepository;
import no.imdi.grants.settlement.Sex;
import no.imdi.grants.settlement.TargetGroup;
import no.imdi.grants.settlement.UdiHousing;

/**
 * Settled persons and users in a test database: each call arranges its own rows with synthetic
 * national ids (never real people).
 */
public final class Register {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private Register() {}

  /** A refugee settled by agreement in the municipality on the date; returns the person's id. */
  public static long settle(
      TestPersistence db, String municipality, String given, String family, LocalDate settled) {
    LocalDate birth = LocalDate.of(1990, 5, 17);
    String nationalId = NationalId.synthetic(birth, Sex.FEMALE, SEQUENCE.incrementAndGet()).value();
    return db.inTransaction(
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
                          TargetGroup.REFUGEE,
                          true,
                          false,
                          false,
                          false,
                          UdiHousing.NONE,
                          null),
                      null));
          return person.getId();
        });
  }

  /** A user of the role (a municipality user of the municipality, others none). */
  public static void user(TestPersistence db, String username, Role role, String municipality) {
    db.run(
        em ->
            em.persist(
                new AppUser(
                    username,
                    username,
                    "pbkdf2-sha256$1$AA==$AA==",
                    role,
                    role.belongsToMunicipality() ? municipality : null)));
  }

  /** The demo roles: kommune.oslo, kommune.bergen, two IMDi caseworkers, two approvers, others. */
  public static void users(TestPersistence db) {
    user(db, "kommune.oslo", Role.MUNICIPALITY_CASEWORKER, "0301");
    user(db, "okonomi.oslo", Role.MUNICIPALITY_FINANCE, "0301");
    user(db, "kommune.bergen", Role.MUNICIPALITY_CASEWORKER, "4601");
    user(db, "imdi.saksbehandler", Role.IMDI_CASEWORKER, null);
    user(db, "imdi.annen", Role.IMDI_CASEWORKER, null);
    user(db, "imdi.godkjenner", Role.IMDI_APPROVER, null);
    user(db, "imdi.godkjenner2", Role.IMDI_APPROVER, null);
    user(db, "departementet", Role.MINISTRY, null);
    user(db, "admin", Role.ADMIN, null);
  }
}

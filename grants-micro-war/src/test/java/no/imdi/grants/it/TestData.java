package no.imdi.grants.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import no.imdi.grants.settlement.NationalId;
import no.imdi.grants.settlement.Sex;

/**
 * Persons and settlements written straight to the test database, with ids far above what the
 * application's sequences hand out, so that each test arranges its own data.
 */
final class TestData {

  static final String OSLO = "0301";
  static final String BERGEN = "4601";

  private TestData() {}

  /** A mother settled in Oslo and her child, born after her settlement, living in Bergen. */
  record Family(
      long motherPerson,
      String motherName,
      String motherId,
      long childPerson,
      long childSettlement) {}

  /** One person settled in a municipality; returns {person id, settlement id}. */
  static long[] person(String municipality, String familyName) throws Exception {
    long base = freeBase();
    LocalDate birth = LocalDate.of(1980, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(5000));
    try (Connection c = TestEnvironment.connection()) {
      insertPerson(c, base, "Flytter", familyName, birth, Sex.FEMALE);
      insertSettlement(c, base + 1, base, municipality, LocalDate.of(2022, 5, 2), null);
    }
    return new long[] {base, base + 1};
  }

  /** Writes a mother in Oslo and her child in Bergen straight to the database. */
  static Family family() throws Exception {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long base = freeBase();
    LocalDate motherBirth = LocalDate.of(1980, 1, 1).plusDays(random.nextInt(5000));
    LocalDate settled = LocalDate.of(2021, 3, 1).plusDays(random.nextInt(300));
    LocalDate childBirth = settled.plusDays(30);
    String motherName = "Moren" + random.nextInt(1_000_000);
    try (Connection c = TestEnvironment.connection()) {
      String motherId = insertPerson(c, base, "Hemmelig", motherName, motherBirth, Sex.FEMALE);
      insertSettlement(c, base + 1, base, OSLO, settled, null);
      insertPerson(c, base + 2, "Barn", "Barnesen", childBirth, Sex.MALE);
      insertSettlement(c, base + 3, base + 2, BERGEN, childBirth, base);
      return new Family(base, motherName, motherId, base + 2, base + 3);
    }
  }

  static String insertPerson(
      Connection c, long id, String given, String family, LocalDate birth, Sex sex)
      throws SQLException {
    for (int attempt = 0; ; attempt++) {
      String nid =
          NationalId.synthetic(birth, sex, ThreadLocalRandom.current().nextInt(200)).value();
      try (PreparedStatement ps =
          c.prepareStatement(
              "insert into person (id, national_id, given_name, family_name, birth_date, sex)"
                  + " values (?, ?, ?, ?, ?, ?) on conflict (national_id) do nothing")) {
        ps.setLong(1, id);
        ps.setString(2, nid);
        ps.setString(3, given);
        ps.setString(4, family);
        ps.setObject(5, birth);
        ps.setString(6, sex.name());
        if (ps.executeUpdate() == 1) {
          return nid;
        }
      }
      if (attempt > 20) {
        throw new IllegalStateException("No free synthetic national id");
      }
    }
  }

  static void insertSettlement(
      Connection c, long id, long person, String municipality, LocalDate date, Long mother)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into settlement (id, person_id, settled_in, municipality, settlement_date,"
                + " target_group, settled_by_agreement, family_reunification,"
                + " reunification_special_agreement, unaccompanied_minor, udi_housing, mother_id,"
                + " household, registered_on)"
                + " values (?, ?, ?, ?, ?, 'REFUGEE', true, false, false, false, 'NONE', ?, ?, ?)")) {
      ps.setLong(1, id);
      ps.setLong(2, person);
      ps.setString(3, municipality);
      ps.setString(4, municipality);
      ps.setObject(5, date);
      ps.setObject(6, mother);
      ps.setString(7, mother == null ? "ADULT_IN_FAMILY" : "CHILD");
      ps.setObject(8, date);
      ps.executeUpdate();
    }
  }

  private static long freeBase() {
    return 8_000_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L) * 10;
  }
}

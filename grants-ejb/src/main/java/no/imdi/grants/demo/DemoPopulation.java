package no.imdi.grants.demo;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import no.imdi.grants.integrationgrant.Household;
import no.imdi.grants.settlement.NationalId;
import no.imdi.grants.settlement.Sex;
import no.imdi.grants.settlement.TargetGroup;
import no.imdi.grants.settlement.UdiHousing;

/**
 * Synthetic settled persons for demonstration and benchmarks: plausible names and dates over
 * 2019-2025 in a dozen municipalities, all target groups, some unaccompanied minors, some from
 * UDI's special housing, some children born after the mother's settlement, and some moves. National
 * ids are synthetic (month + 80), never real people's. Written with JDBC batches, so that 200 000
 * persons take seconds.
 */
public final class DemoPopulation {

  /** Oslo, Bergen, Trondheim, Stavanger, Bærum, Drammen, Kristiansand, Tromsø, Bodø, ... */
  public static final List<String> MUNICIPALITIES =
      List.of(
          "0301", "4601", "5001", "1103", "3201", "3301", "4204", "5501", "1804", "3107", "1108",
          "1508");

  private static final LocalDate FIRST = LocalDate.of(2019, 1, 1);
  private static final int DAYS =
      (int) (LocalDate.of(2025, 12, 31).toEpochDay() - FIRST.toEpochDay());
  private static final int BATCH = 1000;
  private static final LocalDate LAST_REGISTRATION = LocalDate.of(2026, 6, 30);

  private final Random random;
  private final Map<LocalDate, Integer> sequences = new HashMap<>();

  private DemoPopulation(long seed) {
    this.random = new Random(seed);
  }

  /** Inserts {@code count} settled persons (plus children born after settlement); returns all. */
  public static int populate(Connection connection, int count, long seed) throws SQLException {
    return new DemoPopulation(seed).insert(connection, count);
  }

  private int insert(Connection connection, int count) throws SQLException {
    int written = 0;
    for (int start = 0; start < count; start += BATCH) {
      List<DemoPerson> batch = new ArrayList<>();
      for (int i = start; i < Math.min(count, start + BATCH); i++) {
        DemoPerson person = nextPerson();
        batch.add(person);
        if (person.female() && person.age() >= 20 && person.age() < 42 && random.nextInt(25) == 0) {
          batch.add(childOf(person));
        }
      }
      written += new DemoBatchWriter(connection).write(batch, random);
    }
    return written;
  }

  private DemoPerson nextPerson() {
    LocalDate settled = FIRST.plusDays(random.nextInt(DAYS + 1));
    int kind = random.nextInt(100);
    boolean minor = kind < 6;
    int age =
        minor
            ? 13 + random.nextInt(5)
            : kind < 32
                ? random.nextInt(18)
                : kind < 37 ? 60 + random.nextInt(21) : 18 + random.nextInt(42);
    LocalDate birth = settled.minusYears(age).minusDays(random.nextInt(365));
    boolean female = random.nextBoolean();
    TargetGroup group = targetGroup(settled);
    boolean reunified = group == TargetGroup.FAMILY_REUNIFIED;
    return new DemoPerson(
        syntheticId(birth, female),
        DemoNames.given(random, female),
        DemoNames.family(random),
        birth,
        female,
        age,
        pick(MUNICIPALITIES),
        settled,
        group,
        reunified ? random.nextInt(3) == 0 : random.nextInt(10) != 0,
        reunified,
        reunified && random.nextInt(3) == 0,
        minor,
        housing(),
        null);
  }

  private DemoPerson childOf(DemoPerson mother) {
    LocalDate birth = mother.settlementDate().plusDays(1 + random.nextInt(180));
    boolean female = random.nextBoolean();
    return new DemoPerson(
        syntheticId(birth, female),
        DemoNames.given(random, female),
        mother.familyName(),
        birth,
        female,
        0,
        mother.municipality(),
        birth,
        mother.targetGroup(),
        mother.settledByAgreement(),
        mother.familyReunification(),
        mother.specialAgreement(),
        false,
        UdiHousing.NONE,
        mother);
  }

  private TargetGroup targetGroup(LocalDate settled) {
    int r = random.nextInt(100);
    if (settled.isAfter(LocalDate.of(2022, 3, 11)) && r < 45) {
      return TargetGroup.COLLECTIVE_PROTECTION;
    }
    TargetGroup[] others = {
      TargetGroup.REFUGEE,
      TargetGroup.REFUGEE,
      TargetGroup.REFUGEE,
      TargetGroup.REFUGEE,
      TargetGroup.RESETTLEMENT_REFUGEE,
      TargetGroup.RESETTLEMENT_REFUGEE,
      TargetGroup.FAMILY_REUNIFIED,
      TargetGroup.FAMILY_REUNIFIED,
      TargetGroup.HUMANITARIAN,
      TargetGroup.ABUSE_IN_RELATIONSHIP,
      TargetGroup.CANNOT_RETURN,
      TargetGroup.FORCED_MARRIAGE
    };
    return others[random.nextInt(others.length)];
  }

  private UdiHousing housing() {
    int r = random.nextInt(100);
    return r < 97 ? UdiHousing.NONE : UdiHousing.values()[1 + random.nextInt(3)];
  }

  private String pick(List<String> municipalities) {
    int r = random.nextInt(municipalities.size() + 4);
    return r < 5 ? municipalities.get(0) : municipalities.get(r - 4);
  }

  private String syntheticId(LocalDate birth, boolean female) {
    int sequence = sequences.merge(birth, 1, Integer::sum);
    return NationalId.synthetic(birth, female ? Sex.FEMALE : Sex.MALE, sequence).value();
  }

  /**
   * A plausible household position (R-IG-4): a child under 18 at settlement; of the adults about a
   * third single and the rest in a family.
   */
  static Household household(DemoPerson p) {
    Random random = own(p);
    if (p.age() < 18) {
      return Household.CHILD;
    }
    return random.nextInt(3) == 0 ? Household.SINGLE_ADULT : Household.ADULT_IN_FAMILY;
  }

  /**
   * A plausible registration date (R-IG-5): most settlements are registered within three weeks,
   * about one in forty some months late; a child born after settlement from its birth.
   */
  static LocalDate registeredOn(DemoPerson p) {
    Random random = own(p);
    LocalDate from = p.birthDate().isAfter(p.settlementDate()) ? p.birthDate() : p.settlementDate();
    int days = random.nextInt(40) == 0 ? 60 + random.nextInt(200) : random.nextInt(21);
    LocalDate registered = from.plusDays(days);
    return registered.isAfter(LAST_REGISTRATION) ? from : registered;
  }

  /** A person's own random numbers, so that these facts leave the population's sequence alone. */
  private static Random own(DemoPerson p) {
    return new Random(p.nationalId().hashCode() * 31L + 7);
  }

  static Date sql(LocalDate date) {
    return Date.valueOf(date);
  }

  static long[] nextIds(Connection connection, String sequence, int n) throws SQLException {
    long[] ids = new long[n];
    try (PreparedStatement ps =
        connection.prepareStatement(
            "select nextval('" + sequence + "') from generate_series(1, ?)")) {
      ps.setInt(1, n);
      try (ResultSet rs = ps.executeQuery()) {
        for (int i = 0; rs.next(); i++) {
          ids[i] = rs.getLong(1);
        }
      }
    }
    return ids;
  }
}

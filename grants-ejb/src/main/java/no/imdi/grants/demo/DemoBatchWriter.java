package no.imdi.grants.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Writes a batch of synthetic persons, their settlements and a few moves with JDBC batches. */
final class DemoBatchWriter {

  private static final String PERSON =
      "insert into person (id, national_id, given_name, family_name, birth_date, sex, version)"
          + " values (?, ?, ?, ?, ?, ?, 0)";
  private static final String SETTLEMENT =
      "insert into settlement (id, person_id, settled_in, municipality, settlement_date,"
          + " target_group, settled_by_agreement, family_reunification,"
          + " reunification_special_agreement, unaccompanied_minor, udi_housing, mother_id,"
          + " household, registered_on, version)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";
  private static final String MOVE =
      "insert into settlement_move (id, settlement_id, from_municipality, to_municipality,"
          + " move_date) values (nextval('settlement_move_seq'), ?, ?, ?, ?)";
  private static final LocalDate LAST_MOVE = LocalDate.of(2026, 6, 30);

  private final Connection connection;

  DemoBatchWriter(Connection connection) {
    this.connection = connection;
  }

  int write(List<DemoPerson> batch, Random random) throws SQLException {
    long[] personIds = DemoPopulation.nextIds(connection, "person_seq", batch.size());
    long[] settlementIds = DemoPopulation.nextIds(connection, "settlement_seq", batch.size());
    Map<DemoPerson, Long> ids = new IdentityHashMap<>();
    try (PreparedStatement person = connection.prepareStatement(PERSON);
        PreparedStatement settlement = connection.prepareStatement(SETTLEMENT);
        PreparedStatement move = connection.prepareStatement(MOVE)) {
      for (int i = 0; i < batch.size(); i++) {
        DemoPerson p = batch.get(i);
        ids.put(p, personIds[i]);
        person.setLong(1, personIds[i]);
        person.setString(2, p.nationalId());
        person.setString(3, p.givenName());
        person.setString(4, p.familyName());
        person.setDate(5, DemoPopulation.sql(p.birthDate()));
        person.setString(6, p.female() ? "FEMALE" : "MALE");
        person.addBatch();
        String municipality = p.municipality();
        String current = municipality;
        LocalDate moveDate = p.settlementDate().plusDays(100 + random.nextInt(600));
        boolean moves =
            p.mother() == null && random.nextInt(25) == 0 && moveDate.isBefore(LAST_MOVE);
        if (moves) {
          List<String> all = DemoPopulation.MUNICIPALITIES;
          current =
              all.get(
                  (all.indexOf(municipality) + 1 + random.nextInt(all.size() - 1)) % all.size());
          move.setLong(1, settlementIds[i]);
          move.setString(2, municipality);
          move.setString(3, current);
          move.setDate(4, DemoPopulation.sql(moveDate));
          move.addBatch();
        }
        settlement.setLong(1, settlementIds[i]);
        settlement.setLong(2, personIds[i]);
        settlement.setString(3, municipality);
        settlement.setString(4, current);
        settlement.setDate(5, DemoPopulation.sql(p.settlementDate()));
        settlement.setString(6, p.targetGroup().name());
        settlement.setBoolean(7, p.settledByAgreement());
        settlement.setBoolean(8, p.familyReunification());
        settlement.setBoolean(9, p.specialAgreement());
        settlement.setBoolean(10, p.unaccompaniedMinor());
        settlement.setString(11, p.udiHousing().name());
        if (p.mother() == null) {
          settlement.setNull(12, Types.BIGINT);
        } else {
          settlement.setLong(12, ids.get(p.mother()));
        }
        settlement.setString(13, DemoPopulation.household(p).name());
        settlement.setDate(14, DemoPopulation.sql(DemoPopulation.registeredOn(p)));
        settlement.addBatch();
      }
      person.executeBatch();
      settlement.executeBatch();
      move.executeBatch();
    }
    return batch.size();
  }
}

package no.imdi.grants.it;

/** Records of the demo data the browser tests start from, looked up in the test database. */
final class DemoRecords {

  private DemoRecords() {}

  static long personIn(String municipality) throws Exception {
    try (var c = TestEnvironment.connection();
        var ps =
            c.prepareStatement(
                "select person_id from settlement where municipality = ? order by id limit 1")) {
      ps.setString(1, municipality);
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  static long settlementIn(String municipality) throws Exception {
    try (var c = TestEnvironment.connection();
        var ps =
            c.prepareStatement(
                "select id from settlement where municipality = ? and mother_id is null"
                    + " order by id desc limit 1")) {
      ps.setString(1, municipality);
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}

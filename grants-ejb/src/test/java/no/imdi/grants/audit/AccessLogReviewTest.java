package no.imdi.grants.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import no.imdi.grants.admintest.Callers;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.security.Role;
import no.imdi.grants.security.Users;
import no.imdi.grants.shared.FieldProblem;
import no.imdi.grants.shared.InvalidInputException;
import no.imdi.grants.shared.Page;
import no.imdi.grants.shared.PageRequest;
import no.imdi.grants.testsupport.TestPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The access-log review against PostgreSQL, on planted reads: found by person, reader and period;
 * flagged outside the person's municipality and IMDi, outside working hours and beyond the daily
 * threshold; the municipality's own persons only for its caseworker; and the review logged.
 */
class AccessLogReviewTest {

  static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
  static final int THRESHOLD = 3;
  static final long OSLO_PERSON = 1;
  static final long BERGEN_PERSON = 2;
  static final long MOVED_PERSON = 3;
  static final String OSLO_ID = "01017012345";
  static final String BERGEN_ID = "02027012345";
  static final String MOVED_ID = "03037012345";

  private TestPersistence db;

  @BeforeEach
  void plant() {
    db = new TestPersistence();
    Users.add(db.dataSource(), "kommune.oslo", Role.MUNICIPALITY_CASEWORKER, "0301");
    Users.add(db.dataSource(), "kommune.bergen", Role.MUNICIPALITY_CASEWORKER, "4601");
    Users.add(db.dataSource(), "okonomi.oslo", Role.MUNICIPALITY_FINANCE, "0301");
    Users.add(db.dataSource(), "imdi.saksbehandler", Role.IMDI_CASEWORKER, null);
    Users.add(db.dataSource(), "admin", Role.ADMIN, null);
    // Bergen since 1 April 2026; Oslo's caseworker until then
    Users.add(db.dataSource(), "flyttet", Role.MUNICIPALITY_CASEWORKER, "4601");
    sql(
        "insert into person (id, national_id, given_name, family_name, birth_date, sex) values"
            + " (1, '"
            + OSLO_ID
            + "', 'Olga', 'Oslo', '1970-01-01', 'FEMALE'),"
            + " (2, '"
            + BERGEN_ID
            + "', 'Bjarne', 'Bergen', '1970-02-02', 'MALE'),"
            + " (3, '"
            + MOVED_ID
            + "', 'Mona', 'Mover', '1970-03-03', 'FEMALE')",
        "insert into settlement (id, person_id, settled_in, municipality, settlement_date,"
            + " target_group, settled_by_agreement, family_reunification,"
            + " reunification_special_agreement, unaccompanied_minor, udi_housing, household,"
            + " registered_on) values"
            + " (11, 1, '0301', '0301', '2024-01-10', 'REFUGEE', true, false, false, false, 'NONE',"
            + " 'SINGLE_ADULT', '2024-01-10'),"
            + " (12, 2, '4601', '4601', '2024-01-10', 'REFUGEE', true, false, false, false, 'NONE',"
            + " 'SINGLE_ADULT', '2024-01-10'),"
            + " (13, 3, '0301', '4601', '2024-01-10', 'REFUGEE', true, false, false, false, 'NONE',"
            + " 'SINGLE_ADULT', '2024-01-10')",
        "insert into settlement_move (id, settlement_id, from_municipality, to_municipality,"
            + " move_date) values (21, 13, '0301', '4601', '2026-03-10')",
        "insert into user_audit (username, changed_by, at, action, old_role, new_role,"
            + " old_municipality, new_municipality) values ('flyttet', 'admin',"
            + " timestamptz '2026-04-01 08:00 Europe/Oslo', 'ASSIGNED',"
            + " 'MUNICIPALITY_CASEWORKER', 'MUNICIPALITY_CASEWORKER', '0301', '4601')");
    read("kommune.oslo", OSLO_PERSON, "2026-03-03 10:00", "Vise person"); // nothing to flag
    read("kommune.oslo", OSLO_PERSON, "2026-03-03 18:30", "Vise person"); // evening
    read("kommune.bergen", OSLO_PERSON, "2026-03-04 10:00", "Vise person"); // other municipality
    read("kommune.oslo", MOVED_PERSON, "2026-03-10 09:00", "Vise person"); // the day of the move
    read("kommune.oslo", MOVED_PERSON, "2026-03-12 09:00", "Vise person"); // after the move
    read("kommune.bergen", MOVED_PERSON, "2026-03-12 09:30", "Vise person");
    read("imdi.saksbehandler", BERGEN_PERSON, "2026-05-14 10:00", "Vise person"); // Ascension Day
    for (int i = 0; i < 4; i++) { // more than the threshold in a day
      read("imdi.saksbehandler", BERGEN_PERSON, "2026-03-05 1" + i + ":00", "Vise person");
    }
    read("flyttet", OSLO_PERSON, "2026-03-20 10:00", "Vise person"); // then in Oslo
    read("flyttet", OSLO_PERSON, "2026-04-08 10:00", "Vise person"); // now in Bergen
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void theReadsOfOnePersonAreFoundWithWhoWhenWhyAndTheFlags() {
    List<AccessLogEntry> rows =
        rows("admin", new AccessLogFilter(OSLO_ID, null, null, null, false));

    assertThat(rows)
        .extracting(
            AccessLogEntry::username,
            AccessLogEntry::readerMunicipality,
            AccessLogEntry::personMunicipality,
            AccessLogEntry::outsideMunicipality,
            AccessLogEntry::outsideWorkingHours)
        .containsExactly(
            tuple("flyttet", "4601", "0301", true, false),
            tuple("flyttet", "0301", "0301", false, false),
            tuple("kommune.bergen", "4601", "0301", true, false),
            tuple("kommune.oslo", "0301", "0301", false, true),
            tuple("kommune.oslo", "0301", "0301", false, false));
    AccessLogEntry first = rows.get(4);
    assertThat(first.accessedAt()).isEqualTo(Instant.parse("2026-03-03T09:00:00Z"));
    assertThat(first.nationalId()).isEqualTo(OSLO_ID);
    assertThat(first.personName()).isEqualTo("Olga Oslo");
    assertThat(first.readerName()).isEqualTo("Navn kommune.oslo");
    assertThat(first.readerRole()).isEqualTo("MUNICIPALITY_CASEWORKER");
    assertThat(first.purpose()).isEqualTo("Vise person");
    assertThat(first.isFlagged()).isFalse();
  }

  @Test
  void aPersonWhoMovedBelongsToBothMunicipalitiesOnTheDayOfTheMove() {
    assertThat(rows("admin", new AccessLogFilter(MOVED_ID, null, null, null, false)))
        .extracting(
            AccessLogEntry::username,
            AccessLogEntry::personMunicipality,
            AccessLogEntry::outsideMunicipality)
        .containsExactly(
            tuple("kommune.bergen", "4601", false),
            tuple("kommune.oslo", "4601", true),
            tuple("kommune.oslo", "4601", false));
  }

  @Test
  void readsAreFoundByReaderAndByPeriod() {
    assertThat(rows("admin", new AccessLogFilter(null, "KOMMUNE.B", null, null, false)))
        .extracting(AccessLogEntry::username, AccessLogEntry::personId)
        .containsExactly(
            tuple("kommune.bergen", MOVED_PERSON), tuple("kommune.bergen", OSLO_PERSON));
    assertThat(
            rows(
                "admin",
                new AccessLogFilter(
                    null, null, LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 5), false)))
        .extracting(AccessLogEntry::username)
        .containsExactly(
            "imdi.saksbehandler",
            "imdi.saksbehandler",
            "imdi.saksbehandler",
            "imdi.saksbehandler",
            "kommune.bergen");
    assertThat(
            rows(
                "admin",
                new AccessLogFilter(
                    BERGEN_ID, "imdi", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31), false)))
        .extracting(AccessLogEntry::accessedAt)
        .containsExactly(Instant.parse("2026-05-14T08:00:00Z"));
  }

  @Test
  void readsOnAHolidayAndMoreReadsADayThanTheThresholdAreFlagged() {
    List<AccessLogEntry> imdi =
        rows("admin", new AccessLogFilter(null, "imdi.saksbehandler", null, null, false));

    assertThat(imdi)
        .extracting(
            AccessLogEntry::outsideWorkingHours,
            AccessLogEntry::readsThatDay,
            AccessLogEntry::manyReads,
            AccessLogEntry::outsideMunicipality)
        .containsExactly(
            tuple(true, 1L, false, false),
            tuple(false, 4L, true, false),
            tuple(false, 4L, true, false),
            tuple(false, 4L, true, false),
            tuple(false, 4L, true, false));
  }

  @Test
  void onlyTheFlaggedReadsCanBeShownAndCounted() {
    Page<AccessLogEntry> flagged =
        as("admin", r -> r.list(new AccessLogFilter(null, null, null, null, true), page(0, 3)));

    assertThat(flagged.total()).isEqualTo(9);
    assertThat(flagged.rows()).hasSize(3).allMatch(AccessLogEntry::isFlagged);
    assertThat(as("admin", r -> r.list(AccessLogFilter.NONE, page(0, 3))).total()).isEqualTo(13);
  }

  @Test
  void bergensCaseworkerSeesTheLogOfBergensPersonsOnlyAndNotOslos() {
    assertThat(rows("kommune.bergen", new AccessLogFilter(OSLO_ID, null, null, null, false)))
        .isEmpty();
    List<AccessLogEntry> all = rows("kommune.bergen", AccessLogFilter.NONE);
    assertThat(all).extracting(AccessLogEntry::personId).containsOnly(BERGEN_PERSON, MOVED_PERSON);
    assertThat(all).hasSize(8);
    assertThat(rows("kommune.oslo", AccessLogFilter.NONE))
        .extracting(AccessLogEntry::personId)
        .containsOnly(OSLO_PERSON)
        .hasSize(5);
    assertThat(
            db.count(
                "select count(*) from person_access_log where username = 'kommune.bergen'"
                    + " and person_id = "
                    + OSLO_PERSON
                    + " and purpose = '"
                    + AccessLogReview.REVIEW_PURPOSE
                    + "'"))
        .isZero();
  }

  @Test
  void onlyTheAdministratorAndMunicipalityCaseworkersReviewTheLog() {
    for (String user : new String[] {"imdi.saksbehandler", "okonomi.oslo"}) {
      assertThatThrownBy(() -> rows(user, AccessLogFilter.NONE))
          .as(user)
          .isInstanceOf(AccessDeniedException.class);
    }
  }

  @Test
  void everySearchIsLoggedAndASearchForAPersonIsAReadOfThePersonsLog() {
    AccessLogFilter filter = new AccessLogFilter(OSLO_ID, null, null, null, false);
    as("admin", r -> r.list(filter, page(0, 2)));
    as("admin", r -> r.list(filter, page(2, 2)));

    assertThat(
            db.count(
                "select count(*) from security_event where kind = 'ACCESS_LOG_REVIEW'"
                    + " and username = 'admin' and target like '%person=1%'"
                    + " and target not like '%"
                    + OSLO_ID
                    + "%'"))
        .isEqualTo(1);
    List<AccessLogEntry> after = rows("admin", filter);
    assertThat(after.get(0))
        .satisfies(
            review -> {
              assertThat(review.username()).isEqualTo("admin");
              assertThat(review.purpose()).isEqualTo(AccessLogReview.REVIEW_PURPOSE);
              assertThat(review.outsideMunicipality()).isFalse();
            });
  }

  @Test
  void theExportStreamsTheWholeSelectionNewestFirstInBatchesAndIsLogged() {
    sql(
        "insert into person_access_log (username, accessed_at, person_id, purpose)"
            + " select 'kommune.oslo', timestamptz '2026-02-02 08:00 Europe/Oslo'"
            + " + n * interval '1 second', 1, 'Masse' from generate_series(1, 1205) n");
    List<Integer> batches = new ArrayList<>();
    List<AccessLogEntry> all = new ArrayList<>();

    as(
        "kommune.oslo",
        r -> {
          r.export(
              new AccessLogFilter(null, null, null, LocalDate.of(2026, 2, 28), false),
              batch -> {
                batches.add(batch.size());
                all.addAll(batch);
              });
          return null;
        });

    assertThat(batches).containsExactly(1000, 205);
    assertThat(all).extracting(AccessLogEntry::id).doesNotHaveDuplicates();
    assertThat(all.get(0).accessedAt()).isAfter(all.get(1204).accessedAt());
    assertThat(all).allMatch(AccessLogEntry::manyReads);
    assertThat(
            db.count(
                "select count(*) from security_event where kind = 'ACCESS_LOG_REVIEW'"
                    + " and detail = 'Export: 1205 reads' and target like '%municipality 0301%'"))
        .isEqualTo(1);
  }

  @Test
  void aMalformedNationalIdOrAPeriodBackwardsIsAProblemOfItsField() {
    assertThatThrownBy(
            () ->
                rows(
                    "admin",
                    new AccessLogFilter(
                        "0101701234x",
                        null,
                        LocalDate.of(2026, 3, 5),
                        LocalDate.of(2026, 3, 4),
                        false)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        FieldProblem.of("nationalId", "accessLog.nationalId.invalid"),
                        FieldProblem.of("to", "accessLog.period.invalid")));
  }

  private List<AccessLogEntry> rows(String user, AccessLogFilter filter) {
    return as(user, r -> r.list(filter, page(0, 100))).rows();
  }

  private static PageRequest<AccessLogSort> page(int first, int size) {
    return new PageRequest<>(first, size, AccessLogSort.ACCESSED_AT, false);
  }

  private <T> T as(String user, Function<AccessLogReview, T> work) {
    Clock clock = Clock.fixed(NOW, ZoneId.of("Europe/Oslo"));
    return db.inTransaction(
        (EntityManager em) ->
            work.apply(
                new AccessLogReview(
                    em,
                    clock,
                    new CurrentUser(Callers.as(user), em),
                    new AccessLog(em, clock),
                    THRESHOLD)));
  }

  private void read(String user, long person, String osloTime, String purpose) {
    sql(
        "insert into person_access_log (username, accessed_at, person_id, purpose) values ('"
            + user
            + "', timestamptz '"
            + osloTime
            + " Europe/Oslo', "
            + person
            + ", '"
            + purpose
            + "')");
  }

  private void sql(String... statements) {
    try (Connection c = db.dataSource().getConnection();
        Statement s = c.createStatement()) {
      for (String statement : statements) {
        s.execute(statement);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}

package no.imdi.grants.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import no.imdi.grants.casefile.CaseMessage;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.Actor;
import no.imdi.grants.security.Role;
import no.imdi.grants.shared.Page;
import no.imdi.grants.testsupport.Register;
import no.imdi.grants.testsupport.TestPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The payment run's service rules on PostgreSQL: maker/checker (the service and the domain both
 * refuse the starter, and the table refuses it a third time), who may start and when, the audit,
 * and the municipality scope of the lines (Oslo's staff never see Bergen's lines).
 */
class PaymentRunServiceTest {

  static final LocalDate Q2_2025 = LocalDate.of(2025, 6, 30);

  TestPersistence db;
  PaymentWorld world;
  long run;

  @BeforeEach
  void arrange() {
    db = new TestPersistence();
    Register.users(db);
    world = new PaymentWorld(db, Instant.parse("2025-07-01T08:00:00Z"));
    Register.settle(db, "0301", "Amina", "Haddad", LocalDate.of(2024, 2, 10));
    Register.settle(db, "4601", "Fatima", "Ali", LocalDate.of(2024, 2, 10));
    run = world.start(Q2_2025);
    world.runToEnd(run);
  }

  @AfterEach
  void close() {
    db.close();
  }

  private long version() {
    return world.as("imdi.godkjenner", s -> s.progress(run)).version();
  }

  @Test
  @DisplayName("R-PAY-3 maker/checker: the starter, a caseworker and a municipality cannot approve")
  void R_PAY_3_makerCheckerRefusals() {
    long version = version();
    assertThatThrownBy(() -> world.as("imdi.saksbehandler", s -> s.approve(run, version, null)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> world.as("kommune.oslo", s -> s.approve(run, version, null)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> world.as("imdi.godkjenner", s -> s.reject(run, version, " ")))
        .isInstanceOf(Refusal.class);

    // the starter who became an approver is still the maker: refused by the service ...
    world.sql("UPDATE app_user SET role = 'IMDI_APPROVER' WHERE username = 'imdi.saksbehandler'");
    try {
      assertThatThrownBy(() -> world.as("imdi.saksbehandler", s -> s.approve(run, version, null)))
          .isInstanceOf(AccessDeniedException.class)
          .hasMessageContaining("maker/checker");
      // ... by the domain ...
      assertThatThrownBy(
              () ->
                  db.run(
                      em ->
                          em.find(PaymentRun.class, run)
                              .approve(
                                  new Actor("imdi.saksbehandler", Role.IMDI_APPROVER),
                                  world.now(),
                                  null)))
          .isInstanceOfSatisfying(
              Refusal.class, r -> assertThat(r.reason()).isEqualTo(CaseMessage.PROPOSAL_OWN));
    } finally {
      world.sql(
          "UPDATE app_user SET role = 'IMDI_CASEWORKER' WHERE username = 'imdi.saksbehandler'");
    }
    // ... and by the table
    assertThatThrownBy(
            () ->
                world.sql(
                    "UPDATE payment_run SET proposal_status = 'APPROVED', reviewed_by ="
                        + " prepared_by, reviewed_at = now() WHERE id = "
                        + run))
        .hasStackTraceContaining("payment_run_four_eyes");
    assertThat(world.as("imdi.godkjenner", s -> s.progress(run)).state())
        .isEqualTo(RunState.PROPOSED);
  }

  @Test
  @DisplayName("R-PAY-3 only IMDi's caseworker starts, on a basis date, one instalment at a time")
  void R_PAY_3_startRules() {
    assertThatThrownBy(() -> world.as("kommune.oslo", s -> s.start(Q2_2025)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> world.as("imdi.godkjenner", s -> s.start(Q2_2025)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> world.as("imdi.annen", s -> s.start(LocalDate.of(2025, 6, 29))))
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> assertThat(r.reason()).isEqualTo(CaseMessage.PAYMENT_RUN_NOT_INSTALMENT));
    assertThatThrownBy(() -> world.as("imdi.annen", s -> s.start(LocalDate.of(2025, 9, 30))))
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> assertThat(r.reason()).isEqualTo(CaseMessage.PAYMENT_RUN_OTHER_OPEN));
    assertThat(world.as("imdi.annen", s -> s.start(Q2_2025)).runId()).isEqualTo(run);
    assertThat(db.count("SELECT count(*) FROM payment_run_audit WHERE run_id = " + run))
        .isGreaterThanOrEqualTo(1);
  }

  @Test
  @DisplayName("R-PAY-3 Oslo's caseworker and finance officer see Oslo's lines, never Bergen's")
  void R_PAY_3_osloCannotSeeBergensLines() {
    Page<LineView> oslo =
        world.as("okonomi.oslo", s -> s.lines(LineQuery.ofRun(run), PaymentRunTest.page()));
    assertThat(oslo.total()).isEqualTo(3);
    assertThat(oslo.rows())
        .allSatisfy(
            l -> {
              assertThat(l.municipality()).isEqualTo("0301");
              assertThat(l.status()).isEqualTo(LineStatus.PLANNED);
            });
    Page<LineView> all =
        world.as("imdi.godkjenner", s -> s.lines(LineQuery.ofRun(run), PaymentRunTest.page()));
    assertThat(all.total()).isEqualTo(6);
    assertThatThrownBy(
            () ->
                world.as(
                    "kommune.oslo",
                    s ->
                        s.lines(
                            LineQuery.ofRun(run).inMunicipality("4601"), PaymentRunTest.page())))
        .isInstanceOf(AccessDeniedException.class);
    long bergensPerson =
        db.count("SELECT person_id FROM settlement WHERE municipality = '4601' LIMIT 1");
    Page<LineView> none =
        world.as(
            "kommune.oslo",
            s -> s.lines(LineQuery.ofRun(run).ofPerson(bergensPerson), PaymentRunTest.page()));
    assertThat(none.total()).isZero();
    assertThatThrownBy(() -> world.as("kommune.oslo", s -> s.progress(run)))
        .isInstanceOf(AccessDeniedException.class);
  }
}

package no.imdi.grants.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;
import no.imdi.grants.admintest.Callers;
import no.imdi.grants.audit.AccessLog;
import no.imdi.grants.payment.basis.BasisFilter;
import no.imdi.grants.payment.basis.BasisLine;
import no.imdi.grants.payment.basis.BasisSort;
import no.imdi.grants.payment.basis.InstalmentBasis;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.shared.Page;
import no.imdi.grants.shared.PageRequest;
import no.imdi.grants.testsupport.Register;
import no.imdi.grants.testsupport.TestPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The municipality's instalment basis on PostgreSQL (R-PAY-3): Oslo's finance officer sees Oslo's
 * lines with their status, filtered and paged in the database, never Bergen's; Bergen's caseworker
 * is refused Oslo's line and Oslo's person; a person's lines are written to the access log.
 */
class InstalmentBasisTest {

  static final LocalDate Q2_2025 = LocalDate.of(2025, 6, 30);

  TestPersistence db;
  PaymentWorld world;
  long oslo;
  long bergen;
  long run;

  @BeforeEach
  void arrange() {
    db = new TestPersistence();
    Register.users(db);
    world = new PaymentWorld(db, Instant.parse("2025-07-01T08:00:00Z"));
    oslo = Register.settle(db, "0301", "Amina", "Haddad", LocalDate.of(2024, 2, 10));
    bergen = Register.settle(db, "4601", "Fatima", "Ali", LocalDate.of(2024, 2, 10));
    run = world.start(Q2_2025);
    world.runToEnd(run);
  }

  @AfterEach
  void close() {
    db.close();
  }

  <T> T as(String user, Function<InstalmentBasis, T> call) {
    return db.inTransaction(
        em ->
            call.apply(
                new InstalmentBasis(
                    em,
                    new CurrentUser(Callers.as(user), em),
                    new AccessLog(em, java.time.Clock.fixed(world.now(), PaymentWorld.OSLO)))));
  }

  static PageRequest<BasisSort> page(int size) {
    return new PageRequest<>(0, size, BasisSort.AMOUNT, false);
  }

  @Test
  @DisplayName(
      "R-PAY-3 Oslo's finance officer sees Oslo's basis, planned then sent, never Bergen's")
  void R_PAY_3_osloSeesOnlyOslo() {
    Page<BasisLine> lines = as("okonomi.oslo", b -> b.page(BasisFilter.ALL, page(200)));
    assertThat(lines.total()).isPositive();
    assertThat(lines.rows()).allSatisfy(l -> assertThat(l.municipality()).isEqualTo("0301"));
    assertThat(lines.rows()).extracting(BasisLine::personId).doesNotContain(bergen);
    assertThat(lines.rows()).allSatisfy(l -> assertThat(l.status()).isEqualTo(LineStatus.PLANNED));
    assertThat(lines.total())
        .isEqualTo(
            db.count(
                "SELECT count(*) FROM payment_line WHERE municipality = '0301' AND run_id = "
                    + run));
    assertThat(lines.rows().get(0).amountOre())
        .isGreaterThanOrEqualTo(lines.rows().get(lines.rows().size() - 1).amountOre());

    long version = world.as("imdi.godkjenner", s -> s.progress(run)).version();
    world.as("imdi.godkjenner", s -> s.approve(run, version, null));
    BasisFilter sent = new BasisFilter(Q2_2025, null, null, LineStatus.SENT);
    assertThat(as("okonomi.oslo", b -> b.page(sent, page(1))).total()).isEqualTo(lines.total());
    BasisFilter planned = new BasisFilter(null, null, null, LineStatus.PLANNED);
    assertThat(as("okonomi.oslo", b -> b.page(planned, page(1))).total()).isZero();
    java.util.List<LocalDate> instalments = as("okonomi.oslo", b -> b.instalments());
    assertThat(instalments).containsExactly(Q2_2025);
  }

  @Test
  @DisplayName("R-PAY-3 Bergen is refused Oslo's line and person; the person read is logged")
  void R_PAY_3_bergenRefusedOslosLineAndPerson() {
    BasisLine line =
        as("kommune.oslo", b -> b.page(new BasisFilter(null, oslo, null, null), page(1)))
            .rows()
            .get(0);
    assertThat(
            db.count(
                "SELECT count(*) FROM person_access_log WHERE username = 'kommune.oslo'"
                    + " AND person_id = "
                    + oslo))
        .isEqualTo(1);
    assertThat(as("kommune.oslo", b -> b.line(line.id())).personName()).isEqualTo("Haddad, Amina");
    assertThatThrownBy(() -> as("kommune.bergen", b -> b.line(line.id())))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(
            () ->
                as("kommune.bergen", b -> b.page(new BasisFilter(null, oslo, null, null), page(1))))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as("kommune.bergen", b -> b.line(Long.MAX_VALUE)))
        .isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(() -> as("imdi.saksbehandler", b -> b.instalments()))
        .isInstanceOf(AccessDeniedException.class);
  }
}

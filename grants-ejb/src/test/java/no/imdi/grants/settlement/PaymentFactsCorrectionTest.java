package no.imdi.grants.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Function;
import no.imdi.grants.integrationgrant.Household;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.MunicipalityScope;
import no.imdi.grants.shared.ConcurrentChangeException;
import no.imdi.grants.shared.FieldProblem;
import no.imdi.grants.shared.InvalidInputException;
import no.imdi.grants.testsupport.Register;
import no.imdi.grants.testsupport.TestPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * IMDi's correction of the household (R-IG-4) and the registration date (R-IG-5) on PostgreSQL:
 * stored, audited with the values before and after and the reason; every problem at once; nothing
 * outside the caller's scope; no change over someone else's.
 */
class PaymentFactsCorrectionTest {

  static final Instant NOW = Instant.parse("2026-11-20T09:15:00Z");
  static final LocalDate SETTLED = LocalDate.of(2023, 10, 13);

  private TestPersistence db;
  private long settlementId;

  @BeforeEach
  void database() {
    db = new TestPersistence();
    long person = Register.settle(db, "0301", "Amina", "Rettelse", SETTLED);
    settlementId =
        db.count("select id from settlement where person_id = " + person + " order by id limit 1");
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void R_IG_4_R_IG_5_aCorrectionIsStoredAndAuditedWithBeforeAndAfter() {
    Settlement before = settlement();
    assertThat(before.getHousehold()).isEqualTo(Household.ADULT_IN_FAMILY);
    assertThat(before.getRegisteredOn()).isEqualTo(SETTLED);

    boolean changed =
        as(
            c ->
                c.correct(
                    MunicipalityScope.ALL,
                    "imdi.saksbehandler",
                    settlementId,
                    before.getVersion(),
                    Household.SINGLE_ADULT,
                    LocalDate.of(2023, 11, 2),
                    "Enslig etter vedtak fra UDI"));

    assertThat(changed).isTrue();
    Settlement after = settlement();
    assertThat(after.getHousehold()).isEqualTo(Household.SINGLE_ADULT);
    assertThat(after.getRegisteredOn()).isEqualTo(LocalDate.of(2023, 11, 2));
    assertThat(
            db.count(
                "select count(*) from settlement_audit where settlement_id = "
                    + settlementId
                    + " and action = 'PAYMENT_FACTS_CORRECTED' and username = 'imdi.saksbehandler'"
                    + " and details = 'ADULT_IN_FAMILY 13.10.2023 => SINGLE_ADULT 02.11.2023'"
                    + " and reason = 'Enslig etter vedtak fra UDI'"
                    + " and at = timestamptz '2026-11-20 09:15:00Z'"))
        .isEqualTo(1);
  }

  @Test
  void theSameFactsWriteNothing() {
    Settlement before = settlement();
    boolean changed =
        as(
            c ->
                c.correct(
                    MunicipalityScope.ALL,
                    "imdi.saksbehandler",
                    settlementId,
                    before.getVersion(),
                    Household.ADULT_IN_FAMILY,
                    SETTLED,
                    ""));
    assertThat(changed).isFalse();
    assertThat(db.count("select count(*) from settlement_audit")).isZero();
  }

  @Test
  void R_IG_5_everyProblemAtOnceAndNothingChanges() {
    Settlement before = settlement();
    assertThatThrownBy(
            () ->
                as(
                    c ->
                        c.correct(
                            MunicipalityScope.ALL,
                            "imdi.saksbehandler",
                            settlementId,
                            before.getVersion(),
                            null,
                            LocalDate.of(2023, 10, 12),
                            " ")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        FieldProblem.of("household", "required"),
                        FieldProblem.of(
                            "registeredOn",
                            "settlementPay.registeredOn.beforeSettlement",
                            "13.10.2023"),
                        FieldProblem.of("reason", "settlementPay.reason.required")));
    assertThatThrownBy(
            () ->
                as(
                    c ->
                        c.correct(
                            MunicipalityScope.ALL,
                            "imdi.saksbehandler",
                            settlementId,
                            before.getVersion(),
                            Household.CHILD,
                            LocalDate.of(2026, 11, 21),
                            "x")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        FieldProblem.of("registeredOn", "settlementPay.registeredOn.future")));
    assertThat(settlement().getHousehold()).isEqualTo(Household.ADULT_IN_FAMILY);
    assertThat(db.count("select count(*) from settlement_audit")).isZero();
  }

  @Test
  void aSettlementOutsideTheScopeIsRefused() {
    Settlement before = settlement();
    MunicipalityScope bergen = MunicipalityScope.only("4601");
    assertThatThrownBy(
            () ->
                as(
                    c ->
                        c.correct(
                            bergen,
                            "kommune.bergen",
                            settlementId,
                            before.getVersion(),
                            Household.SINGLE_ADULT,
                            SETTLED,
                            "x")))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(settlement().getHousehold()).isEqualTo(Household.ADULT_IN_FAMILY);
  }

  @Test
  void aCorrectionOverSomeoneElsesIsRefused() {
    long opened = settlement().getVersion();
    as(
        c ->
            c.correct(
                MunicipalityScope.ALL,
                "imdi.saksbehandler",
                settlementId,
                opened,
                Household.SINGLE_ADULT,
                SETTLED,
                "Først"));
    assertThatThrownBy(
            () ->
                as(
                    c ->
                        c.correct(
                            MunicipalityScope.ALL,
                            "imdi.godkjenner",
                            settlementId,
                            opened,
                            Household.CHILD,
                            SETTLED,
                            "Etterpå")))
        .isInstanceOf(ConcurrentChangeException.class);
    assertThat(settlement().getHousehold()).isEqualTo(Household.SINGLE_ADULT);
  }

  private Settlement settlement() {
    return db.inTransaction(
        em ->
            new SettlementRepository(em)
                .findSettlement(MunicipalityScope.ALL, settlementId)
                .orElseThrow());
  }

  private <T> T as(Function<PaymentFactsCorrection, T> work) {
    Clock clock = Clock.fixed(NOW, ZoneId.of("Europe/Oslo"));
    return db.inTransaction(
        em -> work.apply(new PaymentFactsCorrection(em, new SettlementRepository(em), clock)));
  }
}

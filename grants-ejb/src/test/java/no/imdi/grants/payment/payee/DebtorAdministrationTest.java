package no.imdi.grants.payment.payee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Function;
import no.imdi.grants.admintest.Callers;
import no.imdi.grants.shared.ConcurrentChangeException;
import no.imdi.grants.shared.FieldProblem;
import no.imdi.grants.shared.InvalidInputException;
import no.imdi.grants.testsupport.TestPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * IMDi as the payer on PostgreSQL: the four settings changed together, each changed one audited
 * with its old and new value, every field's problem at once, no change over someone else's.
 */
class DebtorAdministrationTest {

  static final Instant NOW = Instant.parse("2026-11-20T09:15:00Z");

  private TestPersistence db;

  @BeforeEach
  void database() {
    db = new TestPersistence();
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void aChangeIsReadByThePaymentFileAndAuditedPerSetting() {
    long version = as("eva", DebtorAdministration::version);

    boolean changed =
        as(
            "eva",
            a ->
                a.change(
                    new DebtorCommand(
                        version,
                        "Integrerings- og mangfoldsdirektoratet",
                        "974 524 163",
                        "1234.56.78903",
                        "dnbanokk",
                        true,
                        "Bankavtale 2026")));

    assertThat(changed).isTrue();
    Debtor debtor =
        db.inTransaction(
            em -> new Payees(em, Clock.fixed(NOW, ZoneId.of("UTC")), Callers.as("x")).debtor());
    assertThat(debtor.organisationNumber().value()).isEqualTo("974524163");
    assertThat(debtor.iban().value()).isEqualTo("NO7112345678903");
    assertThat(debtor.bic()).isEqualTo("DNBANOKK");
    assertThat(debtor.verified()).isTrue();
    // the name was already so, but its verified flag changed: four audit rows
    assertThat(
            db.count(
                "select count(*) from setting_audit where setting_key like 'payment.debtor.%'"
                    + " and username = 'eva' and reason = 'Bankavtale 2026' and new_verified"))
        .isEqualTo(4);
    assertThat(
            db.count(
                "select count(*) from setting_audit where setting_key = 'payment.debtor.account'"
                    + " and old_value = '86011117947' and new_value = '12345678903'"))
        .isEqualTo(1);
  }

  @Test
  void everyFieldsProblemAtOnce() {
    long version = as("eva", DebtorAdministration::version);
    assertThatThrownBy(
            () ->
                as(
                    "eva",
                    a ->
                        a.change(
                            new DebtorCommand(
                                version, " ", "974524164", "1234.56.7890", "DNB", false, "x"))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        FieldProblem.of("debtorName", "required"),
                        FieldProblem.of(
                            "debtorOrganisationNumber", "payee.organisation.CHECK_DIGIT"),
                        FieldProblem.of("debtorAccount", "payee.account.LENGTH"),
                        FieldProblem.of("debtorBic", "payee.bic.invalid")));
    assertThat(db.count("select count(*) from setting_audit")).isZero();
  }

  @Test
  void theSameValuesWriteNothingAndAChangeNeedsAReason() {
    long version = as("eva", DebtorAdministration::version);
    boolean changed =
        as(
            "eva",
            a ->
                a.change(
                    new DebtorCommand(
                        version,
                        "Integrerings- og mangfoldsdirektoratet",
                        "974084406",
                        "86011117947",
                        "",
                        false,
                        "")));
    assertThat(changed).isFalse();
    assertThatThrownBy(
            () ->
                as(
                    "eva",
                    a ->
                        a.change(
                            new DebtorCommand(
                                version, "IMDi", "974084406", "86011117947", "", false, " "))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(FieldProblem.of("debtorReason", "payee.reason.required")));
    assertThat(db.count("select count(*) from setting_audit")).isZero();
  }

  @Test
  void aChangeOverSomeoneElsesIsRefused() {
    long opened = as("eva", DebtorAdministration::version);
    as(
        "eva",
        a ->
            a.change(
                new DebtorCommand(
                    opened, "IMDi", "974084406", "86011117947", "", false, "Kortere navn")));
    assertThatThrownBy(
            () ->
                as(
                    "ola",
                    a ->
                        a.change(
                            new DebtorCommand(
                                opened,
                                "IMDi Oslo",
                                "974084406",
                                "86011117947",
                                "",
                                false,
                                "Annet navn"))))
        .isInstanceOf(ConcurrentChangeException.class);
    assertThat(db.count("select count(*) from setting_audit")).isEqualTo(1);
  }

  private <T> T as(String user, Function<DebtorAdministration, T> work) {
    Clock clock = Clock.fixed(NOW, ZoneId.of("Europe/Oslo"));
    return db.inTransaction(
        em -> work.apply(new DebtorAdministration(em, clock, Callers.as(user))));
  }
}

package no.imdi.grants.payment.payee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import no.imdi.grants.admintest.Callers;
import no.imdi.grants.shared.ConcurrentChangeException;
import no.imdi.grants.shared.FieldProblem;
import no.imdi.grants.shared.InvalidInputException;
import no.imdi.grants.shared.Page;
import no.imdi.grants.shared.PageRequest;
import no.imdi.grants.testsupport.TestPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The payee details on PostgreSQL (migration V75): every municipality has valid synthetic ones,
 * IMDi's are unverified settings, a change is validated per field, audited with the old and new
 * values, and refused over someone else's.
 */
class PayeesTest {

  static final Instant NOW = Instant.parse("2026-11-20T09:15:00Z");

  // 1234.56.78903: 1*5+2*4+3*3+4*2+5*7+6*6+7*5+8*4+9*3+0*2 = 195; 195 mod 11 = 8; 11-8 = 3
  static final String VALID_ACCOUNT = "1234.56.78903";
  // 974 524 163: 9*3+7*2+4*7+5*6+2*5+4*4+1*3+6*2 = 140; 140 mod 11 = 8; 11-8 = 3
  static final String VALID_ORGANISATION = "974 524 163";

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
  void everyMunicipalityHasValidSyntheticPayeeDetails() {
    long municipalities = db.count("select count(*) from municipality");
    List<PayeeRow> rows = new ArrayList<>();
    for (int first = 0; first < municipalities; first += PageRequest.MAX_SIZE) {
      int from = first;
      Page<PayeeRow> page =
          as(
              "admin",
              p ->
                  p.list(
                      PayeeFilter.ALL,
                      new PageRequest<>(from, PageRequest.MAX_SIZE, PayeeSort.MUNICIPALITY, true)));
      assertThat(page.total()).isEqualTo(municipalities);
      rows.addAll(page.rows());
    }

    assertThat(municipalities).isGreaterThan(300);
    assertThat(rows).hasSize((int) municipalities);
    for (PayeeRow row : rows) {
      assertThat(OrganisationNumber.problem(row.organisationNumber())).as(row.toString()).isEmpty();
      assertThat(AccountNumber.problem(row.accountNumber())).as(row.toString()).isEmpty();
      assertThat(Iban.problem(row.iban().value())).isEmpty();
    }
    assertThat(rows.stream().map(PayeeRow::accountNumber).distinct()).hasSize(rows.size());
    assertThat(rows.stream().map(PayeeRow::municipalityNumber).distinct()).hasSize(rows.size());
    MunicipalityPayee oslo = as("admin", p -> p.current("0301")).orElseThrow();
    assertThat(oslo.getAccount().value()).startsWith("97100301");
    assertThat(oslo.getOrganisationNumber().value()).startsWith("960301");
  }

  @Test
  void imdiAsThePayerIsAnUnverifiedSetting() {
    Debtor debtor = as("admin", Payees::debtor);
    assertThat(debtor.name()).isEqualTo("Integrerings- og mangfoldsdirektoratet");
    assertThat(debtor.organisationNumber().value()).isEqualTo("974084406");
    assertThat(debtor.iban().formatted()).isEqualTo("NO93 8601 1117 947");
    assertThat(debtor.bic()).isNull();
    assertThat(debtor.verified()).isFalse();
  }

  @Test
  void theListIsFilteredSortedAndPagedInTheDatabase() {
    Page<PayeeRow> bergen =
        as(
            "admin",
            p ->
                p.list(
                    new PayeeFilter("berg", null), new PageRequest<>(0, 10, PayeeSort.NAME, true)));
    assertThat(bergen.rows()).extracting(PayeeRow::municipalityName).contains("Bergen");

    String osloAccount = as("admin", p -> p.current("0301")).orElseThrow().getAccount().formatted();
    Page<PayeeRow> byAccount =
        as(
            "admin",
            p ->
                p.list(
                    new PayeeFilter(osloAccount, null),
                    new PageRequest<>(0, 10, PayeeSort.MUNICIPALITY, true)));
    assertThat(byAccount.rows()).extracting(PayeeRow::municipalityNumber).containsExactly("0301");

    Page<PayeeRow> rogalandDescending =
        as(
            "admin",
            p ->
                p.list(
                    new PayeeFilter(null, "11"),
                    new PageRequest<>(0, 5, PayeeSort.MUNICIPALITY, false)));
    assertThat(rogalandDescending.total())
        .isEqualTo(db.count("select count(*) from municipality where county_number = '11'"));
    assertThat(rogalandDescending.rows()).hasSize(5);
    assertThat(rogalandDescending.rows().get(0).municipalityNumber())
        .isGreaterThan(rogalandDescending.rows().get(4).municipalityNumber());

    Page<PayeeRow> nothing =
        as(
            "admin",
            p ->
                p.list(
                    new PayeeFilter("100%_\\", null),
                    new PageRequest<>(0, 5, PayeeSort.UPDATED, true)));
    assertThat(nothing.total()).isZero();
  }

  @Test
  void aChangeIsStoredAndAuditedWithTheOldAndNewValues() {
    MunicipalityPayee before = as("admin", p -> p.current("4601")).orElseThrow();

    boolean changed =
        as(
            "eva",
            p ->
                p.change(
                    new PayeeCommand(
                        "4601",
                        before.getVersion(),
                        VALID_ORGANISATION,
                        VALID_ACCOUNT,
                        "Brev fra Bergen kommune 12.11.2026")));

    assertThat(changed).isTrue();
    MunicipalityPayee after = as("admin", p -> p.current("4601")).orElseThrow();
    assertThat(after.getAccount().value()).isEqualTo("12345678903");
    assertThat(after.getIban().value()).isEqualTo("NO7112345678903");
    assertThat(after.getOrganisationNumber().value()).isEqualTo("974524163");
    assertThat(after.getUpdatedBy()).isEqualTo("eva");
    assertThat(after.getUpdatedAt()).isEqualTo(NOW);
    List<PayeeAudit> history = as("eva", p -> p.history("4601"));
    assertThat(history)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.getChangedBy()).isEqualTo("eva");
              assertThat(a.getChangedAt()).isEqualTo(NOW);
              assertThat(a.getOldAccount()).isEqualTo(before.getAccount());
              assertThat(a.getOldOrganisationNumber()).isEqualTo(before.getOrganisationNumber());
              assertThat(a.getNewAccount().value()).isEqualTo("12345678903");
              assertThat(a.getNewOrganisationNumber().value()).isEqualTo("974524163");
              assertThat(a.getReason()).isEqualTo("Brev fra Bergen kommune 12.11.2026");
            });
    List<PayeeAudit> oslo = as("eva", p -> p.history("0301"));
    assertThat(oslo).isEmpty();
  }

  @Test
  void eachFieldsProblemIsReportedAndNothingChanges() {
    MunicipalityPayee before = as("admin", p -> p.current("0301")).orElseThrow();

    assertThatThrownBy(
            () ->
                as(
                    "eva",
                    p ->
                        p.change(
                            new PayeeCommand(
                                "0301", before.getVersion(), "974 524 164", "1234.56.78904", " "))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        FieldProblem.of("organisationNumber", "payee.organisation.CHECK_DIGIT"),
                        FieldProblem.of("accountNumber", "payee.account.CHECK_DIGIT"),
                        FieldProblem.of("reason", "payee.reason.required")));
    assertThatThrownBy(
            () ->
                as(
                    "eva",
                    p ->
                        p.change(
                            new PayeeCommand(
                                "0301", before.getVersion(), "97452416", "2000000001x", "x"))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        FieldProblem.of("organisationNumber", "payee.organisation.LENGTH"),
                        FieldProblem.of("accountNumber", "payee.account.NOT_DIGITS")));
    assertThat(as("admin", p -> p.current("0301")).orElseThrow().getAccount())
        .isEqualTo(before.getAccount());
    assertThat(db.count("select count(*) from municipality_payee_audit")).isZero();
  }

  @Test
  void savingTheSameDetailsWritesNothing() {
    MunicipalityPayee before = as("admin", p -> p.current("0301")).orElseThrow();
    boolean changed =
        as(
            "eva",
            p ->
                p.change(
                    new PayeeCommand(
                        "0301",
                        before.getVersion(),
                        before.getOrganisationNumber().formatted(),
                        before.getAccount().formatted(),
                        "")));
    assertThat(changed).isFalse();
    assertThat(db.count("select count(*) from municipality_payee_audit")).isZero();
  }

  @Test
  void aChangeOverSomeoneElsesIsRefused() {
    MunicipalityPayee opened = as("admin", p -> p.current("0301")).orElseThrow();
    as(
        "eva",
        p ->
            p.change(
                new PayeeCommand(
                    "0301", opened.getVersion(), VALID_ORGANISATION, VALID_ACCOUNT, "Ny konto")));

    assertThatThrownBy(
            () ->
                as(
                    "ola",
                    p ->
                        p.change(
                            new PayeeCommand(
                                "0301",
                                opened.getVersion(),
                                VALID_ORGANISATION,
                                "8601.11.17947",
                                "Annen konto"))))
        .isInstanceOf(ConcurrentChangeException.class);
    assertThat(as("admin", p -> p.current("0301")).orElseThrow().getAccount().value())
        .isEqualTo("12345678903");
    assertThat(db.count("select count(*) from municipality_payee_audit")).isEqualTo(1);
  }

  private <T> T as(String user, Function<Payees, T> work) {
    Clock clock = Clock.fixed(NOW, ZoneId.of("Europe/Oslo"));
    return db.inTransaction(em -> work.apply(new Payees(em, clock, Callers.as(user))));
  }
}

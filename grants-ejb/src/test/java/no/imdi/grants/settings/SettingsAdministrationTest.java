package no.imdi.grants.settings;

import static no.imdi.grants.settings.SettingsBook.COMPLAINT_ROLL_FORWARD;
import static no.imdi.grants.settings.SettingsBook.FAMILY_OF_HUMANITARIAN_YEARS;
import static no.imdi.grants.settings.SettingsBook.MISSING_CONSENT_REFUSES;
import static no.imdi.grants.settings.SettingsBook.MOVE_SPLIT;
import static no.imdi.grants.settings.SettingsBook.PAYOUT_WHOLE_AT_NEXT_INSTALMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import no.imdi.grants.admintest.Callers;
import no.imdi.grants.complaint.RollForwardSetting;
import no.imdi.grants.dashboard.DashboardService;
import no.imdi.grants.integrationgrant.IntegrationGrantSettings;
import no.imdi.grants.shared.ConcurrentChangeException;
import no.imdi.grants.shared.FieldProblem;
import no.imdi.grants.shared.InvalidInputException;
import no.imdi.grants.testsupport.TestPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The [verify] settings' administration against PostgreSQL: changes in place, old values audited.
 */
class SettingsAdministrationTest {

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
  void listsTheSettingsInPageOrderAsMigrated() {
    List<Setting> all = as("admin", SettingsAdministration::all);

    assertThat(all)
        .extracting(Setting::getKey, Setting::getValue, Setting::isVerified)
        .containsExactly(
            tuple(FAMILY_OF_HUMANITARIAN_YEARS, "3", false),
            tuple(MOVE_SPLIT, "PRO_RATA_BY_DAYS", false),
            tuple(COMPLAINT_ROLL_FORWARD, "true", false),
            tuple(SettingsBook.COMPLAINT_NOTICE_FROM_FIRST_OPENING, "false", false),
            tuple(MISSING_CONSENT_REFUSES, "true", false),
            tuple(PAYOUT_WHOLE_AT_NEXT_INSTALMENT, "true", false),
            tuple("payment.emSettlementYearCatchUp", "true", false),
            tuple(SettingsBook.ACCOUNTS_REPORT_REMINDER_DAYS, "14", false),
            tuple(DashboardService.INTERIM_WARNING_DAYS, "7", false),
            tuple("payment.chunkSize", "10000", true),
            tuple("payment.leaseSeconds", "60", true),
            tuple("payment.payoutDay", "5", false),
            tuple("payment.payoutDayDecember", "15", false),
            tuple("payment.bankAcceptedStatuses", "ACCP,ACSP,ACSC", false),
            tuple("payment.changeLog.retentionDays", "400", false),
            tuple("calendar.pastDays", "90", false),
            tuple("calendar.requestsPerToken", "60", false),
            tuple("calendar.requestsPerAddress", "300", false));
  }

  @Test
  void aChangeIsStoredAuditedWithOldAndNewValuesAndSeenByTheRules() {
    Setting opened = setting(COMPLAINT_ROLL_FORWARD);

    boolean changed =
        as(
            "eva",
            a ->
                a.change(
                    new SettingCommand(
                        COMPLAINT_ROLL_FORWARD, opened.getVersion(), "FALSE", true, "Test")));

    assertThat(changed).isTrue();
    Setting now = setting(COMPLAINT_ROLL_FORWARD);
    assertThat(now.getValue()).isEqualTo("false");
    assertThat(now.isVerified()).isTrue();
    assertThat(now.getUpdatedBy()).isEqualTo("eva");
    assertThat(now.getUpdatedAt()).isEqualTo(NOW);
    RollForwardSetting seenByRules =
        db.inTransaction(em -> new SettingsBook(em).complaintRollForward());
    assertThat(seenByRules).isEqualTo(new RollForwardSetting(false, true));
    List<SettingAudit> history = as("eva", a -> a.history(COMPLAINT_ROLL_FORWARD));
    assertThat(history)
        .singleElement()
        .satisfies(
            audit -> {
              assertThat(audit.getOldValue()).isEqualTo("true");
              assertThat(audit.isOldVerified()).isFalse();
              assertThat(audit.getNewValue()).isEqualTo("false");
              assertThat(audit.isNewVerified()).isTrue();
              assertThat(audit.getUsername()).isEqualTo("eva");
              assertThat(audit.getAt()).isEqualTo(NOW);
            });
  }

  @Test
  void verifyingKeepsTheValueAndAuditsTheFlag() {
    Setting opened = setting(FAMILY_OF_HUMANITARIAN_YEARS);

    as(
        "ola",
        a ->
            a.change(
                new SettingCommand(
                    FAMILY_OF_HUMANITARIAN_YEARS, opened.getVersion(), "3", true, "Test")));

    IntegrationGrantSettings seenByRules =
        db.inTransaction(em -> new SettingsBook(em).integrationGrant());
    assertThat(seenByRules)
        .satisfies(
            s -> {
              assertThat(s.familyOfHumanitarianYears()).isEqualTo(3);
              assertThat(s.familyOfHumanitarianYearsVerified()).isTrue();
              assertThat(s.moveSplitVerified()).isFalse();
            });
    assertThat(
            db.count(
                "select count(*) from setting_audit where setting_key = '"
                    + FAMILY_OF_HUMANITARIAN_YEARS
                    + "' and old_value = '3' and new_value = '3'"
                    + " and not old_verified and new_verified and username = 'ola'"))
        .isEqualTo(1);
  }

  @Test
  void anInvalidValueIsRefusedAndNothingChanges() {
    Setting opened = setting(FAMILY_OF_HUMANITARIAN_YEARS);

    assertThatThrownBy(
            () ->
                as(
                    "eva",
                    a ->
                        a.change(
                            new SettingCommand(
                                FAMILY_OF_HUMANITARIAN_YEARS,
                                opened.getVersion(),
                                "6",
                                true,
                                "Test"))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(FieldProblem.of("value", "setting.years.range", 1, 5)));
    assertThat(setting(FAMILY_OF_HUMANITARIAN_YEARS).getValue()).isEqualTo("3");
    assertThat(db.count("select count(*) from setting_audit")).isZero();
  }

  @Test
  void savingTheSameValuesWritesNothing() {
    Setting opened = setting(MOVE_SPLIT);

    boolean changed =
        as(
            "eva",
            a ->
                a.change(
                    new SettingCommand(
                        MOVE_SPLIT, opened.getVersion(), "PRO_RATA_BY_DAYS", false, "Test")));

    assertThat(changed).isFalse();
    assertThat(setting(MOVE_SPLIT).getVersion()).isEqualTo(opened.getVersion());
    assertThat(db.count("select count(*) from setting_audit")).isZero();
  }

  @Test
  void aChangeAfterSomeoneElsesIsRefused() {
    Setting opened = setting(COMPLAINT_ROLL_FORWARD);
    as(
        "eva",
        a ->
            a.change(
                new SettingCommand(
                    COMPLAINT_ROLL_FORWARD, opened.getVersion(), "true", true, "Test")));

    assertThatThrownBy(
            () ->
                as(
                    "ola",
                    a ->
                        a.change(
                            new SettingCommand(
                                COMPLAINT_ROLL_FORWARD,
                                opened.getVersion(),
                                "false",
                                false,
                                "Test"))))
        .isInstanceOf(ConcurrentChangeException.class);
    assertThat(setting(COMPLAINT_ROLL_FORWARD).getValue()).isEqualTo("true");
    assertThat(db.count("select count(*) from setting_audit")).isEqualTo(1);
  }

  @Test
  void twoChangesAtTheSameTimeCannotBothWin() {
    Setting opened = setting(COMPLAINT_ROLL_FORWARD);
    EntityManager slow = db.entityManager();
    slow.getTransaction().begin();
    slow.find(Setting.class, COMPLAINT_ROLL_FORWARD);
    as(
        "eva",
        a ->
            a.change(
                new SettingCommand(
                    COMPLAINT_ROLL_FORWARD, opened.getVersion(), "true", true, "Test")));

    SettingsAdministration late = new SettingsAdministration(slow, clock(), Callers.as("ola"));
    assertThatThrownBy(
            () ->
                late.change(
                    new SettingCommand(
                        COMPLAINT_ROLL_FORWARD, opened.getVersion(), "false", false, "Test")))
        .isInstanceOf(ConcurrentChangeException.class);
    slow.getTransaction().rollback();
    slow.close();

    assertThat(setting(COMPLAINT_ROLL_FORWARD).getValue()).isEqualTo("true");
    assertThat(setting(COMPLAINT_ROLL_FORWARD).isVerified()).isTrue();
    assertThat(db.count("select count(*) from setting_audit")).isEqualTo(1);
  }

  private Setting setting(String key) {
    return db.inTransaction(em -> em.find(Setting.class, key));
  }

  private <T> T as(String user, Function<SettingsAdministration, T> work) {
    return db.inTransaction(
        em -> work.apply(new SettingsAdministration(em, clock(), Callers.as(user))));
  }

  private static Clock clock() {
    return Clock.fixed(NOW, ZoneId.of("Europe/Oslo"));
  }
}

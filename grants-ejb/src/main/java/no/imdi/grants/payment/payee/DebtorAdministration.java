package no.imdi.grants.payment.payee;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import no.imdi.grants.security.Role;
import no.imdi.grants.settings.Setting;
import no.imdi.grants.settings.SettingAudit;
import no.imdi.grants.settings.SettingsBook;
import no.imdi.grants.shared.ConcurrentChangeException;
import no.imdi.grants.shared.FieldProblem;
import no.imdi.grants.shared.InvalidInputException;

/**
 * The administrator's maintenance of IMDi as the payer of the payment file: its four settings
 * ({@code payment.debtor.*}) changed together, each changed one audited in {@code setting_audit}
 * with its old and new value and verified flag, and the reason. The version of the four together is
 * the sum of theirs, so that a change over anyone else's change of any of them is refused.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class DebtorAdministration {

  static final List<String> KEYS =
      List.of(
          Payees.DEBTOR_NAME,
          Payees.DEBTOR_ORGANISATION_NUMBER,
          Payees.DEBTOR_ACCOUNT,
          Payees.DEBTOR_BIC);
  static final int MAX_NAME = 70;
  private static final Pattern BIC = Pattern.compile("[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?");

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  @Inject private Clock clock;
  @Resource private SessionContext context;

  public DebtorAdministration() {}

  DebtorAdministration(EntityManager em, Clock clock, SessionContext context) {
    this.em = em;
    this.clock = clock;
    this.context = context;
  }

  /** The version of the four settings together, for {@link DebtorCommand#version}. */
  public long version() {
    long version = 0;
    for (Setting setting : settings()) {
      version += setting.getVersion();
    }
    return version;
  }

  /** Changes the payer; returns false when nothing was different. Every field's problem at once. */
  public boolean change(DebtorCommand command) {
    List<Setting> settings = settings();
    long version = 0;
    for (Setting setting : settings) {
      version += setting.getVersion();
    }
    if (version != command.version()) {
      throw changedMeanwhile();
    }
    List<FieldProblem> problems = new ArrayList<>();
    String name = command.name() == null ? "" : command.name().strip();
    if (name.isEmpty()) {
      problems.add(FieldProblem.of("debtorName", "required"));
    } else if (name.length() > MAX_NAME) {
      problems.add(FieldProblem.of("debtorName", "tooLong", MAX_NAME));
    }
    OrganisationNumber.problem(command.organisationNumber())
        .ifPresent(
            p ->
                problems.add(
                    FieldProblem.of("debtorOrganisationNumber", Payees.key("organisation", p))));
    AccountNumber.problem(command.accountNumber())
        .ifPresent(p -> problems.add(FieldProblem.of("debtorAccount", Payees.key("account", p))));
    String bic =
        command.bic() == null ? "" : command.bic().replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    if (!bic.isEmpty() && !BIC.matcher(bic).matches()) {
      problems.add(FieldProblem.of("debtorBic", "payee.bic.invalid"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    List<String> values =
        List.of(
            name,
            OrganisationNumber.parse(command.organisationNumber()).value(),
            AccountNumber.parse(command.accountNumber()).value(),
            bic);
    boolean different = false;
    for (int i = 0; i < settings.size(); i++) {
      Setting s = settings.get(i);
      different |= !s.getValue().equals(values.get(i)) || s.isVerified() != command.verified();
    }
    if (!different) {
      return false;
    }
    String reason = command.reason() == null ? "" : command.reason().strip();
    if (reason.isEmpty()) {
      throw new InvalidInputException(
          List.of(FieldProblem.of("debtorReason", "payee.reason.required")));
    }
    if (reason.length() > Payees.MAX_REASON) {
      throw new InvalidInputException(
          List.of(FieldProblem.of("debtorReason", "tooLong", Payees.MAX_REASON)));
    }
    Instant now = clock.instant();
    String by = context.getCallerPrincipal().getName();
    for (int i = 0; i < settings.size(); i++) {
      Setting s = settings.get(i);
      String value = values.get(i);
      if (!s.getValue().equals(value) || s.isVerified() != command.verified()) {
        em.persist(new SettingAudit(s, value, command.verified(), by, now, reason));
        s.change(value, command.verified(), now, by);
      }
    }
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      ConcurrentChangeException refused = changedMeanwhile();
      refused.initCause(e);
      throw refused;
    }
    return true;
  }

  private List<Setting> settings() {
    SettingsBook book = new SettingsBook(em);
    return KEYS.stream().map(book::get).toList();
  }

  private static ConcurrentChangeException changedMeanwhile() {
    return new ConcurrentChangeException(
        "IMDi's payer settings were changed by someone else after they were opened");
  }
}

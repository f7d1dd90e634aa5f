package no.imdi.grants.payment.payee;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
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
import java.util.Optional;
import no.imdi.grants.security.Role;
import no.imdi.grants.settings.Setting;
import no.imdi.grants.settings.SettingsBook;
import no.imdi.grants.shared.ConcurrentChangeException;
import no.imdi.grants.shared.FieldProblem;
import no.imdi.grants.shared.InvalidInputException;
import no.imdi.grants.shared.Page;
import no.imdi.grants.shared.PageRequest;

/**
 * The municipalities' payee details (*betalingsmottaker*: organisation number and account, the IBAN
 * derived) and IMDi's own as the payer. The administrator lists them and changes a municipality's,
 * with a reason; each change is audited with the old and new values. A change counts for every
 * payment run not yet approved: <strong>the payment run must read the payees ({@link #current})
 * when a run is approved, not when it is proposed</strong>, and keep what it read with the run, so
 * that an approved run's file pays the accounts it was approved with.
 *
 * <p>Reading a payee is open to every caller ({@link PermitAll}): a municipality's account for
 * public grants is no secret, and the payment run reads it from a background job.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class Payees {

  public static final String DEBTOR_NAME = "payment.debtor.name";
  public static final String DEBTOR_ORGANISATION_NUMBER = "payment.debtor.organisationNumber";
  public static final String DEBTOR_ACCOUNT = "payment.debtor.account";
  public static final String DEBTOR_BIC = "payment.debtor.bic";
  static final int MAX_REASON = 1000;

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  @Inject private Clock clock;
  @Resource private SessionContext context;

  public Payees() {}

  Payees(EntityManager em, Clock clock, SessionContext context) {
    this.em = em;
    this.clock = clock;
    this.context = context;
  }

  /** The municipality's payee now; empty for a municipality without one. */
  @PermitAll
  public Optional<MunicipalityPayee> current(String municipalityNumber) {
    if (municipalityNumber == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(MunicipalityPayee.class, municipalityNumber));
  }

  /** IMDi as the payer, from its settings ({@code payment.debtor.*}, marked [verify]). */
  @PermitAll
  public Debtor debtor() {
    SettingsBook settings = new SettingsBook(em);
    Setting name = settings.get(DEBTOR_NAME);
    Setting organisation = settings.get(DEBTOR_ORGANISATION_NUMBER);
    Setting account = settings.get(DEBTOR_ACCOUNT);
    Setting bic = settings.get(DEBTOR_BIC);
    return new Debtor(
        name.getValue(),
        new OrganisationNumber(organisation.getValue()),
        new AccountNumber(account.getValue()),
        bic.getValue().isBlank() ? null : bic.getValue().strip(),
        name.isVerified() && organisation.isVerified() && account.isVerified() && bic.isVerified());
  }

  public Page<PayeeRow> list(PayeeFilter filter, PageRequest<PayeeSort> page) {
    return PayeeQueries.list(em, filter, page);
  }

  /** The municipality's changes, newest first. */
  public List<PayeeAudit> history(String municipalityNumber) {
    return em.createQuery(
            "select a from PayeeAudit a where a.municipalityNumber = :m order by a.id desc",
            PayeeAudit.class)
        .setParameter("m", municipalityNumber)
        .getResultList();
  }

  /**
   * Changes a municipality's payee; returns false when nothing was different. Each field's problem
   * is reported on its field ({@code organisationNumber}, {@code accountNumber}, {@code reason}),
   * all at once; a payee someone else changed since it was opened is refused.
   */
  public boolean change(PayeeCommand command) {
    List<FieldProblem> problems = new ArrayList<>();
    Optional<BankNumberProblem> organisationProblem =
        OrganisationNumber.problem(command.organisationNumber());
    organisationProblem.ifPresent(
        p -> problems.add(FieldProblem.of("organisationNumber", key("organisation", p))));
    Optional<BankNumberProblem> accountProblem = AccountNumber.problem(command.accountNumber());
    accountProblem.ifPresent(
        p -> problems.add(FieldProblem.of("accountNumber", key("account", p))));
    String reason = command.reason() == null ? "" : command.reason().strip();
    if (reason.isEmpty()) {
      problems.add(FieldProblem.of("reason", "payee.reason.required"));
    } else if (reason.length() > MAX_REASON) {
      problems.add(FieldProblem.of("reason", "tooLong", MAX_REASON));
    }
    MunicipalityPayee payee =
        current(command.municipalityNumber())
            .orElseThrow(
                () -> new IllegalArgumentException("No payee for " + command.municipalityNumber()));
    if (payee.getVersion() != command.version()) {
      throw changedMeanwhile(command.municipalityNumber());
    }
    OrganisationNumber organisation =
        organisationProblem.isEmpty()
            ? OrganisationNumber.parse(command.organisationNumber())
            : null;
    AccountNumber account =
        accountProblem.isEmpty() ? AccountNumber.parse(command.accountNumber()) : null;
    if (payee.getOrganisationNumber().equals(organisation) && payee.getAccount().equals(account)) {
      return false;
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    Instant now = clock.instant();
    PayeeAudit audit =
        payee.change(organisation, account, now, context.getCallerPrincipal().getName(), reason);
    if (audit == null) {
      return false;
    }
    em.persist(audit);
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      ConcurrentChangeException refused = changedMeanwhile(command.municipalityNumber());
      refused.initCause(e);
      throw refused;
    }
    return true;
  }

  /** The message key of a field's problem: {@code payee.account.CHECK_DIGIT}. */
  static String key(String field, BankNumberProblem problem) {
    return "payee." + field + "." + problem.name();
  }

  private static ConcurrentChangeException changedMeanwhile(String municipality) {
    return new ConcurrentChangeException(
        "The payee of " + municipality + " was changed by someone else after it was opened");
  }
}

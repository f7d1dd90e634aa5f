package no.imdi.grants.settlement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.imdi.grants.integrationgrant.Household;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.security.MunicipalityScope;
import no.imdi.grants.security.RefusalAudit;
import no.imdi.grants.security.Role;
import no.imdi.grants.settlement.SettlementAudit.Action;
import no.imdi.grants.shared.ConcurrentChangeException;
import no.imdi.grants.shared.FieldProblem;
import no.imdi.grants.shared.Formats;
import no.imdi.grants.shared.InvalidInputException;

/**
 * IMDi's correction of what the register must know to pay a settlement: the person's household
 * position at settlement, which decides the year-1 code (R-IG-4), and the day IMDi registered the
 * settlement, which decides the first instalment (R-IG-5). Audited like a corrected move, with the
 * values before and after and the reason; the payment run carries the difference of what was
 * already paid as an adjustment (R-PAY-4).
 */
@Stateless
@Interceptors(RefusalAudit.class)
@RolesAllowed({Role.IMDI_CASEWORKER_NAME, Role.IMDI_APPROVER_NAME})
public class PaymentFactsCorrection {

  static final int MAX_REASON = 1000;

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  @Inject private SettlementRepository repository;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;

  public PaymentFactsCorrection() {}

  PaymentFactsCorrection(EntityManager em, SettlementRepository repository, Clock clock) {
    this.em = em;
    this.repository = repository;
    this.clock = clock;
  }

  /** Corrects the facts; returns false when they were already so (nothing is audited). */
  public boolean correct(
      long settlementId, long version, Household household, LocalDate registeredOn, String reason) {
    return correct(
        currentUser.settlementScope(),
        currentUser.username(),
        settlementId,
        version,
        household,
        registeredOn,
        reason);
  }

  boolean correct(
      MunicipalityScope scope,
      String username,
      long settlementId,
      long version,
      Household household,
      LocalDate registeredOn,
      String reason) {
    Settlement settlement =
        repository
            .findSettlement(scope, settlementId)
            .orElseThrow(
                () -> new AccessDeniedException("No settlement " + settlementId + " in scope"));
    if (settlement.getVersion() != version) {
      throw new ConcurrentChangeException("Settlement " + settlementId + " was changed meanwhile");
    }
    if (household == settlement.getHousehold()
        && settlement.getRegisteredOn().equals(registeredOn)) {
      return false;
    }
    List<FieldProblem> problems = problems(settlement, household, registeredOn, reason);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    String details =
        describe(settlement.getHousehold(), settlement.getRegisteredOn())
            + " => "
            + describe(household, registeredOn);
    settlement.recordPaymentFacts(household, registeredOn);
    em.persist(
        new SettlementAudit(
            settlement.getId(),
            username,
            clock.instant(),
            Action.PAYMENT_FACTS_CORRECTED,
            details,
            reason.strip()));
    return true;
  }

  /**
   * Every problem at once: a household (R-IG-4), a registration date (R-IG-5) neither before the
   * settlement (or a later birth) nor after today, and a reason.
   */
  List<FieldProblem> problems(
      Settlement settlement, Household household, LocalDate registeredOn, String reason) {
    List<FieldProblem> problems = new ArrayList<>();
    if (household == null) {
      problems.add(FieldProblem.of("household", "required"));
    }
    if (registeredOn == null) {
      problems.add(FieldProblem.of("registeredOn", "required"));
    } else if (registeredOn.isBefore(settlement.earliestRegistration())) {
      problems.add(
          FieldProblem.of(
              "registeredOn",
              "settlementPay.registeredOn.beforeSettlement",
              Formats.date(settlement.earliestRegistration())));
    } else if (registeredOn.isAfter(LocalDate.now(clock))) {
      problems.add(FieldProblem.of("registeredOn", "settlementPay.registeredOn.future"));
    }
    if (reason == null || reason.isBlank()) {
      problems.add(FieldProblem.of("reason", "settlementPay.reason.required"));
    } else if (reason.length() > MAX_REASON) {
      problems.add(FieldProblem.of("reason", "tooLong", MAX_REASON));
    }
    return problems;
  }

  private static String describe(Household household, LocalDate registeredOn) {
    return household.name() + " " + Formats.date(registeredOn);
  }
}

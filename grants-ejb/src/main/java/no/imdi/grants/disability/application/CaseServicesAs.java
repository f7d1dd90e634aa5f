package no.imdi.grants.disability.application;

import jakarta.ejb.SessionContext;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.Clock;
import java.util.Objects;
import no.imdi.grants.audit.AccessLog;
import no.imdi.grants.casefile.CaseJournal;
import no.imdi.grants.casefile.CaseRepository;
import no.imdi.grants.casefile.CaseTrail;
import no.imdi.grants.casefile.EnquiryRecords;
import no.imdi.grants.casefile.WorkQueue;
import no.imdi.grants.rate.RateBook;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.settings.SettingsBook;
import no.imdi.grants.settlement.SettlementRepository;

/**
 * The case services as one named, stored user calls them, on a given entity manager and clock: for
 * the demo data loader, which drives the demo cases through the same verbs, rules and maker/checker
 * as the pages at startup, when nobody is logged in. The container's role check ({@code
 * RolesAllowed}) is not applied; everything else is: the user must exist and be enabled ({@link
 * CurrentUser#user()}), the scope and the role come from the stored user, and the domain refuses
 * what the role or the state does not allow. The caller owns the transaction.
 */
public final class CaseServicesAs {

  private final EntityManager em;
  private final Clock clock;
  private final Event<DecisionApproved> approved;
  private final Event<ExtensionDecided> extensionDecided;

  public CaseServicesAs(
      EntityManager em,
      Clock clock,
      Event<DecisionApproved> approved,
      Event<ExtensionDecided> extensionDecided) {
    this.em = Objects.requireNonNull(em, "em");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.approved = Objects.requireNonNull(approved, "approved");
    this.extensionDecided = Objects.requireNonNull(extensionDecided, "extensionDecided");
  }

  public MunicipalityCaseService municipality(String username) {
    CurrentUser caller = caller(username);
    CaseTrail trail = new CaseTrail(em);
    CaseJournal journal = new CaseJournal(em, clock);
    return new MunicipalityCaseService(
        caller,
        new CaseRepository(em),
        new ApplicationRepository(em),
        new SettlementRepository(em),
        facts(),
        trail,
        journal,
        new EnquiryRecords(trail, journal, clock),
        new HealthReads(new AccessLog(em, clock), caller),
        clock);
  }

  public ImdiCaseService imdi(String username) {
    CaseTrail trail = new CaseTrail(em);
    CaseJournal journal = new CaseJournal(em, clock);
    return new ImdiCaseService(
        caller(username),
        new CaseRepository(em),
        new ApplicationRepository(em),
        new SettlementRepository(em),
        facts(),
        trail,
        journal,
        new EnquiryRecords(trail, journal, clock),
        new WorkQueue(em),
        extensionDecided,
        clock);
  }

  public DecisionApprovalService approval(String username) {
    return new DecisionApprovalService(
        caller(username),
        new ApplicationRepository(em),
        new CaseRepository(em),
        new CaseTrail(em),
        approved,
        clock);
  }

  public CaseReadService reads(String username) {
    CurrentUser caller = caller(username);
    AccessLog log = new AccessLog(em, clock);
    return new CaseReadService(
        caller,
        new CaseRepository(em),
        new ApplicationRepository(em),
        facts(),
        new CaseTrail(em),
        new CaseJournal(em, clock),
        new HealthReads(log, caller),
        log);
  }

  private CaseFacts facts() {
    return new CaseFacts(
        new SettlementRepository(em),
        new ApplicationRepository(em),
        new RateBook(em),
        new SettingsBook(em));
  }

  private CurrentUser caller(String username) {
    Objects.requireNonNull(username, "username");
    Principal principal = () -> username;
    SessionContext context =
        (SessionContext)
            Proxy.newProxyInstance(
                CaseServicesAs.class.getClassLoader(),
                new Class<?>[] {SessionContext.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "getCallerPrincipal" -> principal;
                      case "toString" -> "caller " + username;
                      case "hashCode" -> System.identityHashCode(proxy);
                      case "equals" -> proxy == args[0];
                      default -> throw new UnsupportedOperationException(method.getName());
                    });
    return new CurrentUser(context, em);
  }
}

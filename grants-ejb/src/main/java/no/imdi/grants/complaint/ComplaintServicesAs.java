package no.imdi.grants.complaint;

import jakarta.ejb.SessionContext;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.Clock;
import java.util.Objects;
import no.imdi.grants.casefile.CaseJournal;
import no.imdi.grants.casefile.CaseRepository;
import no.imdi.grants.casefile.CaseTrail;
import no.imdi.grants.casefile.EnquiryRecords;
import no.imdi.grants.disability.application.ApplicationRepository;
import no.imdi.grants.inbox.Inbox;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.settings.SettingsBook;
import no.imdi.grants.settlement.SettlementRepository;

/**
 * The complaint services as one named, stored user calls them, on a given entity manager and clock,
 * for the demo data loader (as {@code CaseServicesAs} does for the case services): the container's
 * role check is not applied; the stored user, its scope and role, and the domain's verbs are. The
 * caller owns the transaction; the letters asked for go to the given event.
 */
public final class ComplaintServicesAs {

  private final EntityManager em;
  private final Clock clock;
  private final Event<ComplaintLetterDue> letters;

  public ComplaintServicesAs(EntityManager em, Clock clock, Event<ComplaintLetterDue> letters) {
    this.em = Objects.requireNonNull(em, "em");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.letters = Objects.requireNonNull(letters, "letters");
  }

  public ComplaintIntake intake(String username) {
    CaseTrail trail = new CaseTrail(em);
    CaseJournal journal = new CaseJournal(em, clock);
    return new ComplaintIntake(
        caller(username),
        new Inbox(em),
        new CaseRepository(em),
        new ApplicationRepository(em),
        new ComplaintRepository(em),
        new SettlementRepository(em),
        trail,
        journal,
        new EnquiryRecords(trail, journal, clock),
        new SettingsBook(em),
        letters,
        clock);
  }

  public ImdiComplaintService imdi(String username) {
    return new ImdiComplaintService(
        caller(username),
        new ComplaintRepository(em),
        new ApplicationRepository(em),
        records(),
        clock);
  }

  public ComplaintApprovalService approval(String username) {
    return new ComplaintApprovalService(
        caller(username), new ComplaintRepository(em), records(), clock);
  }

  public MinistryComplaintService ministry(String username) {
    CurrentUser caller = caller(username);
    return new MinistryComplaintService(
        caller,
        new ComplaintRepository(em),
        new ApplicationRepository(em),
        new CaseJournal(em, clock),
        new no.imdi.grants.disability.application.HealthReads(
            new no.imdi.grants.audit.AccessLog(em, clock), caller),
        records(),
        clock);
  }

  private ComplaintRecords records() {
    return new ComplaintRecords(new CaseTrail(em), new ComplaintRepository(em), letters);
  }

  private CurrentUser caller(String username) {
    Objects.requireNonNull(username, "username");
    Principal principal = () -> username;
    SessionContext context =
        (SessionContext)
            Proxy.newProxyInstance(
                ComplaintServicesAs.class.getClassLoader(),
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

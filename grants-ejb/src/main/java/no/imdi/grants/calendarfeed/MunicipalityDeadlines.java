package no.imdi.grants.calendarfeed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import no.imdi.grants.casefile.CaseFile;
import no.imdi.grants.casefile.CaseScope;
import no.imdi.grants.casefile.Enquiry;
import no.imdi.grants.casefile.EnquiryState;
import no.imdi.grants.complaint.ComplaintDeadline;
import no.imdi.grants.complaint.ComplaintRepository;
import no.imdi.grants.complaint.ComplaintSettings;
import no.imdi.grants.complaint.DecisionKind;
import no.imdi.grants.disability.SettlementFacts;
import no.imdi.grants.disability.application.Application;
import no.imdi.grants.disability.application.ApplicationRepository;
import no.imdi.grants.disability.application.ApplicationState;
import no.imdi.grants.disability.application.CaseFacts;
import no.imdi.grants.disability.application.CaseHistory;
import no.imdi.grants.disability.application.Decision;
import no.imdi.grants.disability.application.GrantYearStatus;
import no.imdi.grants.disability.report.AccountsReport;
import no.imdi.grants.disability.report.AccountsReportState;
import no.imdi.grants.inbox.Inbox;
import no.imdi.grants.inbox.InboxItem;
import no.imdi.grants.inbox.InboxSource;
import no.imdi.grants.letter.LetterKind;
import no.imdi.grants.security.AppUser;
import no.imdi.grants.security.MunicipalityScope;
import no.imdi.grants.security.Role;
import no.imdi.grants.shared.ClockProducer;

/**
 * The deadlines of a municipality user's calendar feed, from the same computations the pages use: a
 * draft's application deadline as the case page counts it ({@link CaseFacts#deadline}, R-DL-1..4,
 * with a granted later one, R-DL-5, {@link GrantYearStatus#countingDeadline()}); the reply date of
 * IMDi's requests for documentation that wait for the municipality; the due date of the accounts
 * reports still with the municipality, stored when the report was opened ({@code
 * AccountsReportDue}, R-REP-1); and the complaint deadline of each dismissal letter in the inbox
 * with no complaint yet, counted as the complaint form counts it (R-AP-3, with the settings of
 * {@link ComplaintSettings}). A caseworker gets all four; the finance officer, who has no case
 * scope, only the accounts reports (which they co-sign). Always scoped to the user's municipality.
 */
@ApplicationScoped
public class MunicipalityDeadlines {

  static final Comparator<FeedDeadline> ORDER =
      Comparator.comparing(FeedDeadline::date)
          .thenComparing(FeedDeadline::kind)
          .thenComparing(FeedDeadline::caseNumber)
          .thenComparingLong(FeedDeadline::matterId);

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  @Inject private CaseFacts facts;
  @Inject private ApplicationRepository applications;
  @Inject private ComplaintRepository complaints;
  @Inject private Inbox inbox;
  @Inject private ComplaintSettings settings;

  protected MunicipalityDeadlines() {}

  public MunicipalityDeadlines(
      EntityManager em,
      CaseFacts facts,
      ApplicationRepository applications,
      ComplaintRepository complaints,
      Inbox inbox,
      ComplaintSettings settings) {
    this.em = em;
    this.facts = facts;
    this.applications = applications;
    this.complaints = complaints;
    this.inbox = inbox;
    this.settings = settings;
  }

  /** The user's deadlines by day; none for a user outside a municipality. */
  public List<FeedDeadline> of(AppUser user) {
    if (!user.getRole().belongsToMunicipality() || user.getMunicipalityNumber() == null) {
      return List.of();
    }
    String municipality = user.getMunicipalityNumber();
    MunicipalityScope scope = MunicipalityScope.only(municipality);
    List<FeedDeadline> all = new ArrayList<>(accountsReports(municipality));
    if (user.getRole() == Role.MUNICIPALITY_CASEWORKER) {
      all.addAll(drafts(scope));
      all.addAll(documentationReplies(scope));
      all.addAll(complaintDeadlines(municipality, scope));
    }
    all.sort(ORDER);
    return List.copyOf(all);
  }

  /** R-DL-1..5: the deadline that counts for each draft that is not a conversion. */
  List<FeedDeadline> drafts(MunicipalityScope scope) {
    List<Application> drafts =
        CaseScope.bind(
                em.createQuery(
                    "select a from Application a join fetch a.caseFile c join fetch c.person"
                        + " where a.state = :draft and a.conversionOf is null"
                        + CaseScope.clause(scope, "c")
                        + " order by a.id",
                    Application.class),
                scope)
            .setParameter("draft", ApplicationState.DRAFT)
            .getResultList();
    List<FeedDeadline> out = new ArrayList<>();
    for (Application draft : drafts) {
      CaseFile caseFile = draft.getCaseFile();
      SettlementFacts person = facts.facts(caseFile);
      CaseHistory history = facts.history(scope, caseFile);
      int year = draft.getGrantYear();
      LocalDate counting =
          new GrantYearStatus(
                  year,
                  null,
                  facts.deadline(person, year, history, draft),
                  facts.grantedExtension(caseFile, year).orElse(null),
                  List.of(),
                  List.of(),
                  List.of())
              .countingDeadline();
      if (counting != null) {
        out.add(onCase(DeadlineKind.APPLICATION, counting, caseFile, draft.getId()));
      }
    }
    return out;
  }

  /** IMDi's requests for documentation whose answer the municipality still owes. */
  List<FeedDeadline> documentationReplies(MunicipalityScope scope) {
    return CaseScope.bind(
            em.createQuery(
                "select q from Enquiry q join fetch q.caseFile c where q.documentationRequest"
                    + " and q.state = :waiting and q.replyBy is not null"
                    + CaseScope.clause(scope, "c")
                    + " order by q.id",
                Enquiry.class),
            scope)
        .setParameter("waiting", EnquiryState.WAITING_FOR_MUNICIPALITY)
        .getResultStream()
        .map(
            q ->
                onCase(
                    DeadlineKind.DOCUMENTATION_REPLY, q.getReplyBy(), q.getCaseFile(), q.getId()))
        .toList();
  }

  /** R-REP-1: the reports the municipality has not yet submitted, by their stored due date. */
  List<FeedDeadline> accountsReports(String municipality) {
    return em.createQuery(
            "select r from AccountsReport r join fetch r.caseFile c"
                + " where r.municipality.number = :m and r.state in :open order by r.id",
            AccountsReport.class)
        .setParameter("m", municipality)
        .setParameter("open", List.of(AccountsReportState.DRAFT, AccountsReportState.SIGNED))
        .getResultStream()
        .map(
            r ->
                new FeedDeadline(
                    DeadlineKind.ACCOUNTS_REPORT,
                    r.getDueDate(),
                    r.getCaseFile().getId(),
                    r.getCaseFile().getNumber().toString(),
                    r.getId(),
                    "app/accounts-report.xhtml?id=" + r.getId(),
                    DeadlineKind.ACCOUNTS_REPORT.rule()))
        .toList();
  }

  /**
   * R-AP-2, R-AP-3: each dismissal in the inbox that is in force and not yet complained on; the
   * notice counts from delivery, or from the first opening when that setting is on, as in {@code
   * ComplaintIntake}.
   */
  List<FeedDeadline> complaintDeadlines(String municipality, MunicipalityScope scope) {
    List<FeedDeadline> out = new ArrayList<>();
    boolean fromOpening = settings.noticeFromFirstOpening();
    for (InboxItem item : inbox.letters(municipality, InboxSource.DECISION, LetterKind.DISMISSAL)) {
      Optional<Decision> decision = applications.findDecision(scope, item.sourceId());
      if (decision.isEmpty()
          || !decision.get().isInForce()
          || !DecisionKind.valueOf(decision.get().getOutcome().name()).isIndividualDecision()
          || !complaints.ofDecision(decision.get().getId()).isEmpty()) {
        continue;
      }
      LocalDate notice =
          (fromOpening && item.firstOpenedAt() != null ? item.firstOpenedAt() : item.deliveredAt())
              .atZone(ClockProducer.OSLO)
              .toLocalDate();
      LocalDate deadline = ComplaintDeadline.forNotice(notice, settings.rollForward()).deadline();
      out.add(
          new FeedDeadline(
              DeadlineKind.COMPLAINT,
              deadline,
              item.caseId(),
              item.caseNumber(),
              item.id(),
              "app/case.xhtml?id=" + item.caseId(),
              DeadlineKind.COMPLAINT.rule()));
    }
    return out;
  }

  private static FeedDeadline onCase(
      DeadlineKind kind, LocalDate date, CaseFile caseFile, long matterId) {
    return new FeedDeadline(
        kind,
        date,
        caseFile.getId(),
        caseFile.getNumber().toString(),
        matterId,
        "app/case.xhtml?id=" + caseFile.getId(),
        kind.rule());
  }
}

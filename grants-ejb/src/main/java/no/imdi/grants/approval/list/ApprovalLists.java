package no.imdi.grants.approval.list;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import no.imdi.grants.export.ExportOutcome;
import no.imdi.grants.export.ExportRequest;
import no.imdi.grants.export.ExportTable;
import no.imdi.grants.export.Exports;
import no.imdi.grants.export.RowSource;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.security.MunicipalityScope;
import no.imdi.grants.security.RefusalAudit;
import no.imdi.grants.security.Role;
import no.imdi.grants.shared.Page;
import no.imdi.grants.shared.PageRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * IMDi's approver's lists (maker/checker): the decisions, the accounts-report outcomes (R-REP-3,
 * R-REP-4, R-REP-5) and the forwarding statements (R-AP-6) waiting for a checker other than the one
 * who prepared them, each a page at a time (counted, filtered and sorted in the database, oldest
 * first by default) and the whole list with the page's filter and order as CSV or XLSX through the
 * same query. Approvers only, checked in every method too; a refusal is in the security log. The
 * lists name cases, so every export is in the export log.
 */
@Stateless
@Interceptors(RefusalAudit.class)
@RolesAllowed(Role.IMDI_APPROVER_NAME)
public class ApprovalLists {

  /** How many of the caller's own prepared items the page lists apart (as before). */
  public static final int OWN = 25;

  public static final ExportTable<PendingDecisionRow> DECISIONS =
      ExportTable.<PendingDecisionRow>of("approval-decisions", true)
          .text("export.approval-decisions.case", PendingDecisionRow::caseNumber)
          .label("export.approval-decisions.kind", (r, texts) -> texts.label(r.kind()))
          .integer("export.approval-decisions.grantYear", PendingDecisionRow::grantYear)
          .label("export.approval-decisions.outcome", (r, texts) -> texts.label(r.outcome()))
          .amount("export.approval-decisions.amount", PendingDecisionRow::amount)
          .text("export.approval-decisions.preparedBy", PendingDecisionRow::preparedBy)
          .timestamp("export.approval-decisions.preparedAt", PendingDecisionRow::preparedAt);

  public static final ExportTable<PendingOutcomeRow> OUTCOMES =
      ExportTable.<PendingOutcomeRow>of("approval-outcomes", true)
          .text("export.approval-outcomes.case", PendingOutcomeRow::caseNumber)
          .text("export.approval-outcomes.municipality", PendingOutcomeRow::municipality)
          .label("export.approval-outcomes.kind", (r, texts) -> texts.label(r.kind()))
          .amount("export.approval-outcomes.recovery", PendingOutcomeRow::recovery)
          .text("export.approval-outcomes.preparedBy", PendingOutcomeRow::preparedBy)
          .timestamp("export.approval-outcomes.preparedAt", PendingOutcomeRow::preparedAt);

  public static final ExportTable<PendingStatementRow> STATEMENTS =
      ExportTable.<PendingStatementRow>of("approval-statements", true)
          .text("export.approval-statements.case", PendingStatementRow::caseNumber)
          .date("export.approval-statements.sentOn", PendingStatementRow::sentOn)
          .text("export.approval-statements.preparedBy", PendingStatementRow::preparedBy)
          .timestamp("export.approval-statements.preparedAt", PendingStatementRow::preparedAt);

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  @Inject private CurrentUser currentUser;
  @Inject private Exports exports;

  @Inject
  @ConfigProperty(name = "grants.export.fetchSize", defaultValue = "1000")
  int fetchSize = 1000;

  public ApprovalLists() {}

  public ApprovalLists(EntityManager em, CurrentUser currentUser, Exports exports) {
    this.em = em;
    this.currentUser = currentUser;
    this.exports = exports;
  }

  /** A page of the decisions the caller may check, in the order asked for (oldest first). */
  public Page<PendingDecisionRow> decisions(
      ApprovalFilter filter, PageRequest<PendingDecisionSort> page) {
    return PendingQueries.decisions(
            em,
            scope(),
            currentUser.username(),
            false,
            ApprovalFilter.orNone(filter),
            page.sortField(),
            page.ascending())
        .page(page.first(), page.size());
  }

  /** The decisions waiting that the caller prepared and so may not check, oldest first. */
  public List<PendingDecisionRow> ownDecisions() {
    return PendingQueries.decisions(
            em, scope(), currentUser.username(), true, ApprovalFilter.NONE, null, true)
        .page(0, OWN)
        .rows();
  }

  public Page<PendingOutcomeRow> outcomes(
      ApprovalFilter filter, PageRequest<PendingOutcomeSort> page) {
    return PendingQueries.outcomes(
            em,
            scope(),
            currentUser.username(),
            false,
            ApprovalFilter.orNone(filter),
            page.sortField(),
            page.ascending())
        .page(page.first(), page.size());
  }

  public List<PendingOutcomeRow> ownOutcomes() {
    return PendingQueries.outcomes(
            em, scope(), currentUser.username(), true, ApprovalFilter.NONE, null, true)
        .page(0, OWN)
        .rows();
  }

  public Page<PendingStatementRow> statements(
      ApprovalFilter filter, PageRequest<PendingStatementSort> page) {
    return PendingQueries.statements(
            em,
            scope(),
            currentUser.username(),
            ApprovalFilter.orNone(filter),
            page.sortField(),
            page.ascending())
        .page(page.first(), page.size());
  }

  /** The whole list of decisions the caller may check, with the page's filter and order. */
  public ExportOutcome exportDecisions(
      ApprovalFilter filter, PendingDecisionSort sort, boolean ascending, ExportRequest request) {
    MunicipalityScope scope = scope();
    ApprovalFilter f = ApprovalFilter.orNone(filter);
    PendingDecisionSort order = sort == null ? PendingDecisionSort.PREPARED : sort;
    String me = currentUser.username();
    return exports.run(
        DECISIONS,
        RowSource.lazily(
            () ->
                PendingQueries.decisions(em, scope, me, false, f, order, ascending).stream(
                    fetchSize)),
        request,
        f.describe(),
        order(order, ascending));
  }

  public ExportOutcome exportOutcomes(
      ApprovalFilter filter, PendingOutcomeSort sort, boolean ascending, ExportRequest request) {
    MunicipalityScope scope = scope();
    ApprovalFilter f = ApprovalFilter.orNone(filter);
    PendingOutcomeSort order = sort == null ? PendingOutcomeSort.PREPARED : sort;
    String me = currentUser.username();
    return exports.run(
        OUTCOMES,
        RowSource.lazily(
            () ->
                PendingQueries.outcomes(em, scope, me, false, f, order, ascending).stream(
                    fetchSize)),
        request,
        f.describe(),
        order(order, ascending));
  }

  public ExportOutcome exportStatements(
      ApprovalFilter filter, PendingStatementSort sort, boolean ascending, ExportRequest request) {
    MunicipalityScope scope = scope();
    ApprovalFilter f = ApprovalFilter.orNone(filter);
    PendingStatementSort order = sort == null ? PendingStatementSort.RECEIVED : sort;
    String me = currentUser.username();
    return exports.run(
        STATEMENTS,
        RowSource.lazily(
            () -> PendingQueries.statements(em, scope, me, f, order, ascending).stream(fetchSize)),
        request,
        f.describe(),
        order(order, ascending));
  }

  private static String order(Enum<?> sort, boolean ascending) {
    return sort + (ascending ? " asc" : " desc");
  }

  /** The approver's case scope; anyone else is refused (maker/checker: approvers only). */
  private MunicipalityScope scope() {
    if (!currentUser.actor().is(Role.IMDI_APPROVER)) {
      throw new AccessDeniedException(
          "The approval lists are an IMDI_APPROVER's, not " + currentUser.actor().role());
    }
    return currentUser.caseScope();
  }
}

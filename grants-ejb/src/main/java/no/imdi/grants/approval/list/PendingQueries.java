package no.imdi.grants.approval.list;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import no.imdi.grants.approval.ProposalStatus;
import no.imdi.grants.casefile.CaseNumber;
import no.imdi.grants.casefile.CaseScope;
import no.imdi.grants.complaint.ComplaintState;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.disability.application.DecisionOutcome;
import no.imdi.grants.disability.report.OutcomeKind;
import no.imdi.grants.security.MunicipalityScope;
import no.imdi.grants.shared.Nok;

/**
 * The three lists of things waiting for the approver (maker/checker): decisions, accounts-report
 * outcomes (R-REP-3, R-REP-4, R-REP-5) and forwarding statements (R-AP-6). Each is one query in the
 * caller's case scope that reads only the list's columns (no entities, no per-row reads), with the
 * approver's filter and order; {@code own} lists those the caller prepared instead of those the
 * caller may check. Every order ends with the id, so pages never overlap.
 */
final class PendingQueries {

  private PendingQueries() {}

  static ListQuery<PendingDecisionRow> decisions(
      EntityManager em,
      MunicipalityScope scope,
      String me,
      boolean own,
      ApprovalFilter filter,
      PendingDecisionSort sort,
      boolean ascending) {
    String d = ascending ? " asc" : " desc";
    String by =
        switch (sort == null ? PendingDecisionSort.PREPARED : sort) {
          case PREPARED -> "d.proposal.preparedAt" + d;
          case CASE -> "c.number.year" + d + ", c.number.sequence" + d;
          case APPLICATION -> "a.kind" + d + ", a.grantYear" + d;
          case OUTCOME -> "d.outcome" + d;
          case AMOUNT -> "d.amount" + d + " nulls last";
          case PREPARED_BY -> "lower(d.proposal.preparedBy)" + d + ", d.proposal.preparedAt" + d;
        };
    ListQuery<PendingDecisionRow> query =
        new ListQuery<>(
                em,
                "d.id, a.id, c.number, a.kind, a.grantYear, d.outcome, d.amount,"
                    + " d.proposal.preparedBy, d.proposal.preparedAt",
                "from Decision d join d.application a join a.caseFile c"
                    + " where d.proposal.status = :pending"
                    + mine("d.proposal.preparedBy", own)
                    + CaseScope.clause(scope, "c"),
                r ->
                    new PendingDecisionRow(
                        ((Number) r[0]).longValue(),
                        ((Number) r[1]).longValue(),
                        r[2].toString(),
                        (GrantKind) r[3],
                        ((Number) r[4]).intValue(),
                        (DecisionOutcome) r[5],
                        r[6] == null ? null : Nok.of((BigDecimal) r[6]),
                        (String) r[7],
                        (Instant) r[8]))
            .bind("pending", ProposalStatus.PENDING)
            .bind("me", me)
            .bind("scope", scope.restrictedTo().orElse(""))
            .orderBy(by + ", d.id" + d);
    caseNumber(query, filter.caseNumber());
    if (filter.grantKind() != null) {
      query.and(" and a.kind = :kind").bind("kind", filter.grantKind());
    }
    if (filter.outcome() != null) {
      query.and(" and d.outcome = :outcome").bind("outcome", filter.outcome());
    }
    return query;
  }

  static ListQuery<PendingOutcomeRow> outcomes(
      EntityManager em,
      MunicipalityScope scope,
      String me,
      boolean own,
      ApprovalFilter filter,
      PendingOutcomeSort sort,
      boolean ascending) {
    String d = ascending ? " asc" : " desc";
    String by =
        switch (sort == null ? PendingOutcomeSort.PREPARED : sort) {
          case PREPARED -> "o.proposal.preparedAt" + d;
          case CASE -> "c.number.year" + d + ", c.number.sequence" + d;
          case MUNICIPALITY -> "m.name" + d + ", o.proposal.preparedAt" + d;
          case KIND -> "o.kind" + d + ", o.proposal.preparedAt" + d;
          case RECOVERY -> "o.recovery" + d;
          case PREPARED_BY -> "lower(o.proposal.preparedBy)" + d + ", o.proposal.preparedAt" + d;
        };
    ListQuery<PendingOutcomeRow> query =
        new ListQuery<>(
                em,
                "o.id, r.id, c.number, m.name, o.kind, o.recovery, o.proposal.preparedBy,"
                    + " o.proposal.preparedAt",
                "from ReportOutcome o join o.report r join r.caseFile c join r.municipality m"
                    + " where o.proposal.status = :pending"
                    + mine("o.proposal.preparedBy", own)
                    + CaseScope.clause(scope, "c"),
                r ->
                    new PendingOutcomeRow(
                        ((Number) r[0]).longValue(),
                        ((Number) r[1]).longValue(),
                        r[2].toString(),
                        (String) r[3],
                        (OutcomeKind) r[4],
                        Nok.of((BigDecimal) r[5]),
                        (String) r[6],
                        (Instant) r[7]))
            .bind("pending", ProposalStatus.PENDING)
            .bind("me", me)
            .bind("scope", scope.restrictedTo().orElse(""))
            .orderBy(by + ", o.id" + d);
    caseNumber(query, filter.caseNumber());
    if (filter.outcomeKind() != null) {
      query.and(" and o.kind = :kind").bind("kind", filter.outcomeKind());
    }
    return query;
  }

  /**
   * The statements waiting (R-AP-6) that the caller did not prepare, compared as {@code
   * Proposal.mayBeCheckedBy} compares (trimmed, any case).
   */
  static ListQuery<PendingStatementRow> statements(
      EntityManager em,
      MunicipalityScope scope,
      String me,
      ApprovalFilter filter,
      PendingStatementSort sort,
      boolean ascending) {
    String d = ascending ? " asc" : " desc";
    String by =
        switch (sort == null ? PendingStatementSort.RECEIVED : sort) {
          case RECEIVED -> "k.id" + d;
          case CASE -> "c.number.year" + d + ", c.number.sequence" + d + ", k.id" + d;
          case SENT -> "k.receipt.sentOn" + d + ", k.id" + d;
          case PREPARED_BY -> "lower(st.proposal.preparedBy)" + d + ", k.id" + d;
        };
    ListQuery<PendingStatementRow> query =
        new ListQuery<>(
                em,
                "k.id, c.number, k.receipt.sentOn, st.proposal.preparedBy, st.proposal.preparedAt",
                "from ComplaintStatement st join st.complaint k join k.caseFile c"
                    + " where k.state = :state and st.proposal.status = :pending"
                    + " and lower(trim(st.proposal.preparedBy)) <> lower(:me)"
                    + CaseScope.clause(scope, "c"),
                r ->
                    new PendingStatementRow(
                        ((Number) r[0]).longValue(),
                        r[1].toString(),
                        (LocalDate) r[2],
                        (String) r[3],
                        (Instant) r[4]))
            .bind("state", ComplaintState.STATEMENT_PREPARED)
            .bind("pending", ProposalStatus.PENDING)
            .bind("me", me)
            .bind("scope", scope.restrictedTo().orElse(""))
            .orderBy(by + ", st.id" + d);
    caseNumber(query, filter.caseNumber());
    return query;
  }

  private static String mine(String preparedBy, boolean own) {
    return " and lower(" + preparedBy + ") " + (own ? "=" : "<>") + " lower(:me)";
  }

  private static void caseNumber(ListQuery<?> query, CaseNumber number) {
    if (number != null) {
      query
          .and(" and c.number.year = :year and c.number.sequence = :sequence")
          .bind("year", number.year())
          .bind("sequence", number.sequence());
    }
  }
}

package no.imdi.grants.disability.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.imdi.grants.disability.application.DocumentKind;
import no.imdi.grants.disability.application.GrantedMeasure;
import no.imdi.grants.disability.cost.ContributionZone;
import no.imdi.grants.disability.cost.CostCalculator;
import no.imdi.grants.disability.cost.CostLine;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Nok;
import no.imdi.grants.shared.Period;

/**
 * An accounts report as the pages show it (R-REP-1): its case, grant year and period, due date with
 * its reason, the grant, each measure with the granted costs it reports against and its actual
 * lines and total (R-COST-7), the attachments, the claim (R-REP-3), the two signatures, and the
 * outcomes prepared so far.
 */
public record AccountsReportView(
    long id,
    long caseId,
    String caseNumber,
    String personName,
    String municipality,
    String municipalityName,
    AccountsReportState state,
    int grantYear,
    Period period,
    LocalDate dueDate,
    Explanation dueReason,
    Nok granted,
    ContributionZone zone,
    List<MeasureView> measures,
    List<GrantedView> grantedMeasures,
    Nok reported,
    List<AttachmentView> attachments,
    Nok claimedOverrun,
    String claimReason,
    boolean claimOpen,
    Signature signature,
    Signature coSignature,
    Reminder reminder,
    long version,
    List<OutcomeView> outcomes) {

  /** A measure of the report with its actual costs, and the granted costs of its measure. */
  public record MeasureView(
      int position,
      String name,
      Integer grantedPosition,
      Nok grantedCosts,
      List<CostLine> lines,
      Nok actual) {}

  /** A measure the decision granted, which the report's measures report against. */
  public record GrantedView(int position, String name, Nok costs) {}

  public record AttachmentView(
      long id,
      DocumentKind kind,
      String title,
      UUID documentId,
      String attachedBy,
      Instant attachedAt) {}

  public static AccountsReportView of(AccountsReport report, List<ReportOutcome> outcomes) {
    Map<Integer, GrantedMeasure> granted =
        report.getDecision().getGrantedMeasures().stream()
            .collect(Collectors.toMap(GrantedMeasure::position, g -> g, (a, b) -> a));
    CostCalculator calculator = new CostCalculator();
    List<MeasureView> measures =
        report.getMeasures().stream()
            .map(
                m -> {
                  GrantedMeasure g =
                      m.getGrantedPosition() == null ? null : granted.get(m.getGrantedPosition());
                  return new MeasureView(
                      m.getPosition(),
                      m.getName(),
                      m.getGrantedPosition(),
                      g == null ? Nok.ZERO : g.costs(),
                      m.toMeasure().lines(),
                      calculator.calculate(report.getZone(), List.of(m.toMeasure())).total());
                })
            .toList();
    Period period = report.getPeriod();
    var person = report.getCaseFile().getPerson();
    return new AccountsReportView(
        report.getId(),
        report.getCaseFile().getId(),
        report.getCaseFile().getNumber().toString(),
        person.getGivenName() + " " + person.getFamilyName(),
        report.getMunicipality().getNumber(),
        report.getMunicipality().getName(),
        report.getState(),
        report.getGrantYear(),
        period,
        report.getDueDate(),
        ReportRules.due(period).explanation(),
        report.getGranted(),
        report.getZone(),
        measures,
        granted.values().stream()
            .sorted(java.util.Comparator.comparingInt(GrantedMeasure::position))
            .map(g -> new GrantedView(g.position(), g.name(), g.costs()))
            .toList(),
        measures.stream().map(MeasureView::actual).reduce(Nok.ZERO, Nok::plus),
        report.getAttachments().stream()
            .map(
                a ->
                    new AttachmentView(
                        a.getId(),
                        a.getKind(),
                        a.getTitle(),
                        a.getDocument().documentId(),
                        a.getAttachedBy(),
                        a.getAttachedAt()))
            .toList(),
        report.getClaimedOverrun(),
        report.getClaimReason(),
        report.isClaimOpen(),
        report.getSignature(),
        report.getCoSignature(),
        report.getReminder(),
        report.getVersion(),
        outcomes.stream().map(OutcomeView::of).toList());
  }
}

package no.imdi.grants.disability.application;

import java.time.Instant;
import java.util.List;
import no.imdi.grants.disability.cost.CostCalculation;
import no.imdi.grants.disability.cost.CostCalculator;
import no.imdi.grants.journal.DocumentRef;

/**
 * An application as the pages show it, without its health information (read that through the
 * access-logged service method): the particulars, the measures with their cost lines and the cost
 * calculation (when it can be made), the attachments, how it was submitted, and its decisions.
 */
public record ApplicationView(
    ApplicationSummary summary,
    ApplicationDetails details,
    List<MeasureView> measures,
    CostCalculation costs,
    List<AttachmentView> attachments,
    Submission submission,
    List<DecisionView> decisions) {

  /** A measure and its cost lines as entered. */
  public record MeasureView(
      int position,
      String name,
      String otherFunding,
      String beyondEmGrant,
      List<CostLineEntry> lines) {}

  /** An attached document: what it answers, its title and reference, and who attached it. */
  public record AttachmentView(
      long id,
      DocumentKind kind,
      String title,
      DocumentRef document,
      boolean healthData,
      String attachedBy,
      Instant attachedAt,
      Long journalEntryId) {}

  public static ApplicationView of(Application a, List<Decision> decisions) {
    return new ApplicationView(
        ApplicationSummary.of(a),
        a.details(),
        a.getMeasures().stream()
            .map(
                m ->
                    new MeasureView(
                        m.getPosition(),
                        m.getName(),
                        m.getOtherFunding(),
                        m.getBeyondEmGrant(),
                        List.copyOf(m.getLines())))
            .toList(),
        costs(a),
        a.getAttachments().stream()
            .map(
                t ->
                    new AttachmentView(
                        t.getId(),
                        t.getKind(),
                        t.getTitle(),
                        t.getDocument(),
                        t.isHealthData(),
                        t.getAttachedBy(),
                        t.getAttachedAt(),
                        t.getJournalEntryId()))
            .toList(),
        a.getSubmission(),
        decisions.stream().map(DecisionView::of).toList());
  }

  private static CostCalculation costs(Application a) {
    if (a.details().zone() == null || a.getMeasures().isEmpty()) {
      return null;
    }
    try {
      return new CostCalculator()
          .calculate(
              a.details().zone(),
              a.getMeasures().stream().map(ApplicationMeasure::toMeasure).toList());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}

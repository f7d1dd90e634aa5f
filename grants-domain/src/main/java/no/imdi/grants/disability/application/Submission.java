package no.imdi.grants.disability.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import no.imdi.grants.casefile.CaseMessage;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.casefile.Texts;

/**
 * How an application was submitted: by whom and when, the day it counts as received, the deadline
 * that counted (a granted later deadline where there was one, R-DL-5), whether it came late and is
 * flagged for dismissal (R-DL-6), and the municipality's comment overriding the warnings, with the
 * rule ids of what it overrode.
 */
@Embeddable
public record Submission(
    @Column(name = "submitted_by", length = 64) String by,
    @Column(name = "submitted_at") Instant at,
    @Column(name = "received_on") LocalDate receivedOn,
    @Column(name = "deadline") LocalDate deadline,
    @Column(name = "flagged_for_dismissal") Boolean flaggedForDismissal,
    @Column(name = "override_comment", length = 4000) String overrideComment,
    @Column(name = "overridden_rules", length = 500) String overriddenRules) {

  /**
   * Accepts a submission the check allows: refused while the check finds a refusal; warnings need
   * the municipality's comment.
   */
  static Submission accept(
      SubmissionCheck check, LocalDate receivedOn, String comment, String by, Instant at) {
    if (!check.maySubmit()) {
      throw check.refusals().get(0).toRefusal();
    }
    String override = Texts.optional("overrideComment", comment, Application.COMMENT_LENGTH);
    List<SubmitProblem> warnings = check.warnings();
    if (!warnings.isEmpty() && override == null) {
      throw Refusal.onField(
          "overrideComment", CaseMessage.SUBMIT_OVERRIDE_COMMENT_REQUIRED, warnings.size());
    }
    return of(check, receivedOn, override, by, at);
  }

  private static Submission of(
      SubmissionCheck check, LocalDate receivedOn, String comment, String by, Instant at) {
    List<SubmitProblem> warnings = check.warnings();
    String overridden =
        warnings.isEmpty()
            ? null
            : String.join(
                ", ",
                warnings.stream()
                    .map(SubmitProblem::rule)
                    .filter(Objects::nonNull)
                    .distinct()
                    .toList());
    return new Submission(
        by,
        at,
        receivedOn,
        check.deadline(),
        check.toBeDismissed(),
        warnings.isEmpty() ? null : comment,
        overridden);
  }

  public boolean toBeDismissed() {
    return Boolean.TRUE.equals(flaggedForDismissal);
  }
}

package no.imdi.grants.letter;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.imdi.grants.complaint.ComplaintDeadline;
import no.imdi.grants.complaint.DecisionKind;

/**
 * The dismissal (*avvisning*) of an application, for example one that came after its deadline
 * (R-DL-6): the rule it rests on, the dates it rests on, further reasons, and the complaint
 * deadline counted from the day the letter reaches the municipality (R-AP-3). A dismissal is an
 * individual decision the municipality may complain about (fvl § 2 third paragraph, R-AP-2).
 */
public record DismissalLetter(
    GrantSubject subject,
    Reason rule,
    List<DatedFact> facts,
    List<Reason> reasons,
    ComplaintDeadline complaintDeadline)
    implements LetterContent {

  public DismissalLetter {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(rule, "rule");
    facts = List.copyOf(facts);
    reasons = List.copyOf(reasons);
    Objects.requireNonNull(complaintDeadline, "complaintDeadline");
    if (facts.isEmpty()) {
      throw new IllegalArgumentException("A dismissal names the dates it rests on");
    }
  }

  @Override
  public LetterKind kind() {
    return LetterKind.DISMISSAL;
  }

  @Override
  public Optional<DecisionKind> decision() {
    return Optional.of(DecisionKind.DISMISSED);
  }
}

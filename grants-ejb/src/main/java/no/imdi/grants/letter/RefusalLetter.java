package no.imdi.grants.letter;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.imdi.grants.complaint.DecisionKind;

/** The refusal (*avslag*) of an application, with its reasons (R-DEC-1). */
public record RefusalLetter(GrantSubject subject, List<Reason> reasons) implements LetterContent {

  public RefusalLetter {
    Objects.requireNonNull(subject, "subject");
    reasons = List.copyOf(reasons);
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("A refusal gives its reasons");
    }
  }

  @Override
  public LetterKind kind() {
    return LetterKind.REFUSAL;
  }

  @Override
  public Optional<DecisionKind> decision() {
    return Optional.of(DecisionKind.REFUSED);
  }
}

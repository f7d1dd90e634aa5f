package no.imdi.grants.letter;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.imdi.grants.complaint.DecisionKind;

/**
 * IMDi's answer to a request for a later application deadline (*utsatt søknadsfrist*, R-DL-5): the
 * original deadline, and the new one when granted. A request can be granted only when it arrived
 * within the original deadline. The subject's date is the day the request arrived.
 *
 * @param newDeadline the granted deadline, {@code null} when the request is refused
 */
public record ExtensionReply(
    GrantSubject subject, LocalDate originalDeadline, LocalDate newDeadline, List<Reason> reasons)
    implements LetterContent {

  public ExtensionReply {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(originalDeadline, "originalDeadline");
    reasons = List.copyOf(reasons);
    if (newDeadline != null && subject.received().isAfter(originalDeadline)) {
      throw new IllegalArgumentException(
          "A request that arrived after the deadline " + originalDeadline + " is not granted");
    }
    if (newDeadline != null && !newDeadline.isAfter(originalDeadline)) {
      throw new IllegalArgumentException("A new deadline comes after " + originalDeadline);
    }
    if (newDeadline == null && reasons.isEmpty()) {
      throw new IllegalArgumentException("A refusal gives its reasons");
    }
  }

  public static ExtensionReply granted(
      GrantSubject subject, LocalDate originalDeadline, LocalDate newDeadline, List<Reason> why) {
    return new ExtensionReply(
        subject, originalDeadline, Objects.requireNonNull(newDeadline, "newDeadline"), why);
  }

  public static ExtensionReply refused(
      GrantSubject subject, LocalDate originalDeadline, List<Reason> why) {
    return new ExtensionReply(subject, originalDeadline, null, why);
  }

  public boolean isGranted() {
    return newDeadline != null;
  }

  @Override
  public LetterKind kind() {
    return LetterKind.EXTENSION_REPLY;
  }

  @Override
  public Optional<DecisionKind> decision() {
    return Optional.empty();
  }
}

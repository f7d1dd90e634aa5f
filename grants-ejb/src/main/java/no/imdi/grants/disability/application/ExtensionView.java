package no.imdi.grants.disability.application;

import java.time.Instant;
import java.time.LocalDate;

/** A request for a later deadline (R-DL-5) and what IMDi decided. */
public record ExtensionView(
    long id,
    long version,
    int grantYear,
    LocalDate originalDeadline,
    LocalDate requestedDeadline,
    String reason,
    LocalDate receivedOn,
    String requestedBy,
    ExtensionState state,
    LocalDate grantedDeadline,
    String decidedBy,
    Instant decidedAt,
    String decisionReason) {

  public static ExtensionView of(ExtensionRequest e) {
    return new ExtensionView(
        e.getId(),
        e.getVersion(),
        e.getGrantYear(),
        e.getOriginalDeadline(),
        e.getRequestedDeadline(),
        e.getReason(),
        e.getReceivedOn(),
        e.getRequestedBy(),
        e.getState(),
        e.getGrantedDeadline(),
        e.getDecidedBy(),
        e.getDecidedAt(),
        e.getDecisionReason());
  }
}

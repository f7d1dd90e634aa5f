package no.imdi.grants.payment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * How far a payment run has come, read from its row (so the page can be left and come back): its
 * state and phase, the settlements done and skipped of all, the lines written, the chunks and
 * attempts (a restart after a crash is a new attempt), who started it and when it was proposed.
 */
public record RunProgress(
    long runId,
    LocalDate instalment,
    RunState state,
    String phase,
    long personsTotal,
    long personsDone,
    long personsSkipped,
    long linesWritten,
    int chunksDone,
    int attempts,
    String preparedBy,
    Instant preparedAt,
    String reviewedBy,
    Instant proposedAt,
    long version) {

  /** Whole percent of the settlements read, 100 once proposed. */
  public int percent() {
    if (phase.equals("DONE")) {
      return 100;
    }
    long read = personsDone + personsSkipped;
    return personsTotal == 0 ? 0 : (int) Math.min(99, read * 100 / personsTotal);
  }

  static RunProgress of(PaymentRun run) {
    return new RunProgress(
        run.getId(),
        run.getInstalment(),
        run.getState(),
        run.getPhase(),
        run.getPersonsTotal(),
        run.getPersonsDone(),
        run.getPersonsSkipped(),
        run.getLinesWritten(),
        run.getChunksDone(),
        run.getAttempts(),
        run.getProposal().getPreparedBy(),
        run.getProposal().getPreparedAt(),
        run.getProposal().getReviewedBy(),
        run.getProposedAt(),
        run.getVersion());
  }
}

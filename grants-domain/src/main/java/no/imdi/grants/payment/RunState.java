package no.imdi.grants.payment;

/**
 * Where a payment run (*terminutbetaling*) is: started and waiting for a worker, running (computing
 * its lines chunk by chunk), proposed (every line written, waiting for the checker), rejected (sent
 * back: its lines leave the ledger and the instalment can be computed again), approved (its lines
 * are sent to the bank) or paid (the bank confirmed it). STARTED, RUNNING and PROPOSED are open:
 * one open run per instalment.
 */
public enum RunState {
  STARTED,
  RUNNING,
  PROPOSED,
  REJECTED,
  APPROVED,
  PAID;

  public boolean open() {
    return this == STARTED || this == RUNNING || this == PROPOSED;
  }

  /**
   * Every line written (PROPOSED, APPROVED, PAID): the run's lines no longer change and its totals
   * are stored ({@code payment_run_total}, R-PAY-3).
   */
  public boolean complete() {
    return this == PROPOSED || this == APPROVED || this == PAID;
  }

  /** The complete states as an SQL list of literals: {@code 'PROPOSED', 'APPROVED', 'PAID'}. */
  public static String completeInSql() {
    return java.util.Arrays.stream(values())
        .filter(RunState::complete)
        .map(s -> "'" + s.name() + "'")
        .collect(java.util.stream.Collectors.joining(", "));
  }

  /** A line's status as the municipality's instalment basis shows it (R-PAY-3). */
  public LineStatus lineStatus() {
    return switch (this) {
      case APPROVED -> LineStatus.SENT;
      case PAID -> LineStatus.PAID;
      default -> LineStatus.PLANNED;
    };
  }
}

package no.imdi.grants.payment;

/**
 * Starts the background work of a payment run once the transaction that created it has committed
 * (in the container {@link PaymentRunner}; a test runs the engine itself).
 */
@FunctionalInterface
public interface RunLauncher {
  void launchAfterCommit(long runId);
}

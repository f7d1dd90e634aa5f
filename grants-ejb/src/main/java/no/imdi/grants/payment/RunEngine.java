package no.imdi.grants.payment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Computes a payment run's lines (R-PAY-3, R-PAY-4), chunk by chunk, exactly once. A worker first
 * takes the run's lease (free, or expired: its holder died); then per chunk of settlements (keyset
 * by settlement id) it reads the register, computes owed less carried ({@link ChunkDifference}),
 * inserts the differences ({@link LineBatch}, {@code ON CONFLICT DO NOTHING}) and moves the
 * progress row on, in one transaction that commits only while the worker still holds the lease and
 * the progress is where it read it. A crash loses at most the chunk in hand, which the next worker
 * redoes; its lines are then already there or not at all. At most one chunk is in memory.
 *
 * <p>A rerun of an instalment that already has a complete run walks only the settlements whose
 * facts changed since that run started ({@link RunWalk}, the change log of V150); otherwise, and
 * after a change of the rates or of a setting the rules read, the whole register.
 *
 * <p>Last, in one transaction ({@link RunFinish}): the recoveries not yet carried, the balances
 * carried in from earlier instalments, a carry-out for each municipality that nets negative, and
 * the run becomes PROPOSED.
 */
public final class RunEngine {

  private static final Logger LOG = Logger.getLogger(RunEngine.class.getName());

  /** What a call of {@link #run} ended with. */
  public enum Outcome {
    PROPOSED,
    NOT_CLAIMED,
    LEASE_LOST,
    STOPPED
  }

  private static final String CLAIM =
      """
      UPDATE payment_run
         SET lease_owner = ?, lease_until = ?, attempts = attempts + 1,
             state = CASE WHEN state = 'STARTED' THEN 'RUNNING' ELSE state END,
             version = version + 1
       WHERE id = ? AND state IN ('STARTED', 'RUNNING')
         AND (lease_owner IS NULL OR lease_until < ?)
      RETURNING instalment, last_settlement_id, phase
      """;

  private static final String PROGRESS =
      """
      UPDATE payment_run
         SET last_settlement_id = ?, persons_done = persons_done + ?,
             persons_skipped = persons_skipped + ?, lines_written = lines_written + ?,
             chunks_done = chunks_done + 1, lease_until = ?, version = version + 1
       WHERE id = ? AND lease_owner = ? AND last_settlement_id = ? AND state = 'RUNNING'
      """;

  private final DataSource dataSource;
  private final Supplier<Entitlements> entitlements;
  private final Clock clock;
  private final int chunkSize;
  private final Duration lease;
  private final String owner;

  public RunEngine(
      DataSource dataSource,
      Supplier<Entitlements> entitlements,
      Clock clock,
      int chunkSize,
      Duration lease,
      String worker) {
    this.dataSource = dataSource;
    this.entitlements = entitlements;
    this.clock = clock;
    this.chunkSize = chunkSize;
    this.lease = lease;
    this.owner = worker + ":" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Runs the run to PROPOSED, or stops after {@code maxChunks} chunks (a test's dying worker). */
  public Outcome run(long runId, int maxChunks) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      Claim claim = claim(c, runId);
      if (claim == null) {
        return Outcome.NOT_CLAIMED;
      }
      RunWalk walk = RunWalk.of(c, runId, claim.instalment());
      c.setAutoCommit(false);
      Entitlements rules = entitlements.get();
      long last = claim.lastSettlementId();
      int chunks = 0;
      while (true) {
        if (chunks == maxChunks) {
          c.rollback();
          return Outcome.STOPPED;
        }
        RegisterChunk chunk =
            walk.nothingToRead()
                ? new RegisterChunk(List.of(), last, 0, 0)
                : RegisterChunk.read(c, last, chunkSize, walk.changedSince());
        if (chunk.read() == 0) {
          boolean done = RunFinish.finish(c, runId, claim.instalment(), owner, clock.instant());
          if (!done) {
            c.rollback();
            return Outcome.LEASE_LOST;
          }
          c.commit();
          LOG.info(() -> "Payment run " + runId + " proposed");
          return Outcome.PROPOSED;
        }
        int written = lines(c, runId, claim.instalment(), chunk, rules);
        if (!progress(c, runId, last, chunk, written)) {
          c.rollback();
          LOG.warning(() -> "Payment run " + runId + ": lease lost, " + owner + " stops");
          return Outcome.LEASE_LOST;
        }
        c.commit();
        last = chunk.lastSettlementId();
        chunks++;
      }
    }
  }

  private int lines(
      Connection c, long runId, LocalDate instalment, RegisterChunk chunk, Entitlements rules)
      throws SQLException {
    List<OwedLine> owed = new ArrayList<>(chunk.persons().size() * 8);
    for (PaymentPerson person : chunk.persons()) {
      owed.addAll(rules.owed(person, instalment));
    }
    LineBatch batch = new LineBatch();
    ChunkDifference.add(c, runId, instalment, chunk.persons(), owed, batch);
    return batch.insert(c, runId, instalment);
  }

  private boolean progress(Connection c, long runId, long last, RegisterChunk chunk, int written)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(PROGRESS)) {
      ps.setLong(1, chunk.lastSettlementId());
      ps.setLong(2, chunk.read() - chunk.skipped());
      ps.setLong(3, chunk.skipped());
      ps.setLong(4, written);
      ps.setTimestamp(5, Timestamp.from(clock.instant().plus(lease)));
      ps.setLong(6, runId);
      ps.setString(7, owner);
      ps.setLong(8, last);
      return ps.executeUpdate() == 1;
    }
  }

  private Claim claim(Connection c, long runId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(CLAIM)) {
      ps.setString(1, owner);
      ps.setTimestamp(2, Timestamp.from(clock.instant().plus(lease)));
      ps.setLong(3, runId);
      ps.setTimestamp(4, Timestamp.from(clock.instant()));
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        return new Claim(rs.getObject(1, LocalDate.class), rs.getLong(2));
      }
    }
  }

  private record Claim(LocalDate instalment, long lastSettlementId) {}
}

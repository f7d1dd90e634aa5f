package no.imdi.grants.complaint;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the check of R-AP-8 every night with the injected clock ({@link ComplaintOverdueCheck}). Not
 * persistent: each cluster member runs it, and the check's lock and idempotence make the second run
 * change nothing.
 */
@Singleton
public class ComplaintTimer {

  private static final Logger LOG = Logger.getLogger(ComplaintTimer.class.getName());

  @Inject private ComplaintOverdueCheck check;

  @Schedule(hour = "1", minute = "17", persistent = false)
  public void markOverdue() {
    int marked = check.run();
    if (marked > 0) {
      LOG.log(Level.INFO, "{0} complaints marked overdue (R-AP-8)", marked);
    }
  }
}

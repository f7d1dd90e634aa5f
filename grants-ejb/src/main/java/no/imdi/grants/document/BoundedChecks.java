package no.imdi.grants.document;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

/**
 * Runs checks on a few threads of their own, each within a time limit, and turns whatever a check
 * throws into a refusal: an exception into {@link UploadRefusal#DAMAGED}, running out of time,
 * stack or memory into {@link UploadRefusal#TOO_COMPLEX}, and a full queue into {@link
 * UploadRefusal#BUSY}. The caller gets an answer within about twice the time limit, whatever the
 * file does, and no error from a check reaches the request thread.
 */
final class BoundedChecks implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(BoundedChecks.class.getName());

  private final ThreadPoolExecutor pool;
  private final Duration timeout;

  BoundedChecks(int threads, Duration timeout, ThreadFactory factory) {
    this.timeout = timeout;
    this.pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            1,
            TimeUnit.MINUTES,
            new ArrayBlockingQueue<>(threads * 4),
            factory,
            new ThreadPoolExecutor.AbortPolicy());
    this.pool.allowCoreThreadTimeOut(true);
  }

  PdfVerdict run(Callable<PdfVerdict> check) {
    CountDownLatch started = new CountDownLatch(1);
    Future<PdfVerdict> future;
    try {
      future =
          pool.submit(
              () -> {
                started.countDown();
                return check.call();
              });
    } catch (RejectedExecutionException e) {
      return new PdfVerdict.Refused(UploadRefusal.BUSY, "all checkers and their queue are busy");
    }
    try {
      if (!started.await(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
        future.cancel(true);
        return new PdfVerdict.Refused(UploadRefusal.BUSY, "no checker was free in time");
      }
      return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      return new PdfVerdict.Refused(UploadRefusal.TOO_COMPLEX, "the check ran out of time");
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      return new PdfVerdict.Refused(UploadRefusal.BUSY, "the request was interrupted");
    } catch (ExecutionException e) {
      return failed(e.getCause());
    }
  }

  private static PdfVerdict failed(Throwable cause) {
    if (cause instanceof LimitExceeded) {
      return new PdfVerdict.Refused(UploadRefusal.TOO_COMPLEX, cause.getMessage());
    }
    if (cause instanceof VirtualMachineError) {
      LOG.warning(() -> "A PDF check failed with " + cause);
      return new PdfVerdict.Refused(UploadRefusal.TOO_COMPLEX, "the check failed with " + cause);
    }
    return new PdfVerdict.Refused(UploadRefusal.DAMAGED, "the check failed with " + cause);
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}

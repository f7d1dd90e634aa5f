package no.imdi.grants.document;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * What one check may still spend: time until its deadline, heap allocated by its thread, bytes of
 * decompressed stream data, and objects parsed and read. Belongs to the one thread that runs the
 * check, and is made on it. Once a limit is passed every later call fails too, so that a limit
 * PDFBox catches somewhere is still noticed.
 */
final class CheckBudget {

  private static final com.sun.management.ThreadMXBean THREADS = allocationCounter();

  private final long deadline;
  private final long maxDecoded;
  private final long maxAllocated;
  private final int maxObjects;
  private final long allocatedAtStart;
  private long decoded;
  private long parsed;
  private long named;
  private long xrefEntries;
  private int visited;
  private int calls;
  private String exceeded;

  CheckBudget(UploadLimits limits) {
    this.deadline = System.nanoTime() + limits.checkTimeout().toNanos();
    this.maxDecoded = limits.maxDecodedBytes();
    this.maxAllocated = limits.maxAllocatedBytes();
    this.maxObjects = limits.maxObjects();
    this.allocatedAtStart = allocated();
  }

  /** PDFBox's parser made (or will make) this many dictionaries, arrays or strings. */
  void parsed(long count) {
    parsed += count;
    if (parsed > maxObjects) {
      fail("more than " + maxObjects + " dictionaries, arrays and strings");
    }
    tick();
  }

  /**
   * PDFBox's parser read (or will read) this many names. PDFBox keeps each new name until the check
   * ends, and a page of ordinary objects has several, so names may be four times as many.
   */
  void named(long count) {
    named += count;
    if (named > 2L * maxObjects) {
      fail("more than " + 2L * maxObjects + " names");
    }
    tick();
  }

  /** The cross-reference table has (or will have) this many more entries. */
  void xrefEntries(long count) {
    xrefEntries += count;
    if (xrefEntries > maxObjects) {
      fail("more than " + maxObjects + " cross-reference entries");
    }
    tick();
  }

  /** The cross-reference table has this many entries now. */
  void tableSize(int entries) {
    if (entries > maxObjects) {
      fail("more than " + maxObjects + " objects in the cross-reference table");
    }
  }

  /** The scan read a dictionary or array. */
  void visited() {
    if (++visited > maxObjects) {
      fail("more than " + maxObjects + " dictionaries and arrays to read");
    }
    tick();
  }

  void decoded(long bytes) {
    decoded += bytes;
    if (decoded > maxDecoded) {
      fail("more than " + maxDecoded + " bytes of decompressed stream data");
    }
    check();
  }

  /** Fails when time or memory has run out, or the check was stopped. */
  void check() {
    if (exceeded != null) {
      throw new LimitExceeded(exceeded);
    }
    if (Thread.currentThread().isInterrupted()) {
      fail("the check was stopped");
    }
    if (System.nanoTime() - deadline > 0) {
      fail("the check took longer than its time limit");
    }
    if (allocatedAtStart >= 0 && allocated() - allocatedAtStart > maxAllocated) {
      fail("the check needed more than " + maxAllocated + " bytes of memory");
    }
  }

  /** Why the budget ran out, or null while it has not. */
  String exceeded() {
    return exceeded;
  }

  private void tick() {
    if ((++calls & 0xff) == 0) {
      check();
    }
  }

  private void fail(String reason) {
    if (exceeded == null) {
      exceeded = reason;
    }
    throw new LimitExceeded(exceeded);
  }

  private static long allocated() {
    return THREADS == null ? -1 : THREADS.getCurrentThreadAllocatedBytes();
  }

  private static com.sun.management.ThreadMXBean allocationCounter() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    if (threads instanceof com.sun.management.ThreadMXBean counter
        && counter.isThreadAllocatedMemorySupported()
        && counter.isThreadAllocatedMemoryEnabled()) {
      return counter;
    }
    return null;
  }
}

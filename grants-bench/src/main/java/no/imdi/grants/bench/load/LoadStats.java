package no.imdi.grants.bench.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the virtual users saw, shared by all of them: the times of every request per page, the
 * errors per page and kind, the first few examples of each kind, and how often a user had to log in
 * again.
 */
final class LoadStats {

  static final int EXAMPLES_PER_KIND = 3;

  private final Map<Page, Timings> timings = new EnumMap<>(Page.class);
  private final Map<Page, Map<String, Long>> errors = new EnumMap<>(Page.class);
  private final Map<String, List<String>> examples = new TreeMap<>();
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong relogins = new AtomicLong();

  LoadStats() {
    for (Page page : Page.values()) {
      timings.put(page, new Timings());
      errors.put(page, new TreeMap<>());
    }
  }

  /** Counts a request about to be sent; false when the run's budget of requests is spent. */
  boolean take(long maxRequests) {
    return requests.incrementAndGet() <= maxRequests;
  }

  boolean spent(long maxRequests) {
    return requests.get() >= maxRequests;
  }

  void relogin() {
    relogins.incrementAndGet();
  }

  long relogins() {
    return relogins.get();
  }

  void record(Page page, long nanos) {
    Timings t = timings.get(page);
    synchronized (t) {
      t.add(nanos);
    }
  }

  synchronized void error(Page page, String kind, String example) {
    errors.get(page).merge(kind, 1L, Long::sum);
    List<String> kept = examples.computeIfAbsent(kind, k -> new ArrayList<>());
    if (kept.size() < EXAMPLES_PER_KIND) {
      kept.add(example);
    }
  }

  /** The sorted times of a page in nanoseconds. */
  long[] sortedNanos(Page page) {
    Timings t = timings.get(page);
    long[] copy;
    synchronized (t) {
      copy = t.copy();
    }
    Arrays.sort(copy);
    return copy;
  }

  synchronized Map<String, Long> errors(Page page) {
    return new TreeMap<>(errors.get(page));
  }

  synchronized Map<String, List<String>> examples() {
    Map<String, List<String>> copy = new TreeMap<>();
    examples.forEach((kind, lines) -> copy.put(kind, List.copyOf(lines)));
    return copy;
  }

  /** A growing array of request times. */
  private static final class Timings {
    private long[] nanos = new long[1024];
    private int size;

    void add(long value) {
      if (size == nanos.length) {
        nanos = Arrays.copyOf(nanos, size * 2);
      }
      nanos[size++] = value;
    }

    long[] copy() {
      return Arrays.copyOf(nanos, size);
    }
  }
}

package no.imdi.grants.bench;

import java.util.Arrays;
import java.util.function.Supplier;

/** Runs a piece of work repeatedly and reports the median and 95th percentile in milliseconds. */
final class Timings {

  private Timings() {}

  static String measure(String name, int warmup, int runs, Supplier<?> work) {
    for (int i = 0; i < warmup; i++) {
      work.get();
    }
    long[] nanos = new long[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      work.get();
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    return String.format(
        "%-55s median %7.2f ms   p95 %7.2f ms   (%d runs)",
        name, nanos[runs / 2] / 1e6, nanos[(int) Math.ceil(runs * 0.95) - 1] / 1e6, runs);
  }
}

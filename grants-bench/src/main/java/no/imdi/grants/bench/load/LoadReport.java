package no.imdi.grants.bench.load;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints what a load run measured: per page the requests, median, 95th and 99th percentile, the
 * slowest request and the errors; the totals and the throughput; the errors per page and kind with
 * a few examples; and one summary line to compare runs by.
 */
final class LoadReport {

  private static final String ROW = "%-28s %9s %9s %9s %9s %9s %8s%n";

  private final LoadStats stats;
  private final double seconds;

  LoadReport(LoadStats stats, double seconds) {
    this.stats = stats;
    this.seconds = seconds;
  }

  void print(PrintStream out, String header) {
    out.println(header);
    out.println();
    out.printf(ROW, "page", "requests", "median", "p95", "p99", "max", "errors");
    long requests = 0;
    long errors = 0;
    long[] all = new long[0];
    for (Page page : Page.values()) {
      long[] nanos = stats.sortedNanos(page);
      long pageErrors = errorCount(page);
      requests += nanos.length;
      errors += pageErrors;
      all = merge(all, nanos);
      out.printf(
          ROW,
          page.label(),
          nanos.length,
          ms(nanos, 50),
          ms(nanos, 95),
          ms(nanos, 99),
          max(nanos),
          pageErrors);
    }
    Arrays.sort(all);
    out.printf(ROW, "all", requests, ms(all, 50), ms(all, 95), ms(all, 99), max(all), errors);
    out.println("(times in ms, measured from sending the request to the last byte of the answer)");
    out.println();
    out.printf(
        "Throughput: %.1f requests/s (%.1f without errors) over %.1f s; errors %d of %d (%.2f %%);"
            + " logins again after a lost session: %d%n",
        requests / seconds,
        (requests - errors) / seconds,
        seconds,
        errors,
        requests,
        percent(errors, requests),
        stats.relogins());
    printErrors(out);
    out.println();
    out.println(summary(requests, errors));
  }

  private void printErrors(PrintStream out) {
    if (stats.examples().isEmpty()) {
      out.println("No errors.");
      return;
    }
    out.println();
    out.println("Errors by page and kind:");
    for (Page page : Page.values()) {
      stats
          .errors(page)
          .forEach((kind, n) -> out.printf("  %-28s %-45s %7d%n", page.label(), kind, n));
    }
    out.println();
    out.println("Examples (the first " + LoadStats.EXAMPLES_PER_KIND + " of each kind):");
    for (Map.Entry<String, List<String>> kind : stats.examples().entrySet()) {
      out.println("  " + kind.getKey() + ":");
      kind.getValue().forEach(line -> out.println("    " + line));
    }
  }

  private String summary(long requests, long errors) {
    String perPage =
        Arrays.stream(Page.values())
            .filter(p -> p.ordinal() >= Page.SETTLEMENTS.ordinal())
            .map(
                p ->
                    p.label()
                        + " "
                        + ms(stats.sortedNanos(p), 50)
                        + "/"
                        + ms(stats.sortedNanos(p), 95)
                        + " ms "
                        + errorCount(p)
                        + " err")
            .collect(Collectors.joining(", "));
    return String.format(
        "SUMMARY load: %d requests in %.0f s, %.1f req/s, %d errors (%.2f %%); median/p95: %s",
        requests, seconds, requests / seconds, errors, percent(errors, requests), perPage);
  }

  private long errorCount(Page page) {
    return stats.errors(page).values().stream().mapToLong(Long::longValue).sum();
  }

  /** The nearest-rank percentile in milliseconds. */
  static String ms(long[] sorted, int percentile) {
    if (sorted.length == 0) {
      return "-";
    }
    int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
    return String.format("%.1f", sorted[Math.max(0, rank - 1)] / 1e6);
  }

  private static String max(long[] sorted) {
    return ms(sorted, 100);
  }

  private static long[] merge(long[] a, long[] b) {
    long[] merged = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, merged, a.length, b.length);
    return merged;
  }

  private static double percent(long part, long whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }
}

package no.imdi.grants.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import no.imdi.grants.admintest.Callers;
import no.imdi.grants.demo.DemoPopulation;
import no.imdi.grants.export.ExportFormat;
import no.imdi.grants.export.ExportLog;
import no.imdi.grants.export.ExportOutcome;
import no.imdi.grants.export.ExportRequest;
import no.imdi.grants.export.Exports;
import no.imdi.grants.export.SettlementExport;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.security.Role;
import no.imdi.grants.security.Users;
import no.imdi.grants.settlement.SettlementFilter;
import no.imdi.grants.settlement.SettlementRepository;
import no.imdi.grants.settlement.SettlementSort;
import no.imdi.grants.testsupport.TestDatabase;
import no.imdi.grants.testsupport.TestPersistence;

/**
 * Fills a real PostgreSQL with synthetic settled persons and exports the whole settlements list (as
 * IMDi sees it, by name) at the service level, as CSV and as XLSX, into a stream that counts the
 * bytes: the time to the first byte (the header) and to the first rows (the first write after the
 * header: 64 KB of CSV, or the whole XLSX), the total time, rows per second, and the heap used
 * (after a GC) before and after, with the highest heap use sampled every 5 ms while it runs. Each
 * format is exported at a tenth of the rows and at all of them, so that a heap that grew with the
 * rows would show.
 *
 * <p>Arguments: [persons (100000)] [runs (3)].
 */
public final class ExportBenchmark {

  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private ExportBenchmark() {}

  public static void main(String[] args) throws Exception {
    int persons = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    DataSource ds = TestDatabase.freshDatabase();
    long start = System.nanoTime();
    int written;
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      written = DemoPopulation.populate(c, persons, 7);
      c.commit();
      c.setAutoCommit(true);
      try (Statement s = c.createStatement()) {
        s.execute("vacuum analyze");
      }
    }
    Users.add(ds, "imdi.saksbehandler", Role.IMDI_CASEWORKER, null);
    System.out.printf(
        "Filled %d settled persons in %.1f s; max heap %d MB%n",
        written, (System.nanoTime() - start) / 1e9, Runtime.getRuntime().maxMemory() >> 20);
    try (TestPersistence db = new TestPersistence(new ReusedConnection(ds))) {
      export(db, ExportFormat.CSV, 10_000); // warm-up
      export(db, ExportFormat.XLSX, 10_000);
      for (ExportFormat format : ExportFormat.values()) {
        for (int run = 0; run < runs; run++) {
          System.out.println(export(db, format, written / 10));
          System.out.println(export(db, format, Integer.MAX_VALUE));
        }
      }
    }
    System.exit(0);
  }

  private static String export(TestPersistence db, ExportFormat format, int limit) {
    System.gc();
    long before = MEMORY.getHeapMemoryUsage().getUsed();
    AtomicLong peak = new AtomicLong(before);
    Thread sampler =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                  Thread.sleep(5);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    sampler.setDaemon(true);
    sampler.start();
    Counting out = new Counting();
    long started = System.nanoTime();
    out.started = started;
    ExportOutcome outcome =
        db.inTransaction(
            em -> {
              CurrentUser user = new CurrentUser(Callers.as("imdi.saksbehandler"), em);
              SettlementRepository all =
                  new SettlementRepository(em) {
                    @Override
                    public java.util.stream.Stream<no.imdi.grants.settlement.SettlementRow> stream(
                        no.imdi.grants.security.MunicipalityScope scope,
                        SettlementFilter filter,
                        SettlementSort sort,
                        boolean ascending,
                        int fetchSize) {
                      return super.stream(scope, filter, sort, ascending, fetchSize).limit(limit);
                    }
                  };
              return new SettlementExport(
                      all, user, new Exports(user, new ExportLog(em, Clock.systemUTC())), 1000)
                  .export(
                      SettlementFilter.NONE,
                      SettlementSort.NAME,
                      true,
                      new ExportRequest(format, Locale.forLanguageTag("nb"), out));
            });
    long total = System.nanoTime() - started;
    sampler.interrupt();
    System.gc();
    long after = MEMORY.getHeapMemoryUsage().getUsed();
    if (!outcome.completed()) {
      throw new IllegalStateException(outcome.failure());
    }
    return String.format(
        Locale.ROOT,
        "%-4s %7d rows %6.1f MB: first byte %5.0f ms, first rows %5.0f ms, total %6.2f s,"
            + " %7.0f rows/s;"
            + " heap after GC %4d MB before, %4d MB after; highest while running %4d MB",
        format,
        outcome.rows(),
        out.bytes / 1e6,
        (out.firstByte - started) / 1e6,
        (out.firstRows - started) / 1e6,
        total / 1e9,
        outcome.rows() / (total / 1e9),
        before >> 20,
        after >> 20,
        peak.get() >> 20);
  }

  /** Counts the bytes and notes when the first one came. */
  private static final class Counting extends OutputStream {
    long bytes;
    long started;
    long firstByte;
    long firstRows;
    int writes;

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      if (bytes == 0 && len > 0) {
        firstByte = System.nanoTime();
      }
      if (++writes == 2) {
        firstRows = System.nanoTime();
      }
      bytes += len;
    }
  }
}

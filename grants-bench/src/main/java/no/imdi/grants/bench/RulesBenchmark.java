package no.imdi.grants.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.IntFunction;
import no.imdi.grants.calendar.NorwegianHolidays;
import no.imdi.grants.complaint.ComplaintDeadline;
import no.imdi.grants.disability.DisabilityGrantSchedule;
import no.imdi.grants.disability.Schedule;
import no.imdi.grants.disability.ScheduledGrantYear;
import no.imdi.grants.disability.SettlementFacts;
import no.imdi.grants.integrationgrant.GrantYearEntry;
import no.imdi.grants.integrationgrant.Household;
import no.imdi.grants.integrationgrant.IntegrationGrantCalculator;
import no.imdi.grants.integrationgrant.IntegrationGrantSchedule;
import no.imdi.grants.integrationgrant.IntegrationGrantSettings;
import no.imdi.grants.integrationgrant.LimitationPeriod;
import no.imdi.grants.integrationgrant.SettledPerson;
import no.imdi.grants.rate.RateBook;
import no.imdi.grants.rate.RateTable;
import no.imdi.grants.settings.SettingsBook;
import no.imdi.grants.testsupport.TestPersistence;

/**
 * Operations per second of the rules: the disability grant schedule (grant years, deadlines, T1/T2,
 * rates), the integration grant schedule, the complaint deadline, the limitation date and a year's
 * holidays, over settlement dates spread across 2019-2025; then the two schedules with every
 * explanation rendered in bokmål, as a page or the API reads them (the rules themselves format
 * nothing). Rates and settings are the stored ones of a freshly migrated database. Each result is
 * hashed whole, so nothing the rules compute can be left out. Each measurement runs after a warm-up
 * of the same length, and is given per second of wall time and per second of the measuring thread's
 * CPU time: on a machine shared with other work, the second is the figure to compare.
 *
 * <p>Arguments: [seconds per measurement (3)].
 */
public final class RulesBenchmark {

  private static final LocalDate FIRST = LocalDate.of(2019, 1, 1);
  private static final Locale BOKMAL = Locale.forLanguageTag("nb");

  private RulesBenchmark() {}

  public static void main(String[] args) {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
    RateTable rates;
    IntegrationGrantSettings settings;
    try (TestPersistence db = new TestPersistence()) {
      rates = db.inTransaction(em -> new RateBook(em).table());
      settings = db.inTransaction(em -> new SettingsBook(em).integrationGrant());
    }
    DisabilityGrantSchedule disability = new DisabilityGrantSchedule(rates);
    IntegrationGrantCalculator integration = new IntegrationGrantCalculator(rates, settings);
    IntFunction<Schedule> disabilitySchedule =
        i ->
            disability.scheduleFor(
                SettlementFacts.settledOn(day(i)).bornOn(day(i).minusYears(30)).build());
    IntFunction<IntegrationGrantSchedule> integrationSchedule =
        i ->
            integration.schedule(
                SettledPerson.of(
                    day(i), day(i).minusYears(15), Household.CHILD, i % 2 == 0, false));
    System.out.printf("%-58s %14s %14s%n", "", "wall", "thread CPU");
    run("disability schedule (R-GY, R-DL, R-T, R-RATE)", seconds, disabilitySchedule::apply);
    run("integration grant schedule (R-IG-2..5, R-EM)", seconds, integrationSchedule::apply);
    run("complaint deadline (R-AP-3)", seconds, i -> ComplaintDeadline.forNotice(day(i)));
    run("limitation date (R-IG-7)", seconds, i -> LimitationPeriod.limitationDate(day(i)));
    run("holidays of a year", seconds, i -> NorwegianHolidays.of(1900 + i % 300));
    run(
        "disability schedule, explanations rendered (nb)",
        seconds,
        i -> rendered(disabilitySchedule.apply(i)));
    run(
        "integration grant schedule, explanations rendered (nb)",
        seconds,
        i -> rendered(integrationSchedule.apply(i)));
    System.exit(0);
  }

  private static String rendered(Schedule s) {
    StringBuilder text = new StringBuilder(s.targetGroupExplanation().text(BOKMAL));
    text.append(s.maxT2YearsExplanation().text(BOKMAL));
    for (ScheduledGrantYear y : s.years()) {
      text.append(y.explanation().text(BOKMAL));
    }
    return text.toString();
  }

  private static String rendered(IntegrationGrantSchedule s) {
    StringBuilder text = new StringBuilder(s.explanation().text(BOKMAL));
    for (GrantYearEntry y : s.years()) {
      text.append(y.explanation().text(BOKMAL));
    }
    s.specialGrant().forEach(e -> text.append(e.explanation().text(BOKMAL)));
    return text.toString();
  }

  private static LocalDate day(int i) {
    return FIRST.plusDays(i % 2555);
  }

  private static void run(String name, double seconds, IntFunction<Object> work) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long sink = loop(work, seconds, 0)[0];
    long startCpu = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long[] measured = loop(work, seconds, sink);
    double wall = measured[1] / ((System.nanoTime() - start) / 1e9);
    double cpu = measured[1] / ((threads.getCurrentThreadCpuTime() - startCpu) / 1e9);
    System.out.printf(
        "%-58s %,10.0f ops/s %,10.0f ops/s%s%n", name, wall, cpu, measured[0] == 42 ? " " : "");
  }

  /** Runs the work for the given time; answers the hashes' sum and the number of operations. */
  private static long[] loop(IntFunction<Object> work, double seconds, long sink) {
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    int ops = 0;
    while (System.nanoTime() < deadline) {
      for (int i = 0; i < 1000; i++) {
        sink += work.apply(ops++).hashCode();
      }
    }
    return new long[] {sink, ops};
  }
}

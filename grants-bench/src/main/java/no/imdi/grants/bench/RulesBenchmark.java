package no.imdi.grants.bench;

import java.time.LocalDate;
import java.util.function.IntFunction;
import no.imdi.grants.calendar.NorwegianHolidays;
import no.imdi.grants.complaint.ComplaintDeadline;
import no.imdi.grants.disability.DisabilityGrantSchedule;
import no.imdi.grants.disability.SettlementFacts;
import no.imdi.grants.integrationgrant.Household;
import no.imdi.grants.integrationgrant.IntegrationGrantCalculator;
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
 * holidays, over settlement dates spread across 2019-2025. Rates and settings are the stored ones
 * of a freshly migrated database.
 *
 * <p>Arguments: [seconds per measurement (3)].
 */
public final class RulesBenchmark {

  private static final LocalDate FIRST = LocalDate.of(2019, 1, 1);

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
    run(
        "disability schedule (R-GY, R-DL, R-T, R-RATE)",
        seconds,
        i ->
            disability.scheduleFor(
                SettlementFacts.settledOn(day(i)).bornOn(day(i).minusYears(30)).build()));
    run(
        "integration grant schedule (R-IG-2..5, R-EM)",
        seconds,
        i ->
            integration.schedule(
                SettledPerson.of(
                    day(i), day(i).minusYears(15), Household.CHILD, i % 2 == 0, false)));
    run("complaint deadline (R-AP-3)", seconds, i -> ComplaintDeadline.forNotice(day(i)));
    run("limitation date (R-IG-7)", seconds, i -> LimitationPeriod.limitationDate(day(i)));
    run("holidays of a year", seconds, i -> NorwegianHolidays.of(1900 + i % 300));
    System.exit(0);
  }

  private static LocalDate day(int i) {
    return FIRST.plusDays(i % 2555);
  }

  private static void run(String name, double seconds, IntFunction<Object> work) {
    long sink = 0;
    for (int i = 0; i < 20_000; i++) {
      sink += work.apply(i).hashCode();
    }
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    long start = System.nanoTime();
    int ops = 0;
    while (System.nanoTime() < deadline) {
      for (int i = 0; i < 1000; i++) {
        sink += work.apply(ops++).hashCode();
      }
    }
    double perSecond = ops / ((System.nanoTime() - start) / 1e9);
    System.out.printf("%-50s %,12.0f ops/s%s%n", name, perSecond, sink == 42 ? " " : "");
  }
}

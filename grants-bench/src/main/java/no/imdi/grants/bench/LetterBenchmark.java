package no.imdi.grants.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.imdi.grants.disability.AccountsReportDue;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.disability.GrantPayout;
import no.imdi.grants.disability.GrantYear;
import no.imdi.grants.disability.PayoutSetting;
import no.imdi.grants.letter.GrantLetter;
import no.imdi.grants.letter.GrantSubject;
import no.imdi.grants.letter.LetterModel;
import no.imdi.grants.letter.LetterRenderer;
import no.imdi.grants.letter.Letterhead;
import no.imdi.grants.letter.MeasureAmount;
import no.imdi.grants.letter.PersonRef;
import no.imdi.grants.letter.Reason;
import no.imdi.grants.letter.Recipient;
import no.imdi.grants.letter.Signatories;
import no.imdi.grants.shared.Nok;

/**
 * Grant letters (T2, three measures, two pages) rendered to PDF/A-2a by the {@link LetterRenderer}
 * the services use: the median and 95th percentile per letter on one thread, and letters per second
 * on one thread and on as many threads as the machine has cores, and the template step alone. Each
 * letter differs (its reference), so nothing is cached between letters.
 *
 * <p>Arguments: [runs (100)] [warm-up letters (30)].
 */
public final class LetterBenchmark {

  private LetterBenchmark() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    long start = System.nanoTime();
    LetterRenderer renderer = new LetterRenderer(Clock.system(ZoneId.of("Europe/Oslo")));
    System.out.printf(
        "renderer ready (templates, fonts) in %.0f ms%n", (System.nanoTime() - start) / 1e6);
    int[] next = {0};
    System.out.println(
        Timings.measure(
            "grant letter, template to XHTML only",
            warmup * 10,
            runs * 10,
            () -> renderer.html(grantLetter(next[0]++))));
    System.out.println(
        Timings.measure(
            "grant letter (T2, 2 pages), one thread",
            warmup,
            runs,
            () -> renderer.render(grantLetter(next[0]++))));
    System.out.printf(
        "%-55s %7.1f letters/s%n", "one thread", perSecond(renderer, 1, runs, next[0]));
    int cores = Runtime.getRuntime().availableProcessors();
    System.out.printf(
        "%-55s %7.1f letters/s%n",
        cores + " threads", perSecond(renderer, cores, runs, next[0] + runs));
    System.out.printf("size of one letter: %,d bytes%n", renderer.render(grantLetter(0)).size());
    System.exit(0);
  }

  private static double perSecond(LetterRenderer renderer, int threads, int letters, int first)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long start = System.nanoTime();
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < letters; i++) {
        int n = first + i;
        done.add(pool.submit(() -> renderer.render(grantLetter(n))));
      }
      for (Future<?> letter : done) {
        letter.get();
      }
      return letters / ((System.nanoTime() - start) / 1e9);
    } finally {
      pool.shutdown();
    }
  }

  static LetterModel grantLetter(int n) {
    LocalDate settled = LocalDate.of(2025, 10, 13);
    LocalDate decided = LocalDate.of(2026, 3, 2);
    GrantSubject subject =
        new GrantSubject(GrantKind.T2, GrantYear.of(settled, 1), LocalDate.of(2026, 2, 10));
    Nok granted = Nok.kroner(1_520_000);
    return new LetterModel(
        Letterhead.imdi(),
        new Recipient("Oslo kommune", "0301", List.of("Flyktningtjenesten", "0101 Oslo")),
        String.format("2026/%05d", n % 100_000),
        decided,
        String.format("2026/%05d-4", n % 100_000),
        "",
        PersonRef.of("Amina", "Bakari", LocalDate.of(1990, 2, 13)),
        new GrantLetter(
            subject,
            List.of(
                new MeasureAmount(
                    "Miljøarbeider i bolig", Nok.kroner(1_200_000), Nok.kroner(1_150_000)),
                new MeasureAmount(
                    "Ledsager til aktiviteter", Nok.kroner(420_000), Nok.kroner(400_000)),
                new MeasureAmount("Tolk ved legebesøk", Nok.kroner(60_000), Nok.ZERO)),
            granted,
            true,
            List.of(
                new Reason(
                    "R-T2-1",
                    "Godkjente kostnader 1 550 000 kr er over T2-satsen, så tilskuddet er"
                        + " 1 520 000 kr.")),
            GrantPayout.afterDecision(GrantKind.T2, decided, granted, PayoutSetting.DEFAULT),
            AccountsReportDue.of(GrantKind.T2, subject.grantYear().period())),
        new Signatories("Kari Saksbehandler", "Per Godkjenner"));
  }
}

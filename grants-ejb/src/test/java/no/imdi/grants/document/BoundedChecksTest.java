package no.imdi.grants.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BoundedChecksTest {

  private static final PdfVerdict OK = new PdfVerdict.Accepted(1, 1, Sha256.of(new byte[] {1}));

  @Test
  void aCheckThatRunsOverItsTimeIsRefusedAsTooComplexInTime() {
    try (BoundedChecks checks = new BoundedChecks(1, Duration.ofMillis(200), Thread::new)) {
      long start = System.nanoTime();

      PdfVerdict verdict =
          checks.run(
              () -> {
                Thread.sleep(30_000);
                return OK;
              });

      assertThat(reason(verdict)).isEqualTo(UploadRefusal.TOO_COMPLEX);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }
  }

  @Test
  void aStackOverflowInTheParserIsRefusedAsTooComplex() {
    try (BoundedChecks checks = new BoundedChecks(1, Duration.ofSeconds(10), Thread::new)) {
      assertThat(reason(checks.run(() -> recurse(0) > 0 ? OK : OK)))
          .isEqualTo(UploadRefusal.TOO_COMPLEX);
    }
  }

  @Test
  void runningOutOfMemoryIsRefusedAsTooComplex() {
    try (BoundedChecks checks = new BoundedChecks(1, Duration.ofSeconds(10), Thread::new)) {
      assertThat(
              reason(
                  checks.run(
                      () -> {
                        throw new OutOfMemoryError("Java heap space");
                      })))
          .isEqualTo(UploadRefusal.TOO_COMPLEX);
    }
  }

  @Test
  void anyOtherFailureOfTheParserIsRefusedAsDamaged() {
    try (BoundedChecks checks = new BoundedChecks(1, Duration.ofSeconds(10), Thread::new)) {
      assertThat(
              reason(
                  checks.run(
                      () -> {
                        throw new NullPointerException("COSDictionary.getItem");
                      })))
          .isEqualTo(UploadRefusal.DAMAGED);
      assertThat(reason(checks.run(() -> OK == null ? OK : failWithClassCast())))
          .isEqualTo(UploadRefusal.DAMAGED);
    }
  }

  @Test
  void whileACheckerIsHeldByAFileThatIgnoresItsCancellationOthersAreToldToTryAgain()
      throws Exception {
    try (BoundedChecks checks = new BoundedChecks(1, Duration.ofMillis(300), Thread::new)) {
      CountDownLatch running = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      Thread first =
          new Thread(
              () ->
                  checks.run(
                      () -> {
                        running.countDown();
                        ignoringInterrupts(release);
                        return OK;
                      }));
      first.start();
      assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();

      PdfVerdict second = checks.run(() -> OK);

      release.countDown();
      first.join();
      assertThat(reason(second)).isEqualTo(UploadRefusal.BUSY);
      assertThat(checks.run(() -> OK)).isEqualTo(OK);
    }
  }

  /** As a parse inside PDFBox does: it does not stop when the check is cancelled. */
  private static void ignoringInterrupts(CountDownLatch release) {
    while (release.getCount() > 0) {
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        // keeps running
      }
    }
  }

  private static int recurse(int depth) {
    return recurse(depth + 1) + 1;
  }

  private static PdfVerdict failWithClassCast() {
    Object notAVerdict = "text";
    return (PdfVerdict) notAVerdict;
  }

  private static UploadRefusal reason(PdfVerdict verdict) {
    assertThat(verdict).isInstanceOf(PdfVerdict.Refused.class);
    return ((PdfVerdict.Refused) verdict).reason();
  }
}

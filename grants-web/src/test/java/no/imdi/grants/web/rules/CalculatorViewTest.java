package no.imdi.grants.web.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import no.imdi.grants.complaint.ComplaintDeadline;
import no.imdi.grants.disability.DisabilityGrantSchedule;
import no.imdi.grants.disability.SettlementFacts;
import no.imdi.grants.integrationgrant.Household;
import no.imdi.grants.integrationgrant.IntegrationGrantCalculator;
import no.imdi.grants.integrationgrant.IntegrationGrantSettings;
import no.imdi.grants.integrationgrant.LimitationPeriod;
import no.imdi.grants.integrationgrant.SettledPerson;
import no.imdi.grants.rate.InMemoryRateTable;
import no.imdi.grants.rate.Rate;
import no.imdi.grants.rate.RateCode;
import no.imdi.grants.rate.RateTable;
import no.imdi.grants.rules.CalculatorAnswer;
import no.imdi.grants.shared.Nok;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The calculator's answer for the seed's settlement of 13.10.2023 (R-DL-1: first application by
 * 13.12.2024), seen on two days: the summary of what can be applied for with the next deadline and
 * the days left, deadlines marked as passed, the integration grant's total, the grant codes shown,
 * and the reasons in the reader's language as the rules wrote them.
 */
class CalculatorViewTest {

  private static final LocalDate SETTLED = LocalDate.of(2023, 10, 13);

  @ParameterizedTest(name = "{0}: {1} days left, passed {2}")
  @CsvSource({
    "2024-11-01, 42, false",
    "2024-12-13, 0, false",
    "2024-12-14, 0, true",
    "2023-10-13, 427, false"
  })
  void R_DL_1_daysLeftAreCountedFromToday(LocalDate today, long daysLeft, boolean passed) {
    DeadlineStatus status = DeadlineStatus.of(LocalDate.of(2024, 12, 13), today);
    assertThat(status.date()).isEqualTo("13.12.2024");
    assertThat(status.daysLeft()).isEqualTo(daysLeft);
    assertThat(status.passed()).isEqualTo(passed);
  }

  @Test
  void theSummaryStartsWithWhatCanBeAppliedForAndTheNextDeadline() {
    CalculatorView view =
        CalculatorView.of(answer(), Locale.forLanguageTag("nb"), day("2024-11-01"));
    CalculatorSummary summary = view.summary();
    assertThat(summary.items())
        .extracting(
            i -> i.kind(), i -> i.grantYear(), i -> i.deadline().date(), i -> i.deadline().passed())
        .containsExactly(
            tuple("firstApplication", null, "13.12.2024", false),
            tuple("laterT2", 2, "13.12.2025", false),
            tuple("claim", null, "13.10.2026", false),
            tuple("complaint", null, "24.09.2024", true));
    assertThat(summary.next().kind()).isEqualTo("firstApplication");
    assertThat(summary.next().deadline().daysLeft()).isEqualTo(42);
    assertThat(summary.total()).isEqualTo("241 100 kr");
    assertThat(summary.totalComplete()).isFalse();
    assertThat(summary.period()).isEqualTo("2023–2027");
    assertThat(summary.special()).isNull();
    assertThat(view.codes()).containsExactly("T1", "T2", "AR-1-EV", "AR-2", "AR-3", "AR-4", "AR-5");
  }

  @Test
  void passedDeadlinesAreMarkedAndTheNextOneStillOpenIsNamed() {
    CalculatorView view = CalculatorView.of(answer(), Locale.ENGLISH, day("2025-01-10"));
    assertThat(view.summary().items().get(0).deadline().passed()).isTrue();
    assertThat(view.summary().next().kind()).isEqualTo("laterT2");
    assertThat(view.disability().years())
        .extracting(y -> y.firstDeadline() == null ? null : y.firstDeadline().passed())
        .containsExactly(true, true, null, null, null);
    assertThat(view.limitationStatus().daysLeft()).isEqualTo(641);
  }

  @Test
  void reasonsAreShownInTheReadersLanguageAsTheRulesWroteThem() {
    CalculatorAnswer answer = answer();
    CalculatorView english = CalculatorView.of(answer, Locale.ENGLISH, day("2024-11-01"));
    CalculatorView bokmal =
        CalculatorView.of(answer, Locale.forLanguageTag("nb"), day("2024-11-01"));
    assertThat(english.disability().years().get(0).reason().text())
        .isEqualTo(answer.disability().year(1).explanation().english())
        .startsWith("Grant year 1: 13.10.2023–12.10.2024 (R-GY-1");
    assertThat(bokmal.disability().years().get(0).reason().text())
        .isEqualTo(answer.disability().year(1).explanation().norwegian())
        .contains("Frist for førstegangssøknad for tilskuddsår 1: 13.12.2024 (R-DL-1");
    assertThat(bokmal.limitation().text())
        .isEqualTo("Foreldelsesfrist 13.10.2026 (R-IG-7: tre år etter 13.10.2023).");
    assertThat(english.complaint().deadline().rules()).isEqualTo("R-AP-3");
  }

  @Test
  void aPersonOutsideTheTargetGroupIsToldSoInTheSummary() {
    CalculatorAnswer answer =
        new CalculatorAnswer(
            new DisabilityGrantSchedule(rates())
                .scheduleFor(
                    SettlementFacts.settledOn(SETTLED).withinIntegrationGrantScheme(false).build()),
            null,
            null,
            null,
            null);
    CalculatorSummary summary = CalculatorView.of(answer, Locale.ENGLISH, SETTLED).summary();
    assertThat(summary.items())
        .extracting(CalculatorSummary.Item::kind)
        .containsExactly("notInTargetGroup");
    assertThat(summary.next()).isNull();
    assertThat(summary.total()).isNull();
    assertThat(summary.period()).isNull();
  }

  private static CalculatorAnswer answer() {
    RateTable rates = rates();
    SettledPerson person =
        SettledPerson.of(SETTLED, LocalDate.of(1990, 5, 5), Household.SINGLE_ADULT, false, false);
    return new CalculatorAnswer(
        new DisabilityGrantSchedule(rates)
            .scheduleFor(
                SettlementFacts.settledOn(SETTLED).bornOn(LocalDate.of(1990, 5, 5)).build()),
        new IntegrationGrantCalculator(
                rates, IntegrationGrantSettings.withDefaultMoveSplit(3, false))
            .schedule(person),
        SETTLED,
        LimitationPeriod.limitationDate(SETTLED),
        ComplaintDeadline.forNotice(LocalDate.of(2024, 9, 3)));
  }

  private static RateTable rates() {
    return new InMemoryRateTable(
        List.of(
            new Rate(RateCode.T1, 2023, Nok.kroner(196_400), true, "seed 004"),
            new Rate(RateCode.T2, 2023, Nok.kroner(1_520_000), true, "seed 004"),
            new Rate(RateCode.AR_1_EV, 2023, Nok.kroner(241_100), false, "DOMAIN.md [verify]")));
  }

  private static LocalDate day(String iso) {
    return LocalDate.parse(iso);
  }
}

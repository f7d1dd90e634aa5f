package no.imdi.grants.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.export.ExportFormat;
import no.imdi.grants.payment.PaymentGroup;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.settlement.TargetGroup;
import no.imdi.grants.testsupport.Register;
import no.imdi.grants.testsupport.TestPersistence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The statistics figures from PostgreSQL against hand-counted fixtures (the counts are written out
 * in the comments): settled persons per year, municipality and target group (R-IG-1), applications
 * per year, kind and outcome (R-DEC-1), ledger amounts per instalment and payment group (R-PAY-3),
 * processing time per month (median and 90th percentile, Oslo days) and complaints per outcome
 * (R-AP-5 to R-AP-7); and the scope: Bergen never sees Oslo's numbers, also when it asks for them.
 */
class StatisticsServiceTest {

  static TestPersistence db;
  static StatisticsCalls calls;

  @BeforeAll
  static void plant() {
    db = new TestPersistence();
    Register.users(db);
    StatisticsFixtures.handCounted(db);
    calls = new StatisticsCalls(db);
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void settledPersonsPerYearMunicipalityAndTargetGroupR_IG_1() {
    SettledFigure all = calls.as("imdi.saksbehandler", s -> s.settled(StatisticsFilter.NONE));
    // 2022: the two case files' persons; the moved person counts for Oslo, which settled her
    assertThat(all.totals())
        .extracting(SettledCount::year, SettledCount::targetGroup, SettledCount::persons)
        .containsExactly(
            tuple(2022, TargetGroup.REFUGEE, 2L),
            tuple(2023, TargetGroup.HUMANITARIAN, 1L),
            tuple(2023, TargetGroup.REFUGEE, 3L),
            tuple(2024, TargetGroup.FAMILY_REUNIFIED, 2L),
            tuple(2024, TargetGroup.REFUGEE, 3L));
    assertThat(all.byMunicipality())
        .filteredOn(c -> c.year() == 2024)
        .extracting(
            SettledCount::countyName,
            SettledCount::municipalityName,
            SettledCount::targetGroup,
            SettledCount::persons)
        .containsExactly(
            tuple("Oslo", "Oslo", TargetGroup.REFUGEE, 2L),
            tuple("Rogaland", "Stavanger", TargetGroup.REFUGEE, 1L),
            tuple("Vestland", "Bergen", TargetGroup.FAMILY_REUNIFIED, 2L));

    SettledFigure rogaland2024 =
        calls.as(
            "imdi.saksbehandler", s -> s.settled(new StatisticsFilter(2024, 2024, "11", null)));
    assertThat(rogaland2024.totals())
        .extracting(SettledCount::year, SettledCount::targetGroup, SettledCount::persons)
        .containsExactly(tuple(2024, TargetGroup.REFUGEE, 1L));
    SettledFigure from2023 =
        calls.as("imdi.godkjenner", s -> s.settled(new StatisticsFilter(2023, null, null, "0301")));
    assertThat(from2023.totals())
        .extracting(SettledCount::year, SettledCount::targetGroup, SettledCount::persons)
        .containsExactly(
            tuple(2023, TargetGroup.HUMANITARIAN, 1L),
            tuple(2023, TargetGroup.REFUGEE, 2L),
            tuple(2024, TargetGroup.REFUGEE, 2L));
  }

  /** Every application, by hand; the supplement (R-REP-3) is not one of them. */
  static final List<ApplicationCount> APPLICATIONS =
      List.of(
          new ApplicationCount(2023, GrantKind.T1, 0, 0, 0, 0, 1, 0),
          new ApplicationCount(2023, GrantKind.T2, 0, 0, 1, 0, 0, 0),
          new ApplicationCount(2024, GrantKind.T1, 2, 0, 1, 1, 0, 1),
          new ApplicationCount(2024, GrantKind.T2, 1, 1, 0, 1, 0, 0));

  @Test
  void applicationsPerYearKindAndOutcomeR_DEC_1() {
    assertThat(calls.listAs("imdi.saksbehandler", s -> s.applications(StatisticsFilter.NONE)))
        .isEqualTo(APPLICATIONS);
    assertThat(
            calls.listAs(
                "imdi.saksbehandler",
                s -> s.applications(new StatisticsFilter(2024, 2024, "03", null))))
        .containsExactly(
            new ApplicationCount(2024, GrantKind.T1, 1, 0, 1, 0, 0, 1),
            new ApplicationCount(2024, GrantKind.T2, 1, 1, 0, 1, 0, 0));
  }

  @Test
  void amountsGrantedAndPaidPerInstalmentAndPaymentGroupR_PAY_3() {
    LocalDate march = LocalDate.of(2024, 3, 31);
    LocalDate june = LocalDate.of(2024, 6, 30);
    assertThat(calls.listAs("imdi.godkjenner", s -> s.amounts(StatisticsFilter.NONE)))
        .containsExactly(
            new AmountSum(
                march,
                StatisticsScheme.DISABILITY_GRANT,
                PaymentGroup.DISABILITY,
                49_999_50L,
                49_999_50L),
            new AmountSum(
                march,
                StatisticsScheme.INTEGRATION_GRANT,
                PaymentGroup.INTEGRATION_LATER_YEARS,
                500_000_00L,
                500_000_00L),
            new AmountSum(
                march,
                StatisticsScheme.INTEGRATION_GRANT,
                PaymentGroup.INTEGRATION_YEAR_ONE,
                1_300_000_00L,
                1_300_000_00L),
            // R-REP-3: the additional decision's 28 000 kr is money granted (approved, not paid)
            new AmountSum(
                june, StatisticsScheme.DISABILITY_GRANT, PaymentGroup.DISABILITY, 28_000_00L, 0L),
            new AmountSum(
                june,
                StatisticsScheme.INTEGRATION_GRANT,
                PaymentGroup.INTEGRATION_YEAR_ONE,
                400_000_00L,
                0L),
            new AmountSum(
                june,
                StatisticsScheme.UNACCOMPANIED_MINOR_GRANT,
                PaymentGroup.UNACCOMPANIED_MINOR,
                250_000_00L,
                0L));
    assertThat(
            calls.listAs(
                "imdi.godkjenner", s -> s.amounts(new StatisticsFilter(2025, null, null, null))))
        .isEmpty();
  }

  /** Every decided application's processing time, by hand; none in June 2024 (the supplement). */
  static final List<ProcessingTime> TIMES =
      List.of(
          new ProcessingTime(YearMonth.of(2023, 5), 1, days("10.0"), days("10.0")),
          new ProcessingTime(YearMonth.of(2024, 1), 4, days("15.0"), days("26.3")),
          // 4 and 30 days: median 17.0, p90 4 + 0.9 * 26 = 27.4
          new ProcessingTime(YearMonth.of(2024, 2), 2, days("17.0"), days("27.4")),
          new ProcessingTime(YearMonth.of(2024, 4), 1, days("7.0"), days("7.0")));

  @Test
  void processingTimeMedianAndNinetiethPercentilePerMonthInOsloDays() {
    assertThat(calls.listAs("imdi.saksbehandler", s -> s.processingTimes(StatisticsFilter.NONE)))
        .isEqualTo(TIMES);
    assertThat(
            calls.listAs(
                "imdi.saksbehandler",
                s -> s.processingTimes(new StatisticsFilter(2024, 2024, null, "0301"))))
        .containsExactly(
            new ProcessingTime(YearMonth.of(2024, 1), 4, days("15.0"), days("26.3")),
            new ProcessingTime(YearMonth.of(2024, 2), 1, days("4.0"), days("4.0")));
  }

  @Test
  void aSupplementIsNoApplicationNorProcessingTimeWhateverItsTimestampsR_REP_3() {
    // as if the claim's receipt were its submission: still no application of the municipality
    supplementSubmittedAt("decided_at - interval '9 days'");
    try {
      assertThat(calls.listAs("imdi.saksbehandler", s -> s.applications(StatisticsFilter.NONE)))
          .isEqualTo(APPLICATIONS);
      assertThat(calls.listAs("imdi.saksbehandler", s -> s.processingTimes(StatisticsFilter.NONE)))
          .isEqualTo(TIMES);
    } finally {
      supplementSubmittedAt("null");
    }
  }

  private static void supplementSubmittedAt(String value) {
    db.run(
        em ->
            em.createNativeQuery(
                    "update grant_application set submitted_at = "
                        + value
                        + " where supplement_of is not null")
                .executeUpdate());
  }

  @Test
  void complaintsPerOutcomeR_AP_5_to_R_AP_7() {
    assertThat(calls.listAs("imdi.saksbehandler", s -> s.complaints(StatisticsFilter.NONE)))
        .containsExactly(
            new ComplaintCount(2024, ComplaintOutcome.DISMISSED_LATE, 1),
            new ComplaintCount(2024, ComplaintOutcome.MINISTRY_UPHELD, 1),
            new ComplaintCount(2024, ComplaintOutcome.OPEN, 1),
            new ComplaintCount(2024, ComplaintOutcome.REVERSED, 1));
  }

  @Test
  void bergenSeesOnlyBergenAlsoWhenItAsksForOslo() {
    for (StatisticsFilter asked :
        List.of(
            StatisticsFilter.NONE,
            new StatisticsFilter(null, null, null, "0301"),
            new StatisticsFilter(null, null, null, "4601"))) {
      Statistics s = calls.as("kommune.bergen", service -> service.all(asked));
      assertThat(s.applied().municipalityNumber()).isEqualTo("4601");
      assertThat(s.settled().byMunicipality())
          .extracting(SettledCount::municipalityNumber, SettledCount::year, SettledCount::persons)
          .containsExactly(
              tuple("4601", 2022, 1L), tuple("4601", 2023, 1L), tuple("4601", 2024, 2L));
      assertThat(s.applications())
          .containsExactly(
              new ApplicationCount(2023, GrantKind.T2, 0, 0, 1, 0, 0, 0),
              new ApplicationCount(2024, GrantKind.T1, 1, 0, 0, 1, 0, 0));
      assertThat(s.amounts())
          .extracting(AmountSum::grantedOre)
          .containsExactly(300_000_00L, 400_000_00L);
      assertThat(s.processingTimes())
          .extracting(ProcessingTime::month, ProcessingTime::medianDays)
          .containsExactly(
              tuple(YearMonth.of(2023, 5), days("10.0")),
              tuple(YearMonth.of(2024, 2), days("30.0")),
              tuple(YearMonth.of(2024, 4), days("7.0")));
      assertThat(s.complaints())
          .containsExactly(new ComplaintCount(2024, ComplaintOutcome.DISMISSED_LATE, 1));
    }
    // asking for Oslo's county leaves nothing: Bergen is not in it
    Statistics oslosCounty =
        calls.as("kommune.bergen", s -> s.all(new StatisticsFilter(null, null, "03", null)));
    assertThat(oslosCounty.settled().totals()).isEmpty();
    assertThat(oslosCounty.applications()).isEmpty();
    assertThat(oslosCounty.amounts()).isEmpty();
    assertThat(calls.refusals)
        .anySatisfy(r -> assertThat(r).contains("kommune.bergen").contains("0301"));
  }

  @Test
  void bergensCsvExportHoldsNoOsloRowsEvenWhenItAsksForOslo() {
    String csv =
        calls.csv(
            "kommune.bergen",
            StatisticsExport.Figure.SETTLED,
            new StatisticsFilter(null, null, null, "0301"),
            "nb");
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "\uFEFF\"År\";\"Fylkesnummer\";\"Fylke\";\"Kommunenummer\";\"Kommune\";"
                + "\"Målgruppe\";\"Bosatte personer\"");
    assertThat(lines.subList(1, lines.size()))
        .containsExactly(
            "2022;\"46\";\"Vestland\";\"4601\";\"Bergen\";\"Flyktning\";1",
            "2023;\"46\";\"Vestland\";\"4601\";\"Bergen\";\"Flyktning\";1",
            "2024;\"46\";\"Vestland\";\"4601\";\"Bergen\";"
                + "\"Familiegjenforent med flyktning eller person med humanitært opphold\";2");
    assertThat(csv).doesNotContain("Oslo").doesNotContain("0301");
    assertThat(
            calls
                .csv("kommune.bergen", StatisticsExport.Figure.AMOUNTS, StatisticsFilter.NONE, "en")
                .lines())
        .containsExactly(
            "\uFEFF\"Instalment\";\"Scheme\";\"Payment group\";\"Granted (approved runs)\";"
                + "\"Paid\"",
            "31.03.2024;\"Integration grant\";\"Integration grant year 1 with one-off grants\";"
                + "300000,00;300000,00",
            "30.06.2024;\"Integration grant\";\"Integration grant year 1 with one-off grants\";"
                + "400000,00;0,00");
    assertThat(
            calls
                .csv(
                    "imdi.saksbehandler",
                    StatisticsExport.Figure.PROCESSING,
                    StatisticsFilter.NONE,
                    "nb")
                .lines())
        .contains("\"2024-01\";4;\"15,0\";\"26,3\"");
    assertThat(db.count("select count(*) from export_log")).isZero(); // aggregates: not logged
  }

  @Test
  void theAmountsXlsxHasNumbersInKronerAndDateCells() throws Exception {
    byte[] bytes =
        calls.export(
            "imdi.godkjenner",
            StatisticsExport.Figure.AMOUNTS,
            StatisticsFilter.NONE,
            ExportFormat.XLSX,
            "nb");
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook book =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
      org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("Beløp");
      assertThat(sheet.getLastRowNum()).isEqualTo(6); // six sums, with the R-REP-3 supplement
      org.apache.poi.ss.usermodel.Row disability = sheet.getRow(1); // 31.03.2024, DISABILITY
      assertThat(disability.getCell(0).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2024, 3, 31));
      assertThat(disability.getCell(2).getStringCellValue())
          .isEqualTo("Nedsatt funksjonsevne (T1/T2)");
      assertThat(BigDecimal.valueOf(disability.getCell(3).getNumericCellValue()))
          .isEqualByComparingTo("49999.50"); // 70 000,00 - 20 000,50
      assertThat(disability.getCell(3).getCellStyle().getDataFormatString()).contains("kr");
    }
  }

  @Test
  void oddFiltersAreRefusedWithTheFieldsProblem() {
    assertThat(calls.problems(new StatisticsFilter(2025, 2024, null, null)))
        .containsExactly("toYear:stats.filter.yearOrder");
    assertThat(calls.problems(new StatisticsFilter(12, 99999, "x1", "abc")))
        .containsExactly(
            "fromYear:stats.filter.year",
            "toYear:stats.filter.year",
            "county:stats.filter.county",
            "municipality:stats.filter.municipality");
    assertThat(calls.problems(new StatisticsFilter(null, null, "99", "9999")))
        .containsExactly(
            "county:stats.filter.noCounty", "municipality:stats.filter.noMunicipality");
  }

  @Test
  void theMinistryAndTheAdministratorGetNoStatistics() {
    assertThatThrownBy(() -> calls.as("departementet", s -> s.all(StatisticsFilter.NONE)))
        .isInstanceOf(AccessDeniedException.class);
  }

  private static BigDecimal days(String value) {
    return new BigDecimal(value);
  }
}

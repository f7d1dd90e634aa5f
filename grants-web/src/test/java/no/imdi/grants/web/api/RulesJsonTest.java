package no.imdi.grants.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import no.imdi.grants.calendar.NorwegianHolidays;
import no.imdi.grants.complaint.ComplaintDeadline;
import no.imdi.grants.complaint.RollForwardSetting;
import no.imdi.grants.disability.DisabilityGrantSchedule;
import no.imdi.grants.disability.SettlementFacts;
import no.imdi.grants.disability.cost.ContributionZone;
import no.imdi.grants.disability.cost.CostCalculator;
import no.imdi.grants.disability.cost.CostLine;
import no.imdi.grants.disability.cost.Measure;
import no.imdi.grants.integrationgrant.Household;
import no.imdi.grants.integrationgrant.IntegrationGrantCalculator;
import no.imdi.grants.integrationgrant.IntegrationGrantSettings;
import no.imdi.grants.integrationgrant.SettledPerson;
import no.imdi.grants.rate.InMemoryRateTable;
import no.imdi.grants.rate.Rate;
import no.imdi.grants.rate.RateCode;
import no.imdi.grants.rate.RateTable;
import no.imdi.grants.shared.Nok;
import org.junit.jupiter.api.Test;

/** The API's JSON of the rules' answers, written by the JSON-B implementation Payara ships. */
class RulesJsonTest {

  private static final Jsonb JSONB = JsonbConfigResolver.create();

  @Test
  void disabilityScheduleOfTheSeedsSettlementOf13October2023() {
    JsonObject json =
        write(
            DisabilityScheduleJson.of(
                new DisabilityGrantSchedule(seedRates())
                    .scheduleFor(SettlementFacts.settledOn(LocalDate.of(2023, 10, 13)).build()),
                ApiTexts.BOKMAL));

    assertThat(json.getBoolean("inTargetGroup")).isTrue();
    assertThat(json.getInt("maxT2Years")).isEqualTo(5);
    JsonArray years = json.getJsonArray("years");
    assertThat(years).hasSize(5);
    assertThat(years.stream().map(y -> y.asJsonObject().getString("deadline")))
        .containsExactly("2024-12-13", "2025-12-13", "2026-12-13", "2027-12-13", "2028-12-13");
    JsonObject first = years.getJsonObject(0);
    assertThat(first.getString("start")).isEqualTo("2023-10-13");
    assertThat(first.getString("end")).isEqualTo("2024-10-12");
    assertThat(first.getString("firstApplicationDeadline")).isEqualTo("2024-12-13");
    assertThat(first.getJsonNumber("t1Amount").longValue()).isEqualTo(196_400);
    assertThat(first.getJsonNumber("t2Cap").longValue()).isEqualTo(1_520_000);
    assertThat(first.getJsonArray("rules").getString(0)).isEqualTo("R-GY-1");
    assertThat(first.getString("explanation")).contains("Tilskuddsår 1: 13.10.2023–12.10.2024");
    JsonObject third = years.getJsonObject(2);
    assertThat(third.get("firstApplicationDeadline")).isEqualTo(JsonValue.NULL);
    assertThat(third.get("t1Amount")).isEqualTo(JsonValue.NULL);
    assertThat(third.get("t2Cap")).as("no 2025 rate is known").isEqualTo(JsonValue.NULL);
    assertThat(third.getBoolean("t2Possible")).isTrue();
  }

  @Test
  void theGrantYearFrom2February2023UsesThe2023Rates() {
    JsonObject first =
        write(
                DisabilityScheduleJson.of(
                    new DisabilityGrantSchedule(seedRates())
                        .scheduleFor(SettlementFacts.settledOn(LocalDate.of(2023, 2, 2)).build()),
                    Locale.ENGLISH))
            .getJsonArray("years")
            .getJsonObject(0);

    assertThat(first.getInt("rateYear")).isEqualTo(2023);
    assertThat(first.getString("end")).isEqualTo("2024-02-01");
    assertThat(first.getJsonNumber("t2Cap").longValue()).isEqualTo(1_520_000);
    assertThat(first.getString("explanation")).contains("Grant year 1");
  }

  @Test
  void costCalculationOfTheRuleBooksExample() {
    CostLine line =
        CostLine.directUserTime(
            "Miljøarbeider",
            Nok.kroner(250),
            new BigDecimal("1000"),
            new BigDecimal("0.12"),
            new BigDecimal("0.10"));
    JsonObject json =
        write(
            CostCalculationJson.of(
                new CostCalculator()
                    .calculate(ContributionZone.I, List.of(Measure.of("Bolig", line))),
                ApiTexts.BOKMAL));

    assertThat(json.getString("zone")).isEqualTo("I");
    assertThat(json.getJsonNumber("total").longValue()).isEqualTo(348_005);
    assertThat(json.getBoolean("meetsT1Threshold")).isTrue();
    assertThat(json.getBoolean("meetsT2Threshold")).isTrue();
    JsonObject measure = json.getJsonArray("measures").getJsonObject(0);
    assertThat(measure.getJsonNumber("total").longValue()).isEqualTo(348_005);
    JsonObject cost = measure.getJsonArray("lines").getJsonObject(0);
    assertThat(cost.getJsonNumber("pay").longValue()).isEqualTo(250_000);
    assertThat(cost.getJsonNumber("holidayPay").longValue()).isEqualTo(30_000);
    assertThat(cost.getJsonNumber("pension").longValue()).isEqualTo(25_000);
    assertThat(cost.getJsonNumber("employerContribution").longValue()).isEqualTo(43_005);
    assertThat(cost.getJsonNumber("total").longValue()).isEqualTo(348_005);
    assertThat(cost.getBoolean("covered")).isTrue();
    assertThat(cost.getString("reason")).contains("sum 348 005 kr (R-COST-7)");
  }

  @Test
  void complaintDeadlineInTheRequestedLanguage() {
    JsonObject json =
        write(
            ComplaintDeadlineJson.of(
                ComplaintDeadline.forNotice(LocalDate.of(2024, 9, 3), RollForwardSetting.DEFAULT),
                Locale.ENGLISH));

    assertThat(json.getString("noticeReceived")).isEqualTo("2024-09-03");
    assertThat(json.getString("plainDeadline")).isEqualTo("2024-09-24");
    assertThat(json.getString("deadline")).isEqualTo("2024-09-24");
    assertThat(json.getBoolean("rolledForward")).isFalse();
    assertThat(json.getJsonArray("rules").getString(0)).isEqualTo("R-AP-3");
    assertThat(json.getString("explanation")).startsWith("Complaint deadline 24.09.2024");
  }

  @Test
  void holidaysNamedInTheRequestedLanguage() {
    JsonObject json = write(HolidaysJson.of(2024, NorwegianHolidays.of(2024), Locale.ENGLISH));

    assertThat(json.getInt("year")).isEqualTo(2024);
    JsonObject first = json.getJsonArray("holidays").getJsonObject(0);
    assertThat(first.getString("date")).isEqualTo("2024-01-01");
    assertThat(first.getString("name")).isEqualTo("New Year's Day");
    assertThat(first.getString("nameNb")).isEqualTo("1. nyttårsdag");
  }

  @Test
  void integrationGrantWithTheSpecialGrantOfAnUnaccompaniedMinor() {
    SettledPerson person =
        SettledPerson.of(
            LocalDate.of(2023, 10, 13), LocalDate.of(2010, 5, 1), Household.CHILD, true, false);
    JsonObject json =
        write(
            IntegrationScheduleJson.of(
                new IntegrationGrantCalculator(
                        seedRates(), IntegrationGrantSettings.withDefaultMoveSplit(3, false))
                    .schedule(person),
                ApiTexts.BOKMAL));

    JsonObject first = json.getJsonArray("years").getJsonObject(0);
    assertThat(first.getInt("calendarYear")).isEqualTo(2023);
    assertThat(first.getJsonArray("codes").getString(0)).isEqualTo("AR-1-B");
    assertThat(first.get("total")).as("no AR-1-B rate").isEqualTo(JsonValue.NULL);
    JsonObject em = json.getJsonArray("specialGrant").getJsonObject(0);
    assertThat(em.getInt("calendarYear")).isEqualTo(2023);
    assertThat(em.getString("code")).isEqualTo("EMINB");
    assertThat(em.getJsonNumber("amount").longValue()).isEqualTo(1_118_000);
    assertThat(em.getBoolean("rateVerified")).isFalse();
  }

  private static JsonObject write(Object value) {
    return Json.createReader(new StringReader(JSONB.toJson(value))).readObject();
  }

  /** The rule book's T1/T2 rates of R-RATE-2 and the 2023 [verify] EM rates. */
  private static RateTable seedRates() {
    return new InMemoryRateTable(
        List.of(
            rate(RateCode.T1, 2023, 196_400, true),
            rate(RateCode.T1, 2024, 196_400, true),
            rate(RateCode.T2, 2023, 1_520_000, true),
            rate(RateCode.T2, 2024, 1_608_000, true),
            rate(RateCode.EMINB, 2023, 1_118_000, false),
            rate(RateCode.EMINU, 2023, 705_000, false)));
  }

  private static Rate rate(RateCode code, int year, long kroner, boolean verified) {
    return new Rate(code, year, Nok.kroner(kroner), verified, "test: DOMAIN.md R-RATE-2");
  }
}

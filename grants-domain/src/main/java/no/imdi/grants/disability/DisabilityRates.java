package no.imdi.grants.disability;

import static no.imdi.grants.disability.RuleIds.R_RATE_1;
import static no.imdi.grants.disability.RuleIds.R_RATE_2;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.imdi.grants.rate.Rate;
import no.imdi.grants.rate.RateCode;
import no.imdi.grants.rate.RateTable;
import no.imdi.grants.settlement.UdiHousing;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Formats;

/**
 * The T1 amount and the T2 cap of a grant year, taken only from the rate table. The rate and
 * circular (<i>rundskriv</i>) that apply are those of the calendar year in which the grant year
 * starts (R-RATE-1: the year 02.02.2023–01.02.2024 uses 2023). T1 is the T1 rate; the T2 cap is the
 * T2 rate, or the higher special-housing rate for a person settled from UDI's særskilt bo- og
 * omsorgsløsning or særskilt pleie- og omsorgsløsning after (not on) 16 June 2023 (R-RATE-2). When
 * the table has no row, there is no amount and the answer says so; no other rate is used instead.
 */
public final class DisabilityRates {

  static final LocalDate HIGHER_T2_CAP_SETTLED_AFTER = LocalDate.of(2023, 6, 16); // R-RATE-2

  private final RateTable table;

  public DisabilityRates(RateTable table) {
    this.table = Objects.requireNonNull(table, "table");
  }

  /** R-RATE-1: the calendar year whose rate and circular apply to the grant year. */
  public static int rateYear(GrantYear year) {
    return year.start().getYear();
  }

  /** R-RATE-2: the T1 amount for the grant year. */
  public AppliedRate t1Amount(GrantYear year) {
    return applied(RateCode.T1, year, "T1", "T1", "", "");
  }

  /** R-RATE-2: the T2 cap for the grant year of a person settled on the date from the housing. */
  public AppliedRate t2Cap(GrantYear year, UdiHousing housing, LocalDate settlementDate) {
    Objects.requireNonNull(housing, "housing");
    Objects.requireNonNull(settlementDate, "settlementDate");
    String from = housing.norwegian();
    String fromEn = housing.english();
    if (!housing.isCareSolution()) {
      return applied(RateCode.T2, year, "T2", "T2", "", "");
    }
    String settled = Formats.date(settlementDate);
    if (settlementDate.isAfter(HIGHER_T2_CAP_SETTLED_AFTER)) {
      return applied(
          RateCode.T2_SPECIAL_HOUSING,
          year,
          "T2 for personer bosatt fra " + from + " etter 16.06.2023",
          "T2 for persons settled from " + fromEn + " after 16.06.2023",
          " (bosatt " + settled + ")",
          " (settled " + settled + ")");
    }
    return applied(
        RateCode.T2,
        year,
        "T2",
        "T2",
        " (bosatt fra "
            + from
            + " "
            + settled
            + ", ikke etter 16.06.2023, så den særskilte"
            + " satsen gjelder ikke)",
        " (settled from "
            + fromEn
            + " on "
            + settled
            + ", not after 16.06.2023, so the special"
            + " rate does not apply)");
  }

  private AppliedRate applied(
      RateCode code, GrantYear year, String name, String nameEn, String note, String noteEn) {
    int rateYear = rateYear(year);
    Optional<Rate> row = table.find(code, rateYear);
    String starts = ", året tilskuddsår " + year.number() + " (" + year.period() + ") starter";
    String startsEn = ", the year grant year " + year.number() + " (" + year.period() + ") starts";
    if (row.isEmpty()) {
      return new AppliedRate(
          code,
          rateYear,
          null,
          false,
          Explanation.literal(
              List.of(R_RATE_1, R_RATE_2),
              "Ingen sats er kjent for "
                  + name
                  + note
                  + " i "
                  + rateYear
                  + starts
                  + " (R-RATE-1, R-RATE-2); beløpet kan ikke oppgis før en administrator har lagt"
                  + " inn satsen.",
              "No rate is known for "
                  + nameEn
                  + noteEn
                  + " in "
                  + rateYear
                  + startsEn
                  + " (R-RATE-1, R-RATE-2); the amount cannot be given until an administrator"
                  + " enters the rate."));
    }
    Rate rate = row.get();
    String upTo = code == RateCode.T1 ? "" : "inntil ";
    String upToEn = code == RateCode.T1 ? "" : "up to ";
    return new AppliedRate(
        code,
        rateYear,
        rate.amount(),
        rate.verified(),
        Explanation.literal(
            List.of(R_RATE_1, R_RATE_2),
            name
                + note
                + ": "
                + upTo
                + Formats.amount(rate.amount())
                + ", satsen for "
                + rateYear
                + starts
                + " (R-RATE-1, R-RATE-2; "
                + (rate.verified() ? "verifisert sats" : "satsen er ikke verifisert")
                + ").",
            nameEn
                + noteEn
                + ": "
                + upToEn
                + Formats.amount(rate.amount())
                + ", the rate of "
                + rateYear
                + startsEn
                + " (R-RATE-1, R-RATE-2; "
                + (rate.verified() ? "verified rate" : "rate not verified")
                + ")."));
  }
}

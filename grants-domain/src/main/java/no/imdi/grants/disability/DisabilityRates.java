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
import no.imdi.grants.shared.Reason;

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

  private static final List<String> RULES = List.of(R_RATE_1, R_RATE_2);
  private static final Reason T1 = Reason.phrase("R-RATE-2.t1");
  private static final Reason T2 = Reason.phrase("R-RATE-2.t2");

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
    return applied(RateCode.T1, year, T1);
  }

  /** R-RATE-2: the T2 cap for the grant year of a person settled on the date from the housing. */
  public AppliedRate t2Cap(GrantYear year, UdiHousing housing, LocalDate settlementDate) {
    Objects.requireNonNull(housing, "housing");
    Objects.requireNonNull(settlementDate, "settlementDate");
    if (!housing.isCareSolution()) {
      return applied(RateCode.T2, year, T2);
    }
    if (settlementDate.isAfter(HIGHER_T2_CAP_SETTLED_AFTER)) {
      return applied(
          RateCode.T2_SPECIAL_HOUSING,
          year,
          Reason.phrase("R-RATE-2.t2.special", housing, settlementDate));
    }
    return applied(
        RateCode.T2, year, Reason.phrase("R-RATE-2.t2.notSpecial", housing, settlementDate));
  }

  private AppliedRate applied(RateCode code, GrantYear year, Reason grant) {
    int rateYear = rateYear(year);
    Optional<Rate> row = table.find(code, rateYear);
    if (row.isEmpty()) {
      return new AppliedRate(
          code,
          rateYear,
          null,
          false,
          Explanation.of(RULES, "R-RATE-1.none", grant, rateYear, year.number(), year.period()));
    }
    Rate rate = row.get();
    String key =
        code == RateCode.T1
            ? rate.verified() ? "R-RATE-1.amount" : "R-RATE-1.amount.unverified"
            : rate.verified() ? "R-RATE-1.cap" : "R-RATE-1.cap.unverified";
    return new AppliedRate(
        code,
        rateYear,
        rate.amount(),
        rate.verified(),
        Explanation.of(RULES, key, grant, rate.amount(), rateYear, year.number(), year.period()));
  }
}

package no.imdi.grants.disability.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.imdi.grants.casefile.CaseMessage;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.disability.GrantKindRules;
import no.imdi.grants.disability.PriorGrants;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What may be applied for, as refusals with message keys, agreeing with {@link GrantKindRules}. */
class ApplicationEligibilityTest {

  @ParameterizedTest(name = "T1 for grant year {0}: allowed {1}")
  @DisplayName("R-T1-1: T1 is for grant year 1 or 2, and only once")
  @CsvSource({"1, true", "2, true", "3, false", "5, false"})
  void R_T1_1_t1OnlyForYearOneOrTwo(int year, boolean allowed) {
    Optional<Refusal> refused =
        ApplicationEligibility.check(GrantKind.T1, year, 5, PriorGrants.none());

    assertThat(refused.isEmpty()).isEqualTo(allowed);
    refused.ifPresent(r -> assertThat(r.reason()).isEqualTo(CaseMessage.ELIGIBILITY_T1_YEAR));
    assertThat(ApplicationEligibility.check(GrantKind.T1, 2, 5, PriorGrants.t1(1)))
        .hasValueSatisfying(r -> assertThat(r.rule()).isEqualTo("R-T1-1"));
  }

  @ParameterizedTest(name = "T1 after T2 granted for year {0}")
  @DisplayName("R-T1-2: T1 cannot be applied for once T2 has been granted")
  @CsvSource({"1", "2"})
  void R_T1_2_noT1AfterT2(int t2Year) {
    assertThat(ApplicationEligibility.check(GrantKind.T1, 2, 5, PriorGrants.t2(t2Year)))
        .hasValueSatisfying(
            r -> {
              assertThat(r.reason()).isEqualTo(CaseMessage.ELIGIBILITY_T1_AFTER_T2);
              assertThat(r.rule()).isEqualTo("R-T1-2");
            });
  }

  @ParameterizedTest(name = "T2 for grant year {0} of at most {1}: allowed {2}")
  @DisplayName("R-T2-1: T2 for each grant year within the person's years, once a year")
  @CsvSource({"1, 5, true", "5, 5, true", "6, 5, false", "10, 10, true", "11, 10, false"})
  void R_T2_1_t2WithinTheYears(int year, int max, boolean allowed) {
    PriorGrants prior = year == 1 ? PriorGrants.none() : PriorGrants.t2(year - 1);

    Optional<Refusal> refused = ApplicationEligibility.check(GrantKind.T2, year, max, prior);

    assertThat(refused.isEmpty()).isEqualTo(allowed);
    refused.ifPresent(r -> assertThat(r.reason()).isEqualTo(CaseMessage.ELIGIBILITY_T2_YEARS));
    assertThat(ApplicationEligibility.check(GrantKind.T2, 1, 5, PriorGrants.t2(1)))
        .hasValueSatisfying(
            r -> assertThat(r.reason()).isEqualTo(CaseMessage.ELIGIBILITY_T2_GRANTED));
  }

  @ParameterizedTest(name = "T2 for grant year {0} after T1 granted for year {1}")
  @DisplayName("R-T2-5: a year with a granted T1 is converted, not applied for as T2")
  @CsvSource({"1, 1", "2, 2"})
  void R_T2_5_aT1YearIsConverted(int year, int t1Year) {
    assertThat(ApplicationEligibility.check(GrantKind.T2, year, 5, PriorGrants.t1(t1Year)))
        .hasValueSatisfying(
            r -> {
              assertThat(r.reason()).isEqualTo(CaseMessage.ELIGIBILITY_USE_CONVERSION);
              assertThat(r.arguments()).containsExactly(year);
            });
  }

  @ParameterizedTest(name = "grant year {0} with a grant for year {1}: allowed {2}")
  @DisplayName("R-DL-3: a year after year 2 needs an earlier grant")
  @CsvSource({"3, 0, false", "3, 1, true", "3, 2, true", "4, 3, true", "4, 0, false"})
  void R_DL_3_laterYearsNeedAnEarlierGrant(int year, int grantedYear, boolean allowed) {
    PriorGrants prior = grantedYear == 0 ? PriorGrants.none() : PriorGrants.t2(grantedYear);

    Optional<Refusal> refused = ApplicationEligibility.check(GrantKind.T2, year, 5, prior);

    assertThat(refused.isEmpty()).isEqualTo(allowed);
    refused.ifPresent(
        r -> assertThat(r.reason()).isEqualTo(CaseMessage.ELIGIBILITY_NEEDS_EARLIER_GRANT));
  }

  @Test
  @DisplayName(
      "R-T-1: the same answer as GrantKindRules.mayApply for every grant, year and history")
  void R_T_1_agreesWithTheRuleBooksOwnCheck() {
    for (GrantKind kind : GrantKind.values()) {
      for (int max : new int[] {5, 10}) {
        for (int year = 1; year <= 11; year++) {
          for (PriorGrants prior : histories()) {
            boolean rules = GrantKindRules.mayApply(kind, year, max, prior).value();
            boolean ours = ApplicationEligibility.check(kind, year, max, prior).isEmpty();
            assertThat(ours)
                .as("%s year %d of %d after %s", kind, year, max, prior)
                .isEqualTo(rules);
          }
        }
      }
    }
  }

  private static List<PriorGrants> histories() {
    List<PriorGrants> all = new ArrayList<>();
    all.add(PriorGrants.none());
    all.add(PriorGrants.t1(1));
    all.add(PriorGrants.t1(2));
    all.add(PriorGrants.t2(1));
    all.add(PriorGrants.t2(1, 2, 3));
    all.add(new PriorGrants(1, Set.of(1)));
    all.add(new PriorGrants(2, Set.of(3, 4)));
    return all;
  }
}

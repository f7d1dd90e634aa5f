package no.imdi.grants.disability.application;

import static no.imdi.grants.disability.application.Cases.APPROVER;
import static no.imdi.grants.disability.application.Cases.MUNICIPALITY;
import static no.imdi.grants.disability.application.Cases.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.casefile.CaseMessage;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.shared.Period;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Starting applications and conversions in a case. */
class NewApplicationsTest {

  static final Period YEAR_1 = new Period(LocalDate.of(2023, 10, 13), LocalDate.of(2024, 10, 12));

  @Test
  void aGrantYearWithAnOpenOrGrantedApplicationIsRefusedWithTheReason() {
    Application open = Cases.submitted(GrantKind.T2, 1, 1000);
    CaseHistory history = new CaseHistory(List.of(open), false, false);

    assertThatThrownBy(
            () ->
                NewApplications.start(
                    open.getCaseFile(),
                    Cases.OSLO,
                    GrantKind.T2,
                    1,
                    ReportingBasis.ACCOUNTS,
                    5,
                    history,
                    MUNICIPALITY,
                    T0))
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> {
              assertThat(r.reason()).isEqualTo(CaseMessage.APPLICATION_YEAR_TAKEN);
              assertThat(r.arguments())
                  .containsExactly(1, GrantKind.T2, ApplicationState.SUBMITTED);
            });
  }

  @Test
  void aWithdrawnOrRefusedApplicationLeavesTheYearFree() {
    Application withdrawn = Cases.inState(ApplicationState.WITHDRAWN);
    Application refused = Cases.assessed(GrantKind.T2, 2, 1000);
    Cases.prepare(refused, DecisionDraft.refuse("Ikke dokumentert"))
        .decision()
        .approve(APPROVER, T0, null);
    CaseHistory history = new CaseHistory(List.of(withdrawn, refused), false, false);

    for (int year : new int[] {1, 2}) {
      assertThat(
              NewApplications.start(
                      withdrawn.getCaseFile(),
                      Cases.OSLO,
                      GrantKind.T2,
                      year,
                      ReportingBasis.BUDGET,
                      5,
                      history,
                      MUNICIPALITY,
                      T0)
                  .matter()
                  .getState())
          .isEqualTo(ApplicationState.DRAFT);
    }
  }

  @ParameterizedTest(name = "{0} with basis {1}")
  @DisplayName("R-REP-2: T2 is budget- or accounts-based; T1 has no accounts report (R-REP-1)")
  @CsvSource({"T2, , APPLICATION_BASIS_REQUIRED", "T1, BUDGET, APPLICATION_BASIS_T1"})
  void R_REP_2_reportingBasis(GrantKind kind, ReportingBasis basis, CaseMessage expected) {
    assertThatThrownBy(
            () ->
                NewApplications.start(
                    Cases.caseFile(),
                    Cases.OSLO,
                    kind,
                    1,
                    basis,
                    5,
                    Cases.noHistory(),
                    MUNICIPALITY,
                    T0))
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> {
              assertThat(r.reason()).isEqualTo(expected);
              assertThat(r.field()).isEqualTo("basis");
            });
  }

  @ParameterizedTest(name = "asked for on {0}: accepted {1}")
  @DisplayName("R-T2-5: a conversion of T1 into T2 only while the granted T1 grant year runs")
  @CsvSource({"2023-10-13, true", "2024-10-12, true", "2024-10-13, false"})
  void R_T2_5_conversionWhileTheT1PeriodRuns(LocalDate day, boolean accepted) {
    Application t1 = grantedT1();
    CaseHistory history = new CaseHistory(List.of(t1), false, false);

    if (accepted) {
      Application conversion =
          NewApplications.startConversion(
                  t1, Cases.OSLO, ReportingBasis.BUDGET, YEAR_1, history, day, MUNICIPALITY, T0)
              .matter();
      assertThat(conversion.getKind()).isEqualTo(GrantKind.T2);
      assertThat(conversion.getGrantYear()).isEqualTo(1);
      assertThat(conversion.getConversionOf()).isSameAs(t1);
      assertThat(conversion.isConversion()).isTrue();
    } else {
      assertThatThrownBy(
              () ->
                  NewApplications.startConversion(
                      t1,
                      Cases.OSLO,
                      ReportingBasis.BUDGET,
                      YEAR_1,
                      history,
                      day,
                      MUNICIPALITY,
                      T0))
          .isInstanceOfSatisfying(
              Refusal.class,
              r -> {
                assertThat(r.reason()).isEqualTo(CaseMessage.CONVERSION_PERIOD_ENDED);
                assertThat(r.arguments()).containsExactly(LocalDate.of(2024, 10, 12), day);
              });
    }
  }

  @Test
  @DisplayName(
      "R-T2-5: only a granted T1 converts, one conversion at a time, checked again on submit")
  void R_T2_5_onlyAGrantedT1OnceAtATime() {
    Application t2 = Cases.submitted(GrantKind.T2, 1, 1000);
    assertThatThrownBy(
            () ->
                NewApplications.startConversion(
                    t2,
                    Cases.OSLO,
                    ReportingBasis.BUDGET,
                    YEAR_1,
                    Cases.noHistory(),
                    LocalDate.of(2024, 1, 1),
                    MUNICIPALITY,
                    T0))
        .isInstanceOfSatisfying(
            Refusal.class,
            r -> assertThat(r.reason()).isEqualTo(CaseMessage.CONVERSION_NOT_GRANTED_T1));

    Application t1 = grantedT1();
    Application open =
        NewApplications.startConversion(
                t1,
                Cases.OSLO,
                ReportingBasis.BUDGET,
                YEAR_1,
                new CaseHistory(List.of(t1), false, false),
                LocalDate.of(2024, 1, 1),
                MUNICIPALITY,
                T0)
            .matter();
    CaseHistory both = new CaseHistory(List.of(t1, open), false, false);
    assertThatThrownBy(
            () ->
                NewApplications.startConversion(
                    t1,
                    Cases.OSLO,
                    ReportingBasis.BUDGET,
                    YEAR_1,
                    both,
                    LocalDate.of(2024, 1, 2),
                    MUNICIPALITY,
                    T0))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.reason()).isEqualTo(CaseMessage.CONVERSION_OPEN));

    open.saveDraft(Cases.content(1000), MUNICIPALITY, T0);
    Cases.attach(open, DocumentKind.CONSENT);
    Cases.attach(open, DocumentKind.HEALTH_DOCUMENTATION);
    Cases.attach(open, DocumentKind.BUDGET);
    SubmissionContext late =
        new SubmissionContext(
            LocalDate.of(2024, 10, 13), null, null, false, false, false, true, null, YEAR_1);
    assertThat(open.check(late).refusals())
        .extracting(SubmitProblem::message)
        .containsExactly(CaseMessage.CONVERSION_PERIOD_ENDED);
    SubmissionContext inTime =
        new SubmissionContext(
            LocalDate.of(2024, 10, 12), null, null, false, false, false, true, null, YEAR_1);
    assertThat(open.check(inTime).problems()).isEmpty();
  }

  private static Application grantedT1() {
    Application t1 = Cases.assessed(GrantKind.T1, 1, 1000);
    Cases.prepare(t1, DecisionDraft.grant(null)).decision().approve(APPROVER, T0, null);
    return t1;
  }
}

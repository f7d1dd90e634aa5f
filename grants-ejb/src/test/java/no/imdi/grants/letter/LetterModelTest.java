package no.imdi.grants.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.complaint.ComplaintDeadline;
import no.imdi.grants.complaint.DecisionKind;
import no.imdi.grants.disability.AccountsReportDue;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.disability.GrantPayout;
import no.imdi.grants.disability.PayoutSetting;
import no.imdi.grants.shared.Nok;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LetterModelTest {

  @Test
  @DisplayName("a person is named by initials and birth date only")
  void personByInitials() {
    assertThat(PersonRef.of("Amina", "Bakari", TestLetters.BIRTH_DATE).initials())
        .isEqualTo("A.B.");
    assertThat(PersonRef.of("ola jon", "Nordmann-Li", TestLetters.BIRTH_DATE).initials())
        .isEqualTo("O.J.N.L.");
    assertThat(PersonRef.of("Øyvind", "Ås", TestLetters.BIRTH_DATE).initials()).isEqualTo("Ø.Å.");
  }

  @ParameterizedTest(name = "\"{0}\" is not initials")
  @ValueSource(
      strings = {TestLetters.NATIONAL_ID, "Amina Bakari", "AB", "A.1.", "", "A.B.C.D.E.F.G."})
  @DisplayName("a national id or a name cannot pass for initials")
  void noNationalIdOrNameAsInitials(String initials) {
    assertThatThrownBy(() -> new PersonRef(initials, TestLetters.BIRTH_DATE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "case number \"{0}\" is refused")
  @ValueSource(strings = {"2026/123", "26/00123", "2026-00123", "2026/00123<b>", ""})
  @DisplayName("a case number is year and sequence, 2026/00123")
  void caseNumberShape(String caseNumber) {
    LetterModel good = TestLetters.refusal();
    assertThatThrownBy(
            () ->
                new LetterModel(
                    good.letterhead(),
                    good.recipient(),
                    caseNumber,
                    good.letterDate(),
                    good.ourReference(),
                    good.yourReference(),
                    good.person(),
                    good.content(),
                    good.signatories()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("R-PAY-1: the instalments of a grant letter pay exactly the amount granted")
  void R_PAY_1_instalmentsPayTheGrant() {
    GrantSubject subject = TestLetters.subject(GrantKind.T2, 1, LocalDate.of(2026, 2, 10));
    assertThatThrownBy(
            () ->
                new GrantLetter(
                    subject,
                    TestLetters.t2Measures(),
                    Nok.kroner(1_520_000),
                    true,
                    List.of(),
                    GrantPayout.afterDecision(
                        GrantKind.T2,
                        TestLetters.LETTER_DATE,
                        Nok.kroner(1_500_000),
                        PayoutSetting.DEFAULT),
                    AccountsReportDue.of(GrantKind.T2, subject.grantYear().period())))
        .hasMessageContaining("1 500 000 kr");
  }

  @Test
  @DisplayName("R-T2-1: a T2 grant is never more than the approved costs")
  void R_T2_1_neverMoreThanApproved() {
    GrantSubject subject = TestLetters.subject(GrantKind.T2, 1, LocalDate.of(2026, 2, 10));
    Nok tooMuch = Nok.kroner(1_550_001);
    assertThatThrownBy(
            () ->
                new GrantLetter(
                    subject,
                    TestLetters.t2Measures(),
                    tooMuch,
                    false,
                    List.of(),
                    GrantPayout.afterDecision(
                        GrantKind.T2, TestLetters.LETTER_DATE, tooMuch, PayoutSetting.DEFAULT),
                    AccountsReportDue.of(GrantKind.T2, subject.grantYear().period())))
        .hasMessageContaining("R-T2-1");
    assertThatThrownBy(() -> new MeasureAmount("Tolk", Nok.kroner(10), Nok.kroner(11)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("R-REP-1: a T1 grant letter states no accounts report")
  void R_REP_1_noReportForT1() {
    GrantSubject t1 = TestLetters.subject(GrantKind.T1, 1, LocalDate.of(2026, 2, 10));
    Nok rate = Nok.kroner(196_400);
    assertThatThrownBy(
            () ->
                new GrantLetter(
                    t1,
                    TestLetters.t2Measures(),
                    rate,
                    false,
                    List.of(),
                    GrantPayout.afterDecision(
                        GrantKind.T1, TestLetters.LETTER_DATE, rate, PayoutSetting.DEFAULT),
                    AccountsReportDue.of(GrantKind.T2, t1.grantYear().period())))
        .hasMessageContaining("R-REP-1");
  }

  @Test
  @DisplayName("R-DL-5: a request that came after the original deadline cannot be granted")
  void R_DL_5_lateRequestNotGranted() {
    GrantSubject late = TestLetters.subject(GrantKind.T2, 1, LocalDate.of(2026, 12, 14));
    assertThatThrownBy(
            () ->
                ExtensionReply.granted(
                    late, LocalDate.of(2026, 12, 13), LocalDate.of(2027, 2, 1), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(
            ExtensionReply.refused(
                    late,
                    LocalDate.of(2026, 12, 13),
                    List.of(new Reason("R-DL-5", "Anmodningen kom etter fristen.")))
                .isGranted())
        .isFalse();
  }

  @Test
  @DisplayName("R-T2-5: a conversion pays T2 less the T1 already paid")
  void R_T2_5_conversionPaysTheDifference() {
    ConversionReply reply = (ConversionReply) TestLetters.conversionGranted().content();
    assertThat(reply.toPay()).isEqualTo(Nok.kroner(640_000 - 196_400));

    GrantSubject subject = reply.subject();
    assertThatThrownBy(
            () ->
                ConversionReply.granted(
                    subject,
                    Nok.kroner(196_400),
                    reply.measures(),
                    Nok.kroner(640_000),
                    List.of(),
                    GrantPayout.afterDecision(
                        GrantKind.T2,
                        TestLetters.LETTER_DATE,
                        Nok.kroner(640_000),
                        PayoutSetting.DEFAULT),
                    AccountsReportDue.of(GrantKind.T2, subject.grantYear().period())))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("R-AP-3: the complaint deadline cannot count from before the letter was sent")
  void R_AP_3_deadlineCountsFromTheLetter() {
    DismissalLetter dismissal = (DismissalLetter) TestLetters.dismissal().content();
    DismissalLetter early =
        new DismissalLetter(
            dismissal.subject(),
            dismissal.rule(),
            dismissal.facts(),
            dismissal.reasons(),
            ComplaintDeadline.forNotice(LocalDate.of(2027, 1, 31)));
    assertThatThrownBy(() -> TestLetters.letter(early, LocalDate.of(2027, 2, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("a letter cannot be dated before what it answers arrived")
  void notBeforeTheApplication() {
    assertThatThrownBy(
            () -> TestLetters.letter(TestLetters.refusal().content(), LocalDate.of(2026, 2, 9)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("R-AP-1, R-AP-2: each kind notifies the decision that decides the complaint right")
  void R_AP_1_decisionPerKind() {
    assertThat(TestLetters.grantT2().content().decision()).contains(DecisionKind.PARTLY_GRANTED);
    assertThat(TestLetters.grantT1().content().decision()).contains(DecisionKind.GRANTED);
    assertThat(TestLetters.refusal().content().decision()).contains(DecisionKind.REFUSED);
    assertThat(TestLetters.dismissal().content().decision()).contains(DecisionKind.DISMISSED);
    assertThat(TestLetters.conversionGranted().content().decision()).contains(DecisionKind.GRANTED);
    assertThat(TestLetters.conversionRefused().content().decision()).contains(DecisionKind.REFUSED);
    assertThat(TestLetters.extensionGranted().content().decision()).isEmpty();
  }

  @Test
  @DisplayName("the document title names the kind and the case number")
  void title() {
    assertThat(TestLetters.dismissal().title())
        .isEqualTo("Avvisning av søknad om tilskudd – sak 2026/00123");
  }
}

package no.imdi.grants.letter;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import no.imdi.grants.complaint.ComplaintDeadline;
import no.imdi.grants.disability.AccountsReportDue;
import no.imdi.grants.disability.ApplicationDeadlines;
import no.imdi.grants.disability.DeadlineCheck;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.disability.GrantPayout;
import no.imdi.grants.disability.GrantYear;
import no.imdi.grants.disability.PayoutSetting;
import no.imdi.grants.disability.ReferenceDate;
import no.imdi.grants.shared.Explanation;
import no.imdi.grants.shared.Nok;
import no.imdi.grants.shared.Reasoned;

/**
 * Letters of every kind for one synthetic person, settled in Oslo on 13.10.2025 (the grant years
 * 13.10.2025–12.10.2026 and on), built the way the case flow will: from the rules' own answers.
 * Each call builds new objects; nothing is shared between tests.
 */
final class TestLetters {

  /** The synthetic national id of the person (month + 80), which no letter may show. */
  static final String NATIONAL_ID = "13829012345";

  static final String GIVEN_NAME = "Amina";
  static final String FAMILY_NAME = "Bakari";
  static final LocalDate BIRTH_DATE = LocalDate.of(1990, 2, 13);
  static final LocalDate SETTLED = LocalDate.of(2025, 10, 13);
  static final LocalDate LETTER_DATE = LocalDate.of(2026, 3, 2);
  static final Instant NOW = Instant.parse("2026-03-02T09:15:00Z");
  static final String CASE_NUMBER = "2026/00123";

  private TestLetters() {}

  static Clock clock() {
    return Clock.fixed(NOW, ZoneId.of("Europe/Oslo"));
  }

  static LetterModel letter(LetterContent content) {
    return letter(content, LETTER_DATE);
  }

  static LetterModel letter(LetterContent content, LocalDate letterDate) {
    return new LetterModel(
        Letterhead.imdi(),
        new Recipient(
            "Oslo kommune", "0301", List.of("Flyktningtjenesten", "Postboks 1", "0101 Oslo")),
        CASE_NUMBER,
        letterDate,
        CASE_NUMBER + "-4",
        "24/9876",
        PersonRef.of(GIVEN_NAME, FAMILY_NAME, BIRTH_DATE),
        content,
        new Signatories("Kari Saksbehandler", "Per Godkjenner"));
  }

  static GrantSubject subject(GrantKind kind, int year, LocalDate received) {
    return new GrantSubject(kind, GrantYear.of(SETTLED, year), received);
  }

  static List<MeasureAmount> t2Measures() {
    return List.of(
        new MeasureAmount("Miljøarbeider i bolig", Nok.kroner(1_200_000), Nok.kroner(1_150_000)),
        new MeasureAmount("Ledsager til aktiviteter", Nok.kroner(420_000), Nok.kroner(400_000)),
        new MeasureAmount("Tolk ved legebesøk", Nok.kroner(60_000), Nok.ZERO));
  }

  /** T2, granted in part: the interpreter is not covered and the costs are capped. */
  static LetterModel grantT2() {
    Nok granted = Nok.kroner(1_520_000);
    GrantSubject subject = subject(GrantKind.T2, 1, LocalDate.of(2026, 2, 10));
    return letter(
        new GrantLetter(
            subject,
            t2Measures(),
            granted,
            true,
            List.of(
                new Reason(
                    "R-T2-1, R-RATE-1",
                    "Godkjente kostnader 1 550 000 kr er over T2-satsen for 2025, så tilskuddet er"
                        + " 1 520 000 kr (R-T2-1, R-RATE-1)."),
                new Reason(
                    "R-COST-1",
                    "Tolk ved legebesøk dekkes av helsetjenesten og regnes ikke som en"
                        + " ekstraordinær kommunal kostnad.")),
            GrantPayout.afterDecision(GrantKind.T2, LETTER_DATE, granted, PayoutSetting.DEFAULT),
            AccountsReportDue.of(GrantKind.T2, subject.grantYear().period())));
  }

  /** T1, granted whole: the year's T1 rate, no accounts report. */
  static LetterModel grantT1() {
    Nok rate = Nok.kroner(196_400);
    GrantSubject subject = subject(GrantKind.T1, 1, LocalDate.of(2026, 2, 10));
    return letter(
        new GrantLetter(
            subject,
            List.of(new MeasureAmount("Støttekontakt", Nok.kroner(140_000), Nok.kroner(140_000))),
            rate,
            false,
            List.of(
                new Reason(
                    "R-T1-1",
                    "Godkjente kostnader 140 000 kr er minst 100 000 kr; tilskuddet er T1-satsen"
                        + " for 2025 (R-T1-1).")),
            GrantPayout.afterDecision(GrantKind.T1, LETTER_DATE, rate, PayoutSetting.DEFAULT),
            AccountsReportDue.of(GrantKind.T1, subject.grantYear().period())));
  }

  static LetterModel refusal() {
    return letter(
        new RefusalLetter(
            subject(GrantKind.T2, 1, LocalDate.of(2026, 2, 10)),
            List.of(
                new Reason(
                    "R-T-TG-2",
                    "Dokumentasjonen viser ikke at funksjonsnedsettelsen oppsto før bosettingen."),
                new Reason(
                    "R-T2-1",
                    "Godkjente kostnader 150 000 kr er under innslagspunktet for T2, 200 000 kr"
                        + " (R-T2-1)."))));
  }

  /** Year 1 applied for on 14.01.2027, after its deadline 13.12.2026 (R-DL-1, R-DL-6). */
  static LetterModel dismissal() {
    LocalDate received = LocalDate.of(2027, 1, 14);
    Reasoned<LocalDate> deadline =
        ApplicationDeadlines.firstApplicationDeadline(ReferenceDate.settlement(SETTLED), 1);
    Explanation late = DeadlineCheck.application(deadline.value(), null, received).explanation();
    LocalDate letterDate = LocalDate.of(2027, 2, 1);
    return letter(
        new DismissalLetter(
            subject(GrantKind.T2, 1, received),
            Reason.of(late),
            List.of(
                new DatedFact("Bosatt i kommunen", SETTLED),
                new DatedFact("Søknadsfrist (R-DL-1)", deadline.value()),
                new DatedFact("Søknaden kom inn", received)),
            List.of(Reason.of(deadline.explanation())),
            ComplaintDeadline.forNotice(letterDate)),
        letterDate);
  }

  static LetterModel extensionGranted() {
    return letter(
        ExtensionReply.granted(
            subject(GrantKind.T2, 1, LocalDate.of(2026, 2, 20)),
            LocalDate.of(2026, 12, 13),
            LocalDate.of(2027, 2, 15),
            List.of(
                Reason.of(
                    DeadlineCheck.extensionRequestInTime(
                            LocalDate.of(2026, 12, 13), LocalDate.of(2026, 2, 20))
                        .explanation()))));
  }

  static LetterModel extensionRefused() {
    return letter(
        ExtensionReply.refused(
            subject(GrantKind.T2, 1, LocalDate.of(2026, 2, 20)),
            LocalDate.of(2026, 12, 13),
            List.of(
                new Reason(
                    "R-DL-5",
                    "Kommunen har ikke vist hvorfor dokumentasjonen ikke kan skaffes innen"
                        + " fristen."))));
  }

  /** T1 granted (196 400 kr paid), converted into T2 for year 1. */
  static LetterModel conversionGranted() {
    Nok t1 = Nok.kroner(196_400);
    Nok t2 = Nok.kroner(640_000);
    GrantSubject subject = subject(GrantKind.T2, 1, LocalDate.of(2026, 2, 16));
    return letter(
        ConversionReply.granted(
            subject,
            t1,
            List.of(new MeasureAmount("Miljøarbeider i bolig", Nok.kroner(640_000), t2)),
            t2,
            List.of(
                new Reason(
                    "R-T2-5",
                    "Nye tiltak gir kostnader over 200 000 kr innen den innvilgede"
                        + " tilskuddsperioden (R-T2-5).")),
            GrantPayout.afterDecision(
                GrantKind.T2, LETTER_DATE, t2.minus(t1), PayoutSetting.DEFAULT),
            AccountsReportDue.of(GrantKind.T2, subject.grantYear().period())));
  }

  static LetterModel conversionRefused() {
    return letter(
        ConversionReply.refused(
            subject(GrantKind.T2, 1, LocalDate.of(2026, 2, 16)),
            Nok.kroner(196_400),
            List.of(
                new Reason(
                    "R-T2-5",
                    "Kostnadene til de nye tiltakene er samlet 150 000 kr og kommer ikke over"
                        + " 200 000 kr (R-T2-5)."))));
  }

  /** One letter of every kind, both outcomes of the replies, and the complaint letters. */
  static List<LetterModel> everyKind() {
    List<LetterModel> all =
        new java.util.ArrayList<>(
            List.of(
                grantT2(),
                grantT1(),
                refusal(),
                dismissal(),
                extensionGranted(),
                extensionRefused(),
                conversionGranted(),
                conversionRefused()));
    all.addAll(TestComplaintLetters.everyKind());
    return all;
  }

  static LetterModel withDate(LetterModel letter, LocalDate date) {
    return new LetterModel(
        letter.letterhead(),
        letter.recipient(),
        letter.caseNumber(),
        date,
        letter.ourReference(),
        letter.yourReference(),
        letter.person(),
        letter.content(),
        letter.signatories());
  }

  static LetterModel withRecipient(LetterModel letter, Recipient recipient) {
    return new LetterModel(
        letter.letterhead(),
        recipient,
        letter.caseNumber(),
        letter.letterDate(),
        letter.ourReference(),
        letter.yourReference(),
        letter.person(),
        letter.content(),
        letter.signatories());
  }
}

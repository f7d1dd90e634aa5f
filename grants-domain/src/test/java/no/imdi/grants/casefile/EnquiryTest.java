package no.imdi.grants.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import no.imdi.grants.security.Actor;
import no.imdi.grants.security.Role;
import no.imdi.grants.settlement.Person;
import no.imdi.grants.settlement.Sex;
import org.junit.jupiter.api.Test;

/** An enquiry's thread: the turn passes with each message; IMDi asks with a reply date; closed. */
class EnquiryTest {

  static final Instant AT = Instant.parse("2026-03-02T08:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  static final Actor OSLO = new Actor("kommune.oslo", Role.MUNICIPALITY_CASEWORKER);
  static final Actor EVA = new Actor("eva", Role.IMDI_CASEWORKER);

  @Test
  void eachMessagePassesTheTurn() {
    Created<Enquiry, EnquiryState> opened =
        Enquiry.open(caseFile(), null, "Endring i tiltak", "Vi har endret tiltaket.", OSLO, AT);
    Enquiry enquiry = opened.matter();

    assertThat(opened.change())
        .isEqualTo(
            new StateChange<>(
                "open", null, EnquiryState.WAITING_FOR_IMDI, "kommune.oslo", AT, null));
    StateChange<EnquiryState> answer = enquiry.reply("Takk, notert.", EVA, AT.plusSeconds(60));
    assertThat(answer.from()).isEqualTo(EnquiryState.WAITING_FOR_IMDI);
    assertThat(answer.to()).isEqualTo(EnquiryState.WAITING_FOR_MUNICIPALITY);
    assertThat(enquiry.getMessages())
        .extracting(EnquiryMessage::getSide)
        .containsExactly(Side.MUNICIPALITY, Side.IMDI);
    assertThat(enquiry.getLastMessageAt()).isEqualTo(AT.plusSeconds(60));

    assertThat(enquiry.close(EVA, AT, null).to()).isEqualTo(EnquiryState.CLOSED);
    assertThatThrownBy(() -> enquiry.reply("Hei igjen", OSLO, AT))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.reason()).isEqualTo(CaseMessage.ENQUIRY_CLOSED));
  }

  @Test
  void imdiAsksForDocumentationWithAReplyDateAfterToday() {
    assertThatThrownBy(
            () ->
                Enquiry.requestDocumentation(
                    caseFile(), 7, "Legeerklæring", "Send den", TODAY, TODAY, EVA, AT))
        .isInstanceOfSatisfying(
            Refusal.class, r -> assertThat(r.reason()).isEqualTo(CaseMessage.ENQUIRY_REPLY_DATE));
    assertThatThrownBy(
            () ->
                Enquiry.requestDocumentation(
                    caseFile(),
                    7,
                    "Legeerklæring",
                    "Send den",
                    TODAY.plusDays(21),
                    TODAY,
                    OSLO,
                    AT))
        .isInstanceOf(Refusal.class);

    Enquiry request =
        Enquiry.requestDocumentation(
                caseFile(), 7, "Legeerklæring", "Send den", TODAY.plusDays(21), TODAY, EVA, AT)
            .matter();

    assertThat(request.isDocumentationRequest()).isTrue();
    assertThat(request.getApplicationId()).isEqualTo(7);
    assertThat(request.getReplyBy()).isEqualTo(TODAY.plusDays(21));
    assertThat(request.getState()).isEqualTo(EnquiryState.WAITING_FOR_MUNICIPALITY);
  }

  @Test
  void onlyIMDiClosesAndOnlyCaseRolesWrite() {
    Enquiry enquiry = Enquiry.open(caseFile(), null, "Spørsmål", "Hei", OSLO, AT).matter();

    assertThatThrownBy(() -> enquiry.close(OSLO, AT, null)).isInstanceOf(Refusal.class);
    assertThatThrownBy(() -> enquiry.reply("Hei", new Actor("dep", Role.MINISTRY), AT))
        .isInstanceOf(Refusal.class);
    assertThatThrownBy(() -> enquiry.reply(" ", OSLO, AT))
        .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.field()).isEqualTo("text"));
  }

  private static CaseFile caseFile() {
    Person person = new Person("01010150000", "A", "B", LocalDate.of(2001, 1, 1), Sex.MALE);
    return CaseFile.open(new CaseNumber(2026, 1), Scheme.DISABILITY_GRANT, person, OSLO, AT);
  }
}

package no.imdi.grants.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.casefile.CaseFile;
import no.imdi.grants.casefile.CaseMessage;
import no.imdi.grants.casefile.CaseNumber;
import no.imdi.grants.casefile.MatterKind;
import no.imdi.grants.casefile.Refusal;
import no.imdi.grants.casefile.Scheme;
import no.imdi.grants.security.Actor;
import no.imdi.grants.security.Role;
import no.imdi.grants.settlement.Person;
import no.imdi.grants.settlement.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Journal entries shaped after Noark 5: type, party, title, screening, documents. */
class JournalEntryTest {

  static final Instant AT = Instant.parse("2026-03-02T08:00:00Z");
  static final LocalDate DAY = LocalDate.of(2026, 3, 2);
  static final DocumentRef PDF =
      new DocumentRef(java.util.UUID.randomUUID(), "application/pdf", 2048, "AB".repeat(32));

  @Test
  void anIncomingEntryNamesItsSenderAndHoldsItsDocuments() {
    JournalDraft draft =
        JournalDraft.incoming(
                DAY,
                "Oslo kommune",
                "Søknad om T2, tilskuddsår 1",
                Screening.HEALTH_DATA,
                List.of(new JournalDocument("Legeerklæring", PDF)))
            .about(MatterKind.APPLICATION, 5);

    JournalEntry entry = JournalEntry.write(draft, caseFile(), 1, "kommune.oslo", AT);

    assertThat(entry.getType().noarkCode()).isEqualTo("I");
    assertThat(entry.getParty()).isEqualTo("Oslo kommune");
    assertThat(entry.getScreening().legalBasis()).isEqualTo("offl. § 13, jf. fvl. § 13");
    assertThat(entry.getMatter()).isEqualTo(MatterKind.APPLICATION);
    assertThat(entry.getDocuments())
        .extracting(d -> d.document().sha256())
        .containsExactly("ab".repeat(32));
    assertThatThrownBy(() -> entry.getDocuments().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void incomingAndOutgoingEntriesNeedAPartyANoteDoesNot() {
    JournalDraft noSender = JournalDraft.incoming(DAY, null, "Brev", Screening.NONE, List.of());
    JournalDraft noRecipient = JournalDraft.outgoing(DAY, " ", "Vedtak", Screening.NONE, List.of());

    for (JournalDraft draft : List.of(noSender, noRecipient)) {
      assertThatThrownBy(() -> JournalEntry.write(draft, caseFile(), 1, "x", AT))
          .isInstanceOfSatisfying(
              Refusal.class,
              r -> assertThat(r.reason()).isEqualTo(CaseMessage.JOURNAL_PARTY_REQUIRED));
    }
    JournalEntry note =
        JournalEntry.write(
            JournalDraft.note(DAY, "Telefon med kommunen", null, List.of()),
            caseFile(),
            2,
            "x",
            AT);
    assertThat(note.getType()).isEqualTo(EntryType.NOTE);
    assertThat(note.getScreening()).isEqualTo(Screening.NONE);
  }

  @Test
  void aCorrectionIsANewEntryNamingTheOriginal() {
    CaseFile file = caseFile();
    JournalEntry original =
        JournalEntry.write(JournalDraft.note(DAY, "Notat", null, List.of()), file, 1, "x", AT);

    JournalEntry correction =
        JournalEntry.correct(
            original, JournalDraft.note(DAY, "Notat (rettet)", null, List.of()), 2, "x", AT);

    assertThat(correction.getCorrectsEntryId()).isEqualTo(original.getId());
    assertThat(correction.getCaseFile()).isSameAs(file);
    assertThat(correction.getNumber()).isEqualTo(2);
    assertThat(original.getTitle()).isEqualTo("Notat");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"abc", "", "zz00000000000000000000000000000000000000000000000000000000000000"})
  void aDocumentRefNeedsASha256(String sha) {
    assertThatThrownBy(
            () -> new DocumentRef(java.util.UUID.randomUUID(), "application/pdf", 1, sha))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static CaseFile caseFile() {
    Person person = new Person("01010150000", "A", "B", LocalDate.of(2001, 1, 1), Sex.MALE);
    return CaseFile.open(
        new CaseNumber(2026, 1),
        Scheme.DISABILITY_GRANT,
        person,
        new Actor("kommune.oslo", Role.MUNICIPALITY_CASEWORKER),
        AT);
  }
}

package no.imdi.grants.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the complaint letters say (R-AP): the rule ids and the paragraphs of forvaltningsloven come
 * from the templates; the late dismissal states its own complaint right, the statement its copy,
 * the ministry's decision its finality on the ministry's letterhead. PDF/A and PDF/UA of each kind
 * are checked with the other letters in {@link LetterPdfTest}.
 */
class ComplaintLetterPdfTest {

  private static final LetterRenderer RENDERER = new LetterRenderer(TestLetters.clock());

  @Test
  @DisplayName("R-AP-4, R-AP-5, R-AP-8: the receipt of a late complaint says it is assessed first")
  void receipt() throws IOException {
    assertThat(text(TestComplaintLetters.receipt()))
        .contains("Bekreftelse på mottatt klage", "sendt 27.02.2026", "vedtak 02.02.2026")
        .contains("kom etter klagefristen (R-AP-4, forvaltningsloven § 30)")
        .contains("(R-AP-5, forvaltningsloven § 31)", "svar innen 27.03.2026")
        .contains("(R-AP-8, forvaltningsloven § 11 a)")
        .doesNotContain("Kommunen kan klage", "R-AP-1");
  }

  @Test
  @DisplayName("R-AP-8: the interim reply gives the reason and the expected date")
  void interimReply() throws IOException {
    assertThat(text(TestComplaintLetters.interimReply()))
        .contains("Foreløpig svar på klage", "Mange klagesaker denne våren.")
        .contains("svar innen 15.04.2026", "R-AP-8");
  }

  @Test
  @DisplayName("R-AP-5, R-AP-2: a dismissed late complaint has its own complaint right")
  void lateDismissal() throws IOException {
    assertThat(text(TestComplaintLetters.lateDismissal()))
        .contains("IMDi avviser klagen", "(R-AP-5, forvaltningsloven § 31)")
        .contains("Kommunen kan klage", "Klagefrist", "klagefristen er da 23.03.2026");
  }

  @Test
  @DisplayName("R-AP-6: the reversal and the statement with its copy to the municipality")
  void reversalAndStatement() throws IOException {
    assertThat(text(TestComplaintLetters.reversal()))
        .contains("Omgjøring av vedtak etter klage", "forvaltningsloven § 33 andre ledd")
        .contains("portalen registrerte feil dato");
    assertThat(text(TestComplaintLetters.statement()))
        .contains("Til Arbeids- og inkluderingsdepartementet. Kopi til Oslo kommune.")
        .contains("IMDis uttalelse", "opprettholder avvisningen", "forvaltningsloven § 34");
  }

  @Test
  @DisplayName("R-AP-7: the ministry's decision, on its letterhead, is final")
  void ministryDecision() throws IOException {
    LetterModel imdi = TestComplaintLetters.ministryDecision();
    LetterModel ministry =
        new LetterModel(
            Letterhead.ministry(),
            imdi.recipient(),
            imdi.caseNumber(),
            imdi.letterDate(),
            imdi.ourReference(),
            imdi.yourReference(),
            imdi.person(),
            imdi.content(),
            Signatories.one("Mona Ministeriell"));
    String text = text(ministry);
    // R-AP-7: decided by one officer of the ministry, who signs once, for the ministry
    assertThat(text.split("Mona Ministeriell", -1)).hasSize(2);
    assertThat(text)
        .contains("Med hilsen Mona Ministeriell Arbeids- og inkluderingsdepartementet")
        .doesNotContain("godkjenner", "saksbehandler", "Kari Saksbehandler", "Per Godkjenner");
    assertThat(text)
        .contains("Arbeids- og inkluderingsdepartementet (AID)", "Vedtak i klagesak")
        .contains("Departementet endrer IMDis vedtak (R-AP-7, forvaltningsloven § 34)")
        .contains("kan ikke påklages videre (forvaltningsloven § 28 tredje ledd)")
        .contains("Kopi til Integrerings- og mangfoldsdirektoratet (IMDi)")
        .doesNotContain("Departementet stadfester", "Departementet avviser");
  }

  @Test
  @DisplayName("R-AP-6: the statement, prepared by one and approved by another, is signed by both")
  void statementSignedByBoth() throws IOException {
    assertThat(text(TestComplaintLetters.statement()))
        .contains("Per Godkjenner, godkjenner", "Kari Saksbehandler, saksbehandler");
  }

  @Test
  @DisplayName("every complaint letter names the case and the contested dismissal")
  void everyComplaintLetterNamesTheDismissal() throws IOException {
    for (LetterModel letter : List.copyOf(TestComplaintLetters.everyKind())) {
      assertThat(text(letter)).contains("Saksnummer 2026/00123", "vedtak 02.02.2026");
    }
  }

  private static String text(LetterModel letter) throws IOException {
    try (PDDocument document = Loader.loadPDF(RENDERER.render(letter).bytes())) {
      return new PDFTextStripper()
          .getText(document)
          .replace('\u00A0', ' ')
          .replaceAll("\\s*\\R\\s*", " ");
    }
  }
}

package no.imdi.grants.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import no.imdi.grants.complaint.ComplaintDeadline;
import no.imdi.grants.disability.GrantKind;
import no.imdi.grants.disability.GrantYear;
import no.imdi.grants.letter.DatedFact;
import no.imdi.grants.letter.DismissalLetter;
import no.imdi.grants.letter.GrantSubject;
import no.imdi.grants.letter.LetterModel;
import no.imdi.grants.letter.LetterRenderer;
import no.imdi.grants.letter.Letterhead;
import no.imdi.grants.letter.PersonRef;
import no.imdi.grants.letter.Reason;
import no.imdi.grants.letter.Recipient;
import no.imdi.grants.letter.RenderedLetter;
import no.imdi.grants.letter.Signatories;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Letters in the real container (Payara Micro): the injected renderer finds its templates and fonts
 * in the WAR's libraries, Mustache reads the view records, and openhtmltopdf writes a PDF whose
 * text PDFBox reads back.
 */
@ExtendWith(ArquillianExtension.class)
class LettersIT {

  @Deployment
  static WebArchive application() {
    return ShrinkWrap.createFromZipFile(
            WebArchive.class, new File(System.getProperty("grants.it.war")))
        .addClasses(LettersIT.class);
  }

  @Inject LetterRenderer renderer;

  @Test
  void aDismissalLetterIsRenderedInTheContainer() throws Exception {
    LocalDate received = LocalDate.of(2027, 1, 14);
    LocalDate letterDate = LocalDate.of(2027, 2, 1);
    LetterModel letter =
        new LetterModel(
            Letterhead.imdi(),
            new Recipient("Oslo kommune", "0301", List.of("Flyktningtjenesten")),
            "2027/00042",
            letterDate,
            "2027/00042-3",
            "",
            PersonRef.of("Amina", "Bakari", LocalDate.of(1990, 2, 13)),
            new DismissalLetter(
                new GrantSubject(
                    GrantKind.T2, GrantYear.of(LocalDate.of(2025, 10, 13), 1), received),
                new Reason("R-DL-6", "Søknaden kom 14.01.2027, etter fristen 13.12.2026."),
                List.of(new DatedFact("Søknadsfrist (R-DL-1)", LocalDate.of(2026, 12, 13))),
                List.of(),
                ComplaintDeadline.forNotice(letterDate)),
            new Signatories("Kari Saksbehandler", "Per Godkjenner"));

    RenderedLetter rendered = renderer.render(letter);

    byte[] pdf = rendered.bytes();
    assertEquals("%PDF-", new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document).replace('\u00A0', ' ');
      assertTrue(text.contains("Avvisning av søknad om tilskudd"), text);
      assertTrue(text.contains("klagefristen er da 22.02.2027"), text);
      assertEquals("nb", document.getDocumentCatalog().getLanguage());
      assertEquals(rendered.pageCount(), document.getNumberOfPages());
    }
  }
}

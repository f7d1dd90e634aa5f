package no.imdi.grants.letter;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import no.imdi.grants.shared.Formats;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class LetterPdfTest {

  private static final LetterRenderer RENDERER = new LetterRenderer(TestLetters.clock());

  static List<LetterModel> everyKind() {
    return TestLetters.everyKind();
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("everyKind")
  @DisplayName(
      "every letter kind is PDF/A-2a and PDF/UA-1 by veraPDF, has its metadata, and names the"
          + " case, date, references, person and signatories, never the national id or the name")
  void everyKind(LetterModel letter) throws Exception {
    RenderedLetter rendered = RENDERER.render(letter);
    byte[] pdf = rendered.bytes();

    assertThat(VeraPdf.validate(pdf, PDFAFlavour.PDFA_2_A).failures()).isEmpty();
    assertThat(VeraPdf.validate(pdf, PDFAFlavour.PDFUA_1).failures()).isEmpty();
    assertMetadata(letter, rendered);
    assertThat(text(pdf))
        .contains("Integrerings- og mangfoldsdirektoratet (IMDi)", "Oslo kommune")
        .contains("Saksnummer 2026/00123", "Vår referanse 2026/00123-4", "Deres referanse 24/9876")
        .contains("Dato " + Formats.date(letter.letterDate()))
        .contains("A.B., født 13.02.1990", "tilskuddsår 1 (13.10.2025–12.10.2026)")
        .contains("Per Godkjenner, godkjenner", "Kari Saksbehandler, saksbehandler")
        .doesNotContain(
            TestLetters.NATIONAL_ID, TestLetters.GIVEN_NAME, TestLetters.FAMILY_NAME, "null");
  }

  @Test
  @DisplayName("veraPDF does fail a PDF that is neither PDF/A nor tagged")
  void validatorIsNotBlind() throws IOException {
    try (PDDocument plain = new PDDocument()) {
      plain.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      var out = new java.io.ByteArrayOutputStream();
      plain.save(out);
      assertThat(VeraPdf.validate(out.toByteArray(), PDFAFlavour.PDFA_2_A).compliant()).isFalse();
      assertThat(VeraPdf.validate(out.toByteArray(), PDFAFlavour.PDFUA_1).compliant()).isFalse();
    }
  }

  @Test
  @DisplayName(
      "the letter is tagged: headings in order, tables with header cells, lists, paragraphs")
  void tagged() throws IOException {
    try (PDDocument document = Loader.loadPDF(RENDERER.render(TestLetters.dismissal()).bytes())) {
      List<String> tags = new ArrayList<>();
      collect(document.getDocumentCatalog().getStructureTreeRoot().getKids(), tags);

      assertThat(tags).contains("H1", "H2", "P", "Table", "Caption", "TH", "TD", "L", "LI");
      assertThat(tags.indexOf("H1")).isLessThan(tags.indexOf("H2"));
      assertThat(tags).filteredOn("H1"::equals).hasSize(1);
    }
  }

  private static void collect(List<Object> kids, List<String> tags) {
    for (Object kid : kids) {
      if (kid instanceof PDStructureElement element) {
        tags.add(element.getStandardStructureType());
        collect(element.getKids(), tags);
      }
    }
  }

  @Test
  @DisplayName("the same letter at the same time gives the same bytes")
  void reproducible() {
    assertThat(RENDERER.render(TestLetters.grantT2()).sha256())
        .isEqualTo(RENDERER.render(TestLetters.grantT2()).sha256());
  }

  @Test
  @DisplayName(
      "R-PAY-1, R-REP-1, R-AP-1: the T2 grant letter states amounts, payout, report and"
          + " no complaint right")
  void grantLetterText() throws IOException {
    String text = text(TestLetters.grantT2());

    assertThat(text)
        .contains("IMDi innvilger søknaden delvis. Kommunen får 1 520 000 kr i T2")
        .contains("Miljøarbeider i bolig 1 200 000 kr 1 150 000 kr")
        .contains("Tolk ved legebesøk 60 000 kr 0 kr")
        .contains("Sum 1 680 000 kr 1 550 000 kr")
        .contains("31.03.2026 primo april 2026 1 520 000 kr")
        .contains("regnskapsrapport for tilskuddsperioden innen 13.12.2026")
        .contains("(R-COST-1).")
        .contains("kan ikke påklages (R-AP-1)");
  }

  @Test
  @DisplayName("R-REP-1: the T1 grant letter states the rate and that no report is due")
  void t1LetterText() throws IOException {
    String text = text(TestLetters.grantT1());

    assertThat(text)
        .contains("Kommunen får 196 400 kr i T1")
        .contains("Ingen regnskapsrapport for T1 (R-REP-1).")
        .doesNotContain("Kommunen skal sende regnskapsrapport");
  }

  @Test
  @DisplayName(
      "R-AP-2, R-AP-3, R-AP-6: the dismissal states the rule, the dates, the complaint"
          + " right, deadline, where to send it, who decides, its content and access to documents")
  void dismissalText() throws IOException {
    String text = text(TestLetters.dismissal());

    assertThat(text)
        .contains("Søknaden kom 14.01.2027, etter fristen 13.12.2026, og skal avvises (R-DL-6).")
        .contains("Søknadsfrist (R-DL-1) 13.12.2026", "Søknaden kom inn 14.01.2027")
        .contains("enkeltvedtak (forvaltningsloven § 2 tredje ledd)")
        .contains("kommunen kan klage på det (R-AP-2, forvaltningsloven § 28)")
        .contains("Klagen sendes til IMDi")
        .contains("Arbeids- og inkluderingsdepartementet, som avgjør den")
        .contains("tre uker fra den dagen dette brevet kom fram til kommunen")
        .contains("(R-AP-3, forvaltningsloven § 29)")
        .contains("klagefristen er da 22.02.2027")
        .contains("Hva klagen skal inneholde", "være undertegnet", "nevne vedtaket")
        .contains("rett til å se dokumentene i saken", "forvaltningsloven § 18, jf. § 27")
        .doesNotContain("R-AP-1");
  }

  @Test
  @DisplayName("R-DL-5: the extension replies state the old and the new deadline")
  void extensionText() throws IOException {
    assertThat(text(TestLetters.extensionGranted()))
        .contains("Den opprinnelige søknadsfristen er 13.12.2026")
        .contains("Ny frist for å søke om T2 for tilskuddsår 1 er 15.02.2027 (R-DL-5)")
        .doesNotContain("klage");
    assertThat(text(TestLetters.extensionRefused()))
        .contains("IMDi avslår søknaden om utsatt søknadsfrist")
        .contains("er fortsatt 13.12.2026");
  }

  @Test
  @DisplayName("R-T2-5: the conversion reply deducts the T1 paid")
  void conversionText() throws IOException {
    assertThat(text(TestLetters.conversionGranted()))
        .contains("T2 utgjør 640 000 kr. T1 som er utbetalt, 196 400 kr, trekkes fra")
        .contains("IMDi utbetaler 443 600 kr (R-T2-5)")
        .contains("31.03.2026 primo april 2026 443 600 kr")
        .contains("innen 13.12.2026")
        .contains("kan ikke påklages (R-AP-1)");
    assertThat(text(TestLetters.conversionRefused()))
        .contains("IMDi avslår søknaden om å gjøre om T1 til T2")
        .contains("kan ikke påklages (R-AP-1)");
  }

  @Test
  @DisplayName("hostile values are shown as text, and the letter is still PDF/A-2a")
  void hostileValuesInThePdf() throws IOException {
    LetterModel letter =
        TestLetters.withRecipient(
            TestLetters.grantT2(),
            new Recipient(
                "<script>alert(1)</script> & Co",
                "0301",
                List.of("Tiltak 漢字 \u202Eevil", "A\u0000B")));
    byte[] pdf = RENDERER.render(letter).bytes();

    assertThat(text(pdf)).contains("<script>alert(1)</script> & Co", "Tiltak \uFFFD\uFFFD evil");
    assertThat(VeraPdf.validate(pdf, PDFAFlavour.PDFA_2_A).failures()).isEmpty();
    assertThat(VeraPdf.validate(pdf, PDFAFlavour.PDFUA_1).failures()).isEmpty();
  }

  /** Title, author, language, creation date from the clock, checksum and pages. */
  private static void assertMetadata(LetterModel letter, RenderedLetter rendered) throws Exception {
    byte[] pdf = rendered.bytes();
    assertThat(rendered.size()).isEqualTo(pdf.length);
    assertThat(rendered.sha256())
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
    assertThat(rendered.title()).isEqualTo(letter.title());
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDDocumentInformation info = document.getDocumentInformation();
      assertThat(info.getTitle()).isEqualTo(letter.title());
      assertThat(info.getAuthor()).isEqualTo("IMDi");
      assertThat(info.getCreationDate().toInstant()).isEqualTo(TestLetters.NOW);
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("nb");
      assertThat(document.getNumberOfPages()).isEqualTo(rendered.pageCount());
      XMPMetadata xmp =
          new DomXmpParser().parse(document.getDocumentCatalog().getMetadata().toByteArray());
      assertThat(xmp.getXMPBasicSchema().getCreateDate().toInstant()).isEqualTo(TestLetters.NOW);
      assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(2);
      assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("A");
      assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo(letter.title());
      assertThat(new String(document.getDocumentCatalog().getMetadata().toByteArray(), UTF_8))
          .contains("<pdfuaid:part>1</pdfuaid:part>")
          .doesNotContain(letter.person().initials());
      assertThat(info.getSubject()).doesNotContain(letter.person().initials());
    }
  }

  private static String text(LetterModel letter) throws IOException {
    return text(RENDERER.render(letter).bytes());
  }

  /** The text as PDFBox reads it, lines joined, no-break spaces as spaces. */
  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper()
          .getText(document)
          .replace('\u00A0', ' ')
          .replaceAll("\\s*\\R\\s*", " ");
    }
  }
}

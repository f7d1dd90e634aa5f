package no.imdi.grants.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.ThreadFactory;
import javax.sql.DataSource;
import no.imdi.grants.document.DocumentIntake;
import no.imdi.grants.document.IntakeResult;
import no.imdi.grants.document.PdfInspector;
import no.imdi.grants.document.PostgresDocumentStore;
import no.imdi.grants.document.UploadLimits;
import no.imdi.grants.journal.DocumentRef;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The demo cases' documents: small one-page PDFs made with PDFBox when the demo is loaded (a
 * heading, a few lines, and the note that the document is synthetic), received through the same
 * {@link DocumentIntake} and {@link PdfInspector} as an upload, so that only what an upload could
 * be is stored. The bytes go to {@code stored_document} on the given data source.
 */
final class DemoDocuments implements AutoCloseable {

  static final String SYNTHETIC =
      "Syntetisk demodokument: ingen ekte person, ingen ekte helseopplysninger.";

  private final PdfInspector inspector;
  private final DocumentIntake intake;
  private final Clock clock;

  DemoDocuments(DataSource dataSource, Clock clock, ThreadFactory threads) {
    this.inspector = new PdfInspector(UploadLimits.defaults(), threads);
    this.intake = new DocumentIntake(inspector, new PostgresDocumentStore(dataSource), clock);
    this.clock = clock;
  }

  /** A PDF with the title and the lines, stored as received from the user; its reference. */
  DocumentRef receive(String fileName, String title, List<String> lines, String receivedBy) {
    byte[] pdf = pdf(title, lines, LocalDate.now(clock));
    IntakeResult result = intake.receive(fileName, new ByteArrayInputStream(pdf), receivedBy);
    if (result instanceof IntakeResult.Stored stored) {
      return DocumentRef.of(stored.document());
    }
    throw new IllegalStateException(
        "The demo document " + fileName + " was refused: " + ((IntakeResult.Refused) result));
  }

  /** A one-page PDF of the title and the lines in Helvetica (WinAnsi holds æ, ø and å). */
  static byte[] pdf(String title, List<String> lines, LocalDate date) {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      try (PDPageContentStream text = new PDPageContentStream(document, page)) {
        text.beginText();
        text.newLineAtOffset(72, 770);
        text.setFont(bold, 16);
        text.showText(title);
        text.setFont(regular, 11);
        text.setLeading(16);
        text.newLine();
        text.newLine();
        for (String line : lines) {
          text.showText(line);
          text.newLine();
        }
        text.newLine();
        text.showText("Dato: " + PdfDates.norwegian(date));
        text.newLine();
        text.newLine();
        text.setFont(bold, 10);
        text.showText(SYNTHETIC);
        text.endText();
      }
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(title);
      info.setProducer("Tilskudd demodata");
      info.setCreationDate(PdfDates.calendar(date));
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not make the demo document " + title, e);
    }
  }

  @Override
  public void close() {
    inspector.close();
  }

  /** Dates as the documents show them and as PDF's information dictionary takes them. */
  private static final class PdfDates {

    static String norwegian(LocalDate date) {
      return String.format(
          "%02d.%02d.%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    static Calendar calendar(LocalDate date) {
      Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("Europe/Oslo"));
      calendar.clear();
      calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 12, 0, 0);
      return calendar;
    }
  }
}

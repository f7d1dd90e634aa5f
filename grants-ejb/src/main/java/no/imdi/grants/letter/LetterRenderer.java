package no.imdi.grants.letter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.GregorianCalendar;
import java.util.Objects;

/**
 * Produces a letter: the {@link LetterModel} through its bokmål template to XHTML, and that to a
 * PDF/A-2a declared PDF/UA-1, with the title, author ({@code IMDi}), language {@code nb} and a
 * creation date from the injected clock. Thread-safe; templates and fonts are loaded once. Usable
 * from an EJB (inject it) and outside a container ({@code new LetterRenderer(clock)}).
 */
@ApplicationScoped
public class LetterRenderer {

  static final String PRODUCER = "Tilskudd (openhtmltopdf 1.1.37, PDFBox 3)";

  private final Clock clock;
  private final LetterTemplates templates;
  private final PdfLetterWriter writer;

  /** For the CDI proxy only. */
  protected LetterRenderer() {
    this.clock = null;
    this.templates = null;
    this.writer = null;
  }

  @Inject
  public LetterRenderer(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    LetterFonts fonts = LetterFonts.load();
    this.templates = new LetterTemplates(new XmlText(fonts::canDisplay));
    this.writer = new PdfLetterWriter(fonts);
  }

  /** The letter as PDF/A-2a. */
  public RenderedLetter render(LetterModel letter) {
    String xhtml = html(letter);
    ZonedDateTime now = ZonedDateTime.now(clock);
    PdfLetterWriter.Pdf pdf = writer.write(xhtml, GregorianCalendar.from(now), PRODUCER);
    return RenderedLetter.of(pdf.bytes(), letter.title(), pdf.pageCount());
  }

  /** The letter's XHTML, as the PDF is made from (for previews and tests). */
  public String html(LetterModel letter) {
    Objects.requireNonNull(letter, "letter");
    return templates.html(letter.kind(), LetterViews.of(letter));
  }
}

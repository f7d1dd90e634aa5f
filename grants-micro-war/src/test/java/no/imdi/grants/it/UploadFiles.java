package no.imdi.grants.it;

import com.microsoft.playwright.options.FilePayload;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

/**
 * Files for the upload tests, made here with PDFBox: a small valid PDF, and the attacks the
 * document intake must refuse (a PNG named .pdf, an encrypted PDF, a PDF with JavaScript, a
 * truncated PDF, a file over the size limit).
 */
final class UploadFiles {

  private interface Change {
    void apply(PDDocument document) throws IOException;
  }

  private UploadFiles() {}

  static FilePayload validPdf(String name) {
    return pdf(name, build(doc -> {}));
  }

  static FilePayload renamedPng() {
    BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return pdf("skann.pdf", out.toByteArray());
  }

  static FilePayload encryptedPdf() {
    return pdf(
        "kryptert.pdf",
        build(
            doc -> {
              StandardProtectionPolicy policy =
                  new StandardProtectionPolicy("eier-hemmelig", "bruker", new AccessPermission());
              policy.setEncryptionKeyLength(128);
              doc.protect(policy);
            }));
  }

  static FilePayload javaScriptPdf() {
    return pdf(
        "skript.pdf",
        build(
            doc ->
                doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert(1);"))));
  }

  static FilePayload truncatedPdf() {
    byte[] valid = build(doc -> {});
    return pdf("avkortet.pdf", Arrays.copyOf(valid, valid.length / 2));
  }

  /** One byte over the 20 MB limit of an upload (the container's and the intake's). */
  static FilePayload oversized() {
    byte[] bytes = new byte[20 * 1024 * 1024 + 1];
    System.arraycopy(
        "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, bytes, 0, 9);
    return pdf("stor.pdf", bytes);
  }

  private static FilePayload pdf(String name, byte[] bytes) {
    return new FilePayload(name, "application/pdf", bytes);
  }

  private static byte[] build(Change change) {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
        text.beginText();
        text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        text.newLineAtOffset(72, 720);
        text.showText("Informert samtykke - testdokument");
        text.endText();
      }
      change.apply(doc);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

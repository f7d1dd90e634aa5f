package no.imdi.grants.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionImportData;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionSubmitForm;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.action.PDFormFieldAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * PDFs for the tests, made with PDFBox itself: a valid letter, and the hostile variants an upload
 * must refuse, each a small change to the valid one.
 */
final class TestPdfs {

  private TestPdfs() {}

  /** A valid PDF of some pages of text, saved with object streams (PDFBox 3's default). */
  static byte[] valid(int pages) {
    return build(pages, doc -> {}, true);
  }

  /** The same, saved with a classic cross-reference table and no object streams. */
  static byte[] validUncompressed(int pages) {
    return build(pages, doc -> {}, false);
  }

  static byte[] noPages() {
    return build(0, doc -> {}, false);
  }

  static byte[] renamedPng() {
    BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] userPassword() {
    return build(1, doc -> protect(doc, "eier-hemmelig", "bruker-hemmelig"), false);
  }

  static byte[] ownerPasswordOnly() {
    return build(1, doc -> protect(doc, "eier-hemmelig", ""), false);
  }

  static byte[] documentJavaScript() {
    return build(
        1,
        doc -> {
          PDJavascriptNameTreeNode scripts = new PDJavascriptNameTreeNode();
          scripts.setNames(Map.of("init", new PDActionJavaScript("app.alert('hei');")));
          names(doc).setJavascript(scripts);
        },
        true);
  }

  static byte[] openActionJavaScript() {
    return build(
        1,
        doc -> doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert(1);")),
        false);
  }

  static byte[] linkJavaScriptUri() {
    PDActionURI uri = new PDActionURI();
    uri.setURI("  JavaScript:app.alert(1)");
    return build(1, doc -> link(doc, uri), false);
  }

  static byte[] outlineJavaScript() {
    return build(
        1,
        doc -> {
          PDDocumentOutline outline = new PDDocumentOutline();
          PDOutlineItem first = new PDOutlineItem();
          first.setTitle("Innhold");
          PDOutlineItem second = new PDOutlineItem();
          second.setTitle("Vedlegg");
          second.setAction(new PDActionJavaScript("this.print();"));
          outline.addLast(first);
          outline.addLast(second);
          doc.getDocumentCatalog().setDocumentOutline(outline);
        },
        true);
  }

  static byte[] fieldJavaScript() {
    return build(
        1,
        doc -> {
          PDAcroForm form = new PDAcroForm(doc);
          doc.getDocumentCatalog().setAcroForm(form);
          PDTextField field = new PDTextField(form);
          field.setPartialName("belop");
          PDFormFieldAdditionalActions actions = new PDFormFieldAdditionalActions();
          actions.setK(new PDActionJavaScript("AFNumber_Keystroke(2, 0, 0, 0, '', true);"));
          field.setActions(actions);
          PDAnnotationWidget widget = field.getWidgets().get(0);
          PDPage page = doc.getPage(0);
          widget.setRectangle(new PDRectangle(72, 600, 200, 20));
          widget.setPage(page);
          annotate(page, widget);
          form.getFields().add(field);
        },
        false);
  }

  static byte[] launchAction() {
    PDActionLaunch launch = new PDActionLaunch();
    PDComplexFileSpecification program = new PDComplexFileSpecification();
    program.setFile("C:\\Windows\\System32\\cmd.exe");
    launch.setFile(program);
    return build(1, doc -> link(doc, launch), false);
  }

  static byte[] submitFormAction() {
    PDActionSubmitForm submit = new PDActionSubmitForm();
    PDComplexFileSpecification target = new PDComplexFileSpecification();
    target.setFile("https://example.invalid/collect");
    submit.setFile(target);
    return build(1, doc -> link(doc, submit), true);
  }

  static byte[] importDataAction() {
    PDActionImportData importData = new PDActionImportData();
    PDComplexFileSpecification source = new PDComplexFileSpecification();
    source.setFile("data.fdf");
    importData.setFile(source);
    return build(1, doc -> doc.getDocumentCatalog().setOpenAction(importData), false);
  }

  static byte[] embeddedFile() {
    return build(
        1,
        doc -> {
          PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
          files.setNames(Map.of("faktura.exe", attachment(doc, "faktura.exe")));
          names(doc).setEmbeddedFiles(files);
        },
        true);
  }

  static byte[] fileAttachmentAnnotation() {
    return build(
        1,
        doc -> {
          PDAnnotationFileAttachment annotation = new PDAnnotationFileAttachment();
          annotation.setRectangle(new PDRectangle(72, 500, 20, 20));
          annotation.setFile(attachment(doc, "vedlegg.docm"));
          annotate(doc.getPage(0), annotation);
        },
        false);
  }

  /** A page that opens a web address by itself when it is shown: no script, still refused. */
  static byte[] pageOpenAction() {
    PDActionURI beacon = new PDActionURI();
    beacon.setURI("https://example.invalid/seen");
    return build(
        1,
        doc -> {
          PDPageAdditionalActions actions = new PDPageAdditionalActions();
          actions.setO(beacon);
          doc.getPage(0).setActions(actions);
        },
        false);
  }

  static byte[] xfaScript() {
    String xml =
        "<xdp:xdp xmlns:xdp=\"http://ns.adobe.com/xdp/\"><template><subform><field name=\"a\">"
            + "<event activity=\"initialize\"><script contentType=\"application/x-javascript\">"
            + "app.alert(1)</script></event></field></subform></template></xdp:xdp>";
    return build(1, doc -> xfa(doc, xml.getBytes(StandardCharsets.UTF_8)), true);
  }

  /** An XFA packet of many megabytes of zeros that deflate to a few kilobytes. */
  static byte[] xfaDecompressionBomb(int megabytes) {
    return build(1, doc -> xfa(doc, new byte[megabytes * 1024 * 1024]), false);
  }

  static byte[] truncated() {
    byte[] valid = validUncompressed(3);
    byte[] cut = new byte[valid.length * 2 / 3];
    System.arraycopy(valid, 0, cut, 0, cut.length);
    return cut;
  }

  /** The start of a PDF with an end marker glued on: PDFBox's repair finds nothing to read. */
  static byte[] headerAndEndOnly() {
    return "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R\n%%EOF\n"
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] build(int pages, Consumer<PDDocument> change, boolean compressed) {
    try (PDDocument doc = new PDDocument()) {
      for (int i = 1; i <= pages; i++) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
          text.beginText();
          text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
          text.newLineAtOffset(72, 770);
          text.showText("Legeerklaering, side " + i + " av " + pages);
          text.endText();
        }
      }
      change.accept(doc);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(
          out,
          compressed ? CompressParameters.DEFAULT_COMPRESSION : CompressParameters.NO_COMPRESSION);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void protect(PDDocument doc, String owner, String user) {
    StandardProtectionPolicy policy =
        new StandardProtectionPolicy(owner, user, new AccessPermission());
    policy.setEncryptionKeyLength(256);
    try {
      doc.protect(policy);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PDDocumentNameDictionary names(PDDocument doc) {
    PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
    if (names == null) {
      names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
      doc.getDocumentCatalog().setNames(names);
    }
    return names;
  }

  private static void link(PDDocument doc, PDAction action) {
    PDAnnotationLink link = new PDAnnotationLink();
    link.setRectangle(new PDRectangle(72, 700, 200, 20));
    link.setAction(action);
    annotate(doc.getPage(0), link);
  }

  private static void annotate(PDPage page, PDAnnotation annotation) {
    try {
      List<PDAnnotation> annotations = new ArrayList<>(page.getAnnotations());
      annotations.add(annotation);
      page.setAnnotations(annotations);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PDComplexFileSpecification attachment(PDDocument doc, String name) {
    try {
      PDEmbeddedFile file =
          new PDEmbeddedFile(doc, new ByteArrayInputStream("MZ not really".getBytes()));
      file.setSubtype("application/octet-stream");
      PDComplexFileSpecification spec = new PDComplexFileSpecification();
      spec.setFile(name);
      spec.setEmbeddedFile(file);
      return spec;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void xfa(PDDocument doc, byte[] xml) {
    PDAcroForm form = new PDAcroForm(doc);
    doc.getDocumentCatalog().setAcroForm(form);
    COSStream stream = doc.getDocument().createCOSStream();
    try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
      out.write(xml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    form.getCOSObject().setItem(COSName.XFA, stream);
  }
}

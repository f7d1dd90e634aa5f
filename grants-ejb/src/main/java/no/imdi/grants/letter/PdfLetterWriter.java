package no.imdi.grants.letter;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.logging.Level;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpSerializer;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * Writes a letter's XHTML as PDF/A-2a, tagged and declared PDF/UA-1, with openhtmltopdf: the
 * embedded DejaVu fonts, an sRGB output intent, the language and title of the document, and no
 * external resource of any kind (the XHTML is parsed here without a DOCTYPE, and every URL is
 * refused). The creation date is the one given, in the information dictionary and the XMP metadata
 * alike, as PDF/A requires.
 */
final class PdfLetterWriter {

  static {
    // openhtmltopdf logs every document at INFO; a server's log wants its warnings only
    XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
  }

  record Pdf(byte[] bytes, int pageCount) {}

  private final LetterFonts fonts;
  private final byte[] colorProfile;
  private final DocumentBuilderFactory xml;

  PdfLetterWriter(LetterFonts fonts) {
    this.fonts = fonts;
    this.colorProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    this.xml = secureXml();
  }

  Pdf write(String xhtml, Calendar created, String producer) {
    PdfRendererBuilder builder =
        new PdfRendererBuilder()
            .usePdfAConformance(PdfAConformance.PDFA_2_A)
            .usePdfUaAccessibility(true)
            .useColorProfile(colorProfile)
            .useFont(fonts::regular, LetterFonts.FAMILY, 400, FontStyle.NORMAL, true)
            .useFont(fonts::bold, LetterFonts.FAMILY, 700, FontStyle.NORMAL, true)
            .useExternalResourceAccessControl(
                (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
            .useExternalResourceAccessControl(
                (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
            .withProducer(producer)
            .withW3cDocument(parse(xhtml), "about:letter");
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer();
        PDDocument document = renderer.createPDFKeepOpen()) {
      dated(document, created);
      identified(document, xhtml, created);
      ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
      document.save(out);
      return new Pdf(out.toByteArray(), document.getNumberOfPages());
    } catch (IOException | RuntimeException e) {
      throw new LetterRenderingException("Cannot write the letter as PDF/A", e);
    }
  }

  /** Sets the creation date in the information dictionary and in the XMP, which must agree. */
  private static void dated(PDDocument document, Calendar created) throws IOException {
    PDDocumentInformation info = document.getDocumentInformation();
    info.setCreationDate(created);
    PDMetadata stream = document.getDocumentCatalog().getMetadata();
    try {
      DomXmpParser parser = new DomXmpParser();
      parser.setStrictParsing(false);
      XMPMetadata xmp = parser.parse(stream.toByteArray());
      XMPBasicSchema basic = xmp.getXMPBasicSchema();
      if (basic == null) {
        basic = xmp.createAndAddXMPBasicSchema();
      }
      basic.setCreateDate(created);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new XmpSerializer().serialize(xmp, out, true);
      // the serializer writes lang="x-default" where XMP wants xml:lang (as openhtmltopdf fixes)
      String text =
          out.toString(StandardCharsets.UTF_8)
              .replace(" lang=\"x-default\"", " xml:lang=\"x-default\"");
      stream.importXMPMetadata(text.getBytes(StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new IOException("Cannot date the letter's XMP metadata", e);
    }
  }

  /**
   * Sets the file identifier (PDF/A requires one) from the content and the date rather than the
   * wall clock, so the same letter made at the same time gives the same bytes.
   */
  private static void identified(PDDocument document, String xhtml, Calendar created) {
    try {
      MessageDigest md5 = MessageDigest.getInstance("MD5");
      md5.update(xhtml.getBytes(StandardCharsets.UTF_8));
      md5.update(Long.toString(created.getTimeInMillis()).getBytes(StandardCharsets.US_ASCII));
      byte[] id = md5.digest();
      COSArray ids = new COSArray();
      ids.add(new COSString(id));
      ids.add(new COSString(id));
      document.getDocument().setDocumentID(ids);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has MD5", e);
    }
  }

  private Document parse(String xhtml) {
    try {
      DocumentBuilder parser;
      synchronized (xml) {
        parser = xml.newDocumentBuilder();
      }
      return parser.parse(new InputSource(new StringReader(xhtml)));
    } catch (Exception e) {
      throw new LetterRenderingException("A letter template gave malformed XHTML", e);
    }
  }

  private static DocumentBuilderFactory secureXml() {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("The JDK's XML parser cannot be secured", e);
    }
    return factory;
  }
}

package no.imdi.grants.payment.bank;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the bank's status report for a payment file ({@code pain.002.001.03}) into a {@link
 * StatusReport}. The file comes from outside and is treated as hostile: no document type
 * declaration (so no entities, internal or external), no external DTD or schema, no XInclude, the
 * JDK's secure processing limits, and at most {@link #MAX_BYTES} bytes read. A file of another
 * message or version, or one without the original message id, is refused.
 */
@ApplicationScoped
public class Pain002Reader {

  public static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.002.001.03";

  /** A status report of the largest run (a few hundred transfers) is far below this. */
  public static final int MAX_BYTES = 5 * 1024 * 1024;

  public Pain002Reader() {}

  public StatusReport read(InputStream in) {
    Document document = parse(in);
    Element root = document.getDocumentElement();
    if (!NAMESPACE.equals(root.getNamespaceURI()) || !"Document".equals(root.getLocalName())) {
      throw refused("not a pain.002.001.03 document: " + root.getNamespaceURI());
    }
    Element report = child(root, "CstmrPmtStsRpt");
    Element group = report == null ? null : child(report, "OrgnlGrpInfAndSts");
    if (group == null) {
      throw refused("no CstmrPmtStsRpt/OrgnlGrpInfAndSts");
    }
    String originalMessageId = text(group, "OrgnlMsgId");
    if (originalMessageId == null) {
      throw refused("no original message id (OrgnlMsgId)");
    }
    String groupStatus = text(group, "GrpSts");
    String paymentStatus = null;
    List<StatusReport.TransactionStatus> transactions = new ArrayList<>();
    for (Element payment : children(report, "OrgnlPmtInfAndSts")) {
      if (paymentStatus == null) {
        paymentStatus = text(payment, "PmtInfSts");
      }
      for (Element tx : children(payment, "TxInfAndSts")) {
        String endToEndId = text(tx, "OrgnlEndToEndId");
        if (endToEndId == null) {
          throw refused("a transaction status without OrgnlEndToEndId");
        }
        transactions.add(
            new StatusReport.TransactionStatus(endToEndId, text(tx, "TxSts"), reason(tx)));
      }
    }
    return new StatusReport(originalMessageId, groupStatus, paymentStatus, transactions);
  }

  /** The reason code and additional information of the first StsRsnInf: "AC04 Closed account". */
  private static String reason(Element tx) {
    Element info = child(tx, "StsRsnInf");
    if (info == null) {
      return null;
    }
    Element rsn = child(info, "Rsn");
    String code = rsn == null ? null : firstNonNull(text(rsn, "Cd"), text(rsn, "Prtry"));
    List<String> parts = new ArrayList<>();
    if (code != null) {
      parts.add(code);
    }
    for (Element additional : children(info, "AddtlInf")) {
      parts.add(additional.getTextContent().strip());
    }
    return parts.isEmpty() ? null : String.join(" ", parts);
  }

  private static Document parse(InputStream in) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      restrict(factory, XMLConstants.ACCESS_EXTERNAL_DTD);
      restrict(factory, XMLConstants.ACCESS_EXTERNAL_SCHEMA);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(new DefaultHandler());
      return builder.parse(new CappedInputStream(in, MAX_BYTES));
    } catch (CappedInputStream.TooLarge e) {
      throw refused("larger than " + MAX_BYTES + " bytes");
    } catch (SAXException e) {
      if (e.getCause() instanceof CappedInputStream.TooLarge) {
        throw refused("larger than " + MAX_BYTES + " bytes");
      }
      throw new PaymentFileException("Status report refused: " + e.getMessage(), e);
    } catch (IOException | ParserConfigurationException e) {
      throw new PaymentFileException("Status report could not be read: " + e.getMessage(), e);
    }
  }

  /**
   * Allows no external access of the kind, where the parser knows the property (a parser that does
   * not still sees no DTD: document types are refused before anything is resolved).
   */
  private static void restrict(DocumentBuilderFactory factory, String property) {
    try {
      factory.setAttribute(property, "");
    } catch (IllegalArgumentException unknownToThisParser) {
      // the feature disallow-doctype-decl above is what keeps entities out
    }
  }

  private static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0);
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element
          && NAMESPACE.equals(element.getNamespaceURI())
          && name.equals(element.getLocalName())) {
        found.add(element);
      }
    }
    return found;
  }

  private static String text(Element parent, String name) {
    Element element = child(parent, name);
    if (element == null) {
      return null;
    }
    String text = element.getTextContent().strip();
    return text.isEmpty() ? null : text;
  }

  private static String firstNonNull(String a, String b) {
    return a != null ? a : b;
  }

  private static PaymentFileException refused(String why) {
    return new PaymentFileException("Status report refused: " + why);
  }
}

package no.imdi.grants.payment.bank;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import no.imdi.grants.payment.bank.pain001.Document;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The ISO 20022 schema of the payment file ({@code iso20022/pain.001.001.03.xsd}, the official one)
 * and the JAXB context of the classes generated from it, each made once: both are safe to share
 * between threads. The validator resolves nothing outside the schema.
 */
final class Pain001Schema {

  static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";
  static final String RESOURCE = "/iso20022/pain.001.001.03.xsd";

  private static final JAXBContext CONTEXT = createContext();
  private static final Schema SCHEMA = schema();

  private Pain001Schema() {}

  static JAXBContext context() {
    return CONTEXT;
  }

  private static JAXBContext createContext() {
    try {
      return JAXBContext.newInstance(Document.class);
    } catch (JAXBException e) {
      throw new IllegalStateException("The pain.001 JAXB classes cannot be bound", e);
    }
  }

  /** Validates a file; a file that breaks the schema is refused with the schema's message. */
  static void validate(byte[] xml) {
    try {
      Validator validator = SCHEMA.newValidator();
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
    } catch (SAXParseException e) {
      throw new PaymentFileException(
          "The payment file does not validate against pain.001.001.03 (line "
              + e.getLineNumber()
              + ", column "
              + e.getColumnNumber()
              + "): "
              + e.getMessage(),
          e);
    } catch (SAXException | IOException e) {
      throw new PaymentFileException(
          "The payment file does not validate against pain.001.001.03: " + e.getMessage(), e);
    }
  }

  private static Schema schema() {
    try (InputStream xsd = Pain001Schema.class.getResourceAsStream(RESOURCE)) {
      if (xsd == null) {
        throw new IllegalStateException("Missing schema " + RESOURCE);
      }
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      return factory.newSchema(new StreamSource(xsd, RESOURCE));
    } catch (SAXException | IOException e) {
      throw new IllegalStateException("The schema " + RESOURCE + " cannot be read", e);
    }
  }
}

package no.imdi.grants.ear;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A domain's {@code domain.xml}, changed before the domain's first start: the server ({@code
 * server-config}) made to listen on 127.0.0.1 only and on given ports instead of Payara's defaults
 * on 0.0.0.0 (4848, 8080, 8181, 3700, 7676, 8686, 4900, ...), and JVM options added. An element it
 * expects but does not find is an error, so that a new Payara version cannot quietly fall back to
 * its defaults.
 */
final class DomainXml {

  private static final String HOST = "127.0.0.1";
  private static final String SERVER_CONFIG = "/domain/configs/config[@name='server-config']";
  private static final String SERVER = SERVER_CONFIG + "/";

  private final Path file;
  private final Document document;
  private final XPath xpath = XPathFactory.newInstance().newXPath();

  private DomainXml(Path file, Document document) {
    this.file = file;
    this.document = document;
  }

  static DomainXml read(Path file) throws Exception {
    return new DomainXml(
        file, DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile()));
  }

  void save() throws Exception {
    TransformerFactory.newInstance()
        .newTransformer()
        .transform(new DOMSource(document), new StreamResult(file.toFile()));
  }

  void addJvmOption(String option) throws Exception {
    Element jvmOption = document.createElement("jvm-options");
    jvmOption.setTextContent(option);
    element(SERVER + "java-config").appendChild(jvmOption);
  }

  void bindToLoopback(DomainPorts ports) throws Exception {
    String listeners = SERVER + "network-config/network-listeners/network-listener";
    listen(listeners + "[@name='http-listener-1']", ports.http());
    listen(listeners + "[@name='http-listener-2']", ports.https());
    listen(listeners + "[@name='admin-listener']", ports.admin());
    String iiop = SERVER + "iiop-service/iiop-listener";
    listen(iiop + "[@id='orb-listener-1']", ports.iiop());
    listen(iiop + "[@id='SSL']", ports.iiopSsl());
    listen(iiop + "[@id='SSL_MUTUALAUTH']", ports.iiopMutualAuth());
    listen(SERVER + "admin-service/jmx-connector[@name='system']", ports.jmx());
    element(SERVER + "system-property[@name='JMS_PROVIDER_PORT']")
        .setAttribute("value", Integer.toString(ports.jms()));
    bindJmsHostToLoopback();

    Element javaConfig = element(SERVER + "java-config");
    javaConfig.setAttribute(
        "debug-options",
        javaConfig
            .getAttribute("debug-options")
            .replaceFirst("address=[0-9]+", "address=" + HOST + ":" + ports.debugger()));
    element(SERVER + "java-config/jvm-options[starts-with(., '-Dosgi.shell.telnet.port=')]")
        .setTextContent("-Dosgi.shell.telnet.port=" + ports.osgiShell());
    addJvmOption("-Dhazelcast.socket.bind.any=false");

    Element hazelcast = element("/domain/hazelcast-runtime-configuration");
    hazelcast.setAttribute("das-port", Integer.toString(ports.hazelcastDas()));
    hazelcast.setAttribute("start-port", Integer.toString(ports.hazelcastStart()));
    hazelcast.setAttribute("das-bind-address", HOST);
    hazelcast.setAttribute("interface", HOST);
  }

  /**
   * The JMS broker's listener binds 0.0.0.0 for a jms-host "localhost", also the one Payara assumes
   * when server-config has no jms-service: give server-config default-config's, on 127.0.0.1.
   */
  private void bindJmsHostToLoopback() throws Exception {
    Element config = element(SERVER_CONFIG);
    if (xpath.evaluate("jms-service", config, XPathConstants.NODE) == null) {
      config.appendChild(
          element("/domain/configs/config[@name='default-config']/jms-service").cloneNode(true));
    }
    element(SERVER + "jms-service/jms-host").setAttribute("host", HOST);
  }

  private void listen(String path, int port) throws Exception {
    Element listener = element(path);
    listener.setAttribute("address", HOST);
    listener.setAttribute("port", Integer.toString(port));
  }

  private Element element(String path) throws Exception {
    Element element = (Element) xpath.evaluate(path, document, XPathConstants.NODE);
    if (element == null) {
      throw new IllegalStateException("domain.xml has no " + path);
    }
    return element;
  }
}

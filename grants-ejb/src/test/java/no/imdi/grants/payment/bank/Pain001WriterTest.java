package no.imdi.grants.payment.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The payment file (R-PAY-3): it validates against the official schema (read here from the source
 * folder, independently of the writer), its control sums are the sums of its transfers, øre are
 * written as kroner with two decimals, and bad orders are refused before anything is written.
 * Accounts and organisation numbers are the hand-checked ones of {@code BankNumbersTest}.
 */
class Pain001WriterTest {

  private static final String IMDI_ACCOUNT = "86011117947";
  private static final String OSLO_ACCOUNT = "12345678903";
  private static final String BERGEN_ACCOUNT = "15031234562";

  private final Pain001Writer writer = new Pain001Writer();

  @Test
  @DisplayName("R-PAY-3: the file validates, one transfer per municipality, control sums add up")
  void fileValidatesAndControlSumsAreTheSumOfTheLines() throws Exception {
    byte[] xml = writer.write(order(List.of(oslo(123456), bergen(100))));

    validateAgainstSourceSchema(xml);
    Document doc = parse(xml);
    assertThat(xpath(doc, "/p:Document/p:CstmrCdtTrfInitn/p:GrpHdr/p:MsgId")).isEqualTo("RUN-7-1");
    assertThat(xpath(doc, "//p:GrpHdr/p:NbOfTxs")).isEqualTo("2");
    assertThat(xpath(doc, "//p:PmtInf/p:NbOfTxs")).isEqualTo("2");
    // 123456 + 100 øre = 1234.56 + 1.00 kr = 1235.56
    assertThat(xpath(doc, "//p:GrpHdr/p:CtrlSum")).isEqualTo("1235.56");
    assertThat(xpath(doc, "//p:PmtInf/p:CtrlSum")).isEqualTo("1235.56");
    List<String> amounts = all(doc, "//p:CdtTrfTxInf/p:Amt/p:InstdAmt");
    assertThat(amounts).containsExactly("1234.56", "1.00");
    BigDecimal sum = amounts.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(sum).isEqualByComparingTo(xpath(doc, "//p:GrpHdr/p:CtrlSum"));
    assertThat(all(doc, "//p:CdtTrfTxInf/p:Amt/p:InstdAmt/@Ccy")).containsOnly("NOK");
    assertThat(all(doc, "//p:CdtTrfTxInf/p:PmtId/p:EndToEndId"))
        .containsExactly("RUN-7-0301", "RUN-7-4601");
    assertThat(xpath(doc, "//p:PmtInf/p:ReqdExctnDt")).isEqualTo("2026-04-06");
    assertThat(xpath(doc, "//p:PmtInf/p:PmtMtd")).isEqualTo("TRF");
  }

  @Test
  @DisplayName("Accounts: municipalities by BBAN, IMDi by its derived IBAN; org numbers as CUST")
  void accountsAndParties() throws Exception {
    Document doc = parse(writer.write(order(List.of(oslo(123456)))));
    assertThat(xpath(doc, "//p:DbtrAcct/p:Id/p:IBAN")).isEqualTo("NO9386011117947");
    assertThat(xpath(doc, "//p:CdtTrfTxInf/p:CdtrAcct/p:Id/p:Othr/p:Id")).isEqualTo(OSLO_ACCOUNT);
    assertThat(xpath(doc, "//p:CdtTrfTxInf/p:CdtrAcct/p:Id/p:Othr/p:SchmeNm/p:Cd"))
        .isEqualTo("BBAN");
    assertThat(xpath(doc, "//p:PmtInf/p:Dbtr/p:Id/p:OrgId/p:Othr/p:Id")).isEqualTo("974084406");
    assertThat(xpath(doc, "//p:Cdtr/p:Nm")).isEqualTo("Oslo kommune");
    assertThat(xpath(doc, "//p:Cdtr/p:Id/p:OrgId/p:Othr/p:Id")).isEqualTo("983935427");
    assertThat(xpath(doc, "//p:DbtrAgt/p:FinInstnId/p:PstlAdr/p:Ctry")).isEqualTo("NO");
  }

  @Test
  void aBicNamesImdisBank() throws Exception {
    PaymentOrder base = order(List.of(oslo(100)));
    PaymentOrder withBic =
        new PaymentOrder(
            base.messageId(),
            base.createdAt(),
            base.requestedExecutionDate(),
            base.debtorName(),
            base.debtorOrgNumber(),
            base.debtorAccount(),
            "DNBANOKKXXX",
            base.transfers());
    assertThat(xpath(parse(writer.write(withBic)), "//p:DbtrAgt/p:FinInstnId/p:BIC"))
        .isEqualTo("DNBANOKKXXX");
  }

  @Test
  @DisplayName("R-PAY-3: the group amounts stand in the remittance information, net of recoveries")
  void groupAmountsInTheRemittanceInformation() throws Exception {
    // 152 000 000 + 27 950 000 - 2 000 000 øre = 177 950 000 øre = 1 779 500.00 kr
    CreditTransfer transfer =
        new CreditTransfer(
            "RUN-7-0301",
            "0301",
            "Oslo kommune",
            "983935427",
            OSLO_ACCOUNT,
            177_950_000,
            List.of(
                new RemittanceGroup("IG1", "Integreringstilskudd år 1", 152_000_000),
                new RemittanceGroup("EM", "Enslige mindreårige", 27_950_000),
                new RemittanceGroup("T1T2", "Tilbakebetaling", -2_000_000)));
    Document doc = parse(writer.write(order(List.of(transfer))));
    assertThat(xpath(doc, "//p:RmtInf/p:Ustrd"))
        .isEqualTo(
            "IG1 Integreringstilskudd år 1 1520000.00; EM Enslige mindreårige 279500.00;"
                + " T1T2 Tilbakebetaling -20000.00");
    assertThat(xpath(doc, "//p:InstdAmt")).isEqualTo("1779500.00");
  }

  @Test
  void longGroupTextsFallBackToTheCodesWithinTheBanksLimit() throws Exception {
    String longText = "x".repeat(60);
    List<RemittanceGroup> groups =
        List.of(
            new RemittanceGroup("IG1", longText, 100),
            new RemittanceGroup("IG2-5", longText, 200),
            new RemittanceGroup("EM", longText, 300));
    Document doc = parse(writer.write(order(List.of(withGroups(oslo(600), groups)))));
    assertThat(xpath(doc, "//p:RmtInf/p:Ustrd")).isEqualTo("IG1 1.00; IG2-5 2.00; EM 3.00");
  }

  @ParameterizedTest(name = "{0} øre is refused")
  @ValueSource(longs = {0, -1, -123456})
  @DisplayName("A zero or negative transfer is refused (a negative net is carried, R-PAY-4)")
  void zeroOrNegativeTransferIsRefused(long ore) {
    assertThatThrownBy(() -> writer.write(order(List.of(oslo(100), bergen(ore)))))
        .isInstanceOf(PaymentFileException.class)
        .hasMessageContaining("RUN-7-4601")
        .hasMessageContaining("above zero");
  }

  @Test
  void anOrderWithoutTransfersIsRefused() {
    assertThatThrownBy(() -> writer.write(order(List.of())))
        .isInstanceOf(PaymentFileException.class)
        .hasMessageContaining("without transfers");
  }

  @Test
  void aMunicipalityPaidTwiceIsRefused() {
    CreditTransfer again =
        new CreditTransfer(
            "RUN-7-0301b", "0301", "Oslo kommune", "983935427", OSLO_ACCOUNT, 5, List.of());
    assertThatThrownBy(() -> writer.write(order(List.of(oslo(100), again))))
        .isInstanceOf(PaymentFileException.class)
        .hasMessageContaining("0301 is paid twice");
  }

  @Test
  void aRepeatedEndToEndIdIsRefused() {
    CreditTransfer sameId =
        new CreditTransfer(
            "RUN-7-0301", "4601", "Bergen kommune", "974524163", BERGEN_ACCOUNT, 5, List.of());
    assertThatThrownBy(() -> writer.write(order(List.of(oslo(100), sameId))))
        .isInstanceOf(PaymentFileException.class)
        .hasMessageContaining("RUN-7-0301 is used twice");
  }

  @Test
  void anAccountWithAWrongCheckDigitIsRefused() {
    CreditTransfer wrong =
        new CreditTransfer(
            "RUN-7-0301", "0301", "Oslo kommune", "983935427", "12345678904", 100, List.of());
    assertThatThrownBy(() -> writer.write(order(List.of(wrong))))
        .isInstanceOf(PaymentFileException.class)
        .hasMessageContaining("creditorAccount 12345678904: CHECK_DIGIT");
  }

  @Test
  void groupsThatDoNotAddUpToTheTransferAreRefused() {
    CreditTransfer transfer =
        withGroups(oslo(1000), List.of(new RemittanceGroup("IG1", "År 1", 999)));
    assertThatThrownBy(() -> writer.write(order(List.of(transfer))))
        .isInstanceOf(PaymentFileException.class)
        .hasMessageContaining("the groups sum to 999 øre, the transfer is 1000");
  }

  @Test
  void groupsThatCannotFitTheRemittanceFieldAreRefused() {
    List<RemittanceGroup> groups = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      groups.add(new RemittanceGroup("GROUP" + i, null, 100_000_000));
    }
    assertThatThrownBy(() -> writer.write(order(List.of(withGroups(oslo(1_200_000_000), groups)))))
        .isInstanceOf(PaymentFileException.class)
        .hasMessageContaining("the bank allows 140");
  }

  @Test
  void anIdLongerThanTheBanksLimitIsRefused() {
    CreditTransfer transfer =
        new CreditTransfer(
            "R".repeat(36), "0301", "Oslo kommune", "983935427", OSLO_ACCOUNT, 100, List.of());
    assertThatThrownBy(() -> writer.write(order(List.of(transfer))))
        .isInstanceOf(PaymentFileException.class)
        .hasMessageContaining("endToEndId must have 1 to 35 characters");
  }

  @Test
  @DisplayName("A file that breaks the schema is refused with the schema's message")
  void theSchemaCheckNamesTheProblem() {
    byte[] xml = writer.write(order(List.of(oslo(100))));
    String broken =
        new String(xml, StandardCharsets.UTF_8).replace("<MsgId>RUN-7-1</MsgId>", "<MsgId/>");
    assertThatThrownBy(() -> Pain001Schema.validate(broken.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(PaymentFileException.class)
        .hasMessageContaining("does not validate against pain.001.001.03")
        .hasMessageContaining("line");
  }

  private static PaymentOrder order(List<CreditTransfer> transfers) {
    return new PaymentOrder(
        "RUN-7-1",
        Instant.parse("2026-03-31T22:15:30.123Z"),
        LocalDate.of(2026, 4, 6),
        "Integrerings- og mangfoldsdirektoratet",
        "974084406",
        IMDI_ACCOUNT,
        null,
        transfers);
  }

  private static CreditTransfer oslo(long ore) {
    return new CreditTransfer(
        "RUN-7-0301", "0301", "Oslo kommune", "983935427", OSLO_ACCOUNT, ore, List.of());
  }

  private static CreditTransfer bergen(long ore) {
    return new CreditTransfer(
        "RUN-7-4601", "4601", "Bergen kommune", "974524163", BERGEN_ACCOUNT, ore, List.of());
  }

  private static CreditTransfer withGroups(CreditTransfer t, List<RemittanceGroup> groups) {
    return new CreditTransfer(
        t.endToEndId(),
        t.municipalityNumber(),
        t.creditorName(),
        t.creditorOrgNumber(),
        t.creditorAccount(),
        t.amountOre(),
        groups);
  }

  private static void validateAgainstSourceSchema(byte[] xml) throws Exception {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    Path xsd = Path.of("src/main/resources/iso20022/pain.001.001.03.xsd");
    factory
        .newSchema(xsd.toFile())
        .newValidator()
        .validate(new StreamSource(new ByteArrayInputStream(xml)));
  }

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private static XPath xpath() {
    XPath xpath = XPathFactory.newInstance().newXPath();
    xpath.setNamespaceContext(
        new javax.xml.namespace.NamespaceContext() {
          @Override
          public String getNamespaceURI(String prefix) {
            return Pain001Schema.NAMESPACE;
          }

          @Override
          public String getPrefix(String uri) {
            return "p";
          }

          @Override
          public java.util.Iterator<String> getPrefixes(String uri) {
            return List.of("p").iterator();
          }
        });
    return xpath;
  }

  private static String xpath(Document doc, String expression) throws Exception {
    List<String> found = all(doc, expression);
    assertThat(found).as(expression).hasSize(1);
    return found.get(0);
  }

  private static List<String> all(Document doc, String expression) throws Exception {
    NodeList nodes = (NodeList) xpath().evaluate(expression, doc, XPathConstants.NODESET);
    List<String> values = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      values.add(nodes.item(i).getTextContent());
    }
    return values;
  }
}

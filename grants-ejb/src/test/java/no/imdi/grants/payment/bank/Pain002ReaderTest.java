package no.imdi.grants.payment.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bank's status report (pain.002.001.03) on the synthetic samples in {@code
 * src/test/resources/pain002}: accepted whole, rejected whole, partly accepted; and hostile files
 * (a document type with entities, a file above the size cap, another message) refused.
 */
class Pain002ReaderTest {

  private final Pain002Reader reader = new Pain002Reader();

  @Test
  void acceptedWholeFileCoversEveryTransfer() {
    StatusReport report = read("accepted.xml");
    assertThat(report.originalMessageId()).isEqualTo("RUN-7-1");
    assertThat(report.groupStatus()).isEqualTo("ACCP");
    assertThat(report.transactions()).isEmpty();
    assertThat(report.effectiveStatus("RUN-7-0301")).contains("ACCP");
    assertThat(report.effectiveStatus("RUN-7-4601")).contains("ACCP");
  }

  @Test
  void rejectedWholeFile() {
    StatusReport report = read("rejected.xml");
    assertThat(report.groupStatus()).isEqualTo("RJCT");
    assertThat(report.effectiveStatus("RUN-7-0301")).contains("RJCT");
  }

  @Test
  void partlyAcceptedNamesEachTransferWithTheReasonOfARejection() {
    StatusReport report = read("partly-accepted.xml");
    assertThat(report.groupStatus()).isEqualTo("PART");
    assertThat(report.paymentStatus()).isEqualTo("PART");
    assertThat(report.transactions())
        .containsExactly(
            new StatusReport.TransactionStatus("RUN-7-0301", "ACCP", null),
            new StatusReport.TransactionStatus("RUN-7-4601", "RJCT", "AC04 Closed account number"));
    assertThat(report.transaction("RUN-7-4601").orElseThrow().isRejected()).isTrue();
    assertThat(report.effectiveStatus("RUN-7-0301")).contains("ACCP");
    assertThat(report.effectiveStatus("RUN-7-4601")).contains("RJCT");
    assertThat(report.effectiveStatus("RUN-7-9999")).isEmpty();
  }

  @ParameterizedTest(name = "{0} is refused")
  @ValueSource(strings = {"external-entity.xml", "entity-expansion.xml"})
  void aDocumentTypeIsRefused(String file) {
    assertThatThrownBy(() -> read(file))
        .isInstanceOf(PaymentFileException.class)
        .hasMessageContaining("Status report refused")
        .hasMessageContaining("DOCTYPE")
        .hasMessageNotContaining("root:");
  }

  @Test
  void aFileAboveTheSizeCapIsRefused() {
    byte[] head = ("<Document xmlns=\"" + Pain002Reader.NAMESPACE + "\"><!--").getBytes();
    InputStream endless =
        new SequenceInputStream(
            new ByteArrayInputStream(head),
            new InputStream() {
              @Override
              public int read() {
                return 'x';
              }
            });
    assertThatThrownBy(() -> reader.read(endless))
        .isInstanceOf(PaymentFileException.class)
        .hasMessageContaining("larger than " + Pain002Reader.MAX_BYTES);
  }

  @Test
  void anotherMessageIsRefused() {
    String pain001 =
        "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\"></Document>";
    assertThatThrownBy(() -> reader.read(stream(pain001)))
        .isInstanceOf(PaymentFileException.class)
        .hasMessageContaining("not a pain.002.001.03 document");
  }

  @Test
  void aReportWithoutTheOriginalMessageIdIsRefused() {
    String xml =
        "<Document xmlns=\""
            + Pain002Reader.NAMESPACE
            + "\"><CstmrPmtStsRpt><OrgnlGrpInfAndSts><GrpSts>ACCP</GrpSts>"
            + "</OrgnlGrpInfAndSts></CstmrPmtStsRpt></Document>";
    assertThatThrownBy(() -> reader.read(stream(xml)))
        .isInstanceOf(PaymentFileException.class)
        .hasMessageContaining("OrgnlMsgId");
  }

  @Test
  void brokenXmlIsRefused() {
    assertThatThrownBy(() -> reader.read(stream("<Document")))
        .isInstanceOf(PaymentFileException.class);
  }

  private StatusReport read(String name) {
    InputStream in = getClass().getResourceAsStream("/pain002/" + name);
    assertThat(in).as(name).isNotNull();
    return reader.read(in);
  }

  private static InputStream stream(String xml) {
    return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
  }
}

package no.imdi.grants.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.payment.bank.CreditTransfer;
import no.imdi.grants.payment.bank.Pain001Writer;
import no.imdi.grants.payment.bank.Pain002Reader;
import no.imdi.grants.payment.bank.PaymentOrder;
import no.imdi.grants.payment.bank.RemittanceGroup;
import no.imdi.grants.payment.bank.StatusReport;
import no.imdi.grants.payment.payee.Debtor;
import no.imdi.grants.payment.payee.MunicipalityPayee;
import no.imdi.grants.payment.payee.PayeeFilter;
import no.imdi.grants.payment.payee.PayeeSort;
import no.imdi.grants.payment.payee.Payees;
import no.imdi.grants.shared.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The payment file and the bank's status report inside Payara Micro, on the server's own JAXB and
 * XML parsers: a file for Oslo and Bergen from the payees and IMDi's settings, validated against
 * the schema by the writer; a status report read; the payee list refused to a caller who is no
 * ADMIN.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentFilesIT {

  @Deployment
  static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(
            WebArchive.class, new File(System.getProperty("grants.it.war")))
        .addClasses(PaymentFilesIT.class);
  }

  @EJB Payees payees;
  @Inject Pain001Writer writer;
  @Inject Pain002Reader reader;

  @Test
  void aFileFromThePayeesValidatesOnTheServer() {
    Debtor imdi = payees.debtor();
    MunicipalityPayee oslo = payees.current("0301").orElseThrow();
    MunicipalityPayee bergen = payees.current("4601").orElseThrow();
    PaymentOrder order =
        new PaymentOrder(
            "IT-RUN-1",
            Instant.parse("2026-03-31T22:00:00Z"),
            LocalDate.of(2026, 4, 6),
            imdi.name(),
            imdi.organisationNumber().value(),
            imdi.account().value(),
            imdi.bic(),
            List.of(
                transfer("IT-RUN-1-0301", oslo, "Oslo kommune", 152_000_000),
                transfer("IT-RUN-1-4601", bergen, "Bergen kommune", 27_950_050)));

    String xml = new String(writer.write(order), StandardCharsets.UTF_8);

    assertTrue(xml.contains("<CtrlSum>1799500.50</CtrlSum>"), xml);
    assertTrue(xml.contains("<IBAN>" + imdi.iban().value() + "</IBAN>"), xml);
    assertTrue(xml.contains("<Id>" + oslo.getAccount().value() + "</Id>"), xml);
    assertTrue(xml.contains("<Ustrd>IG1 År 1 279500.50</Ustrd>"), xml);
  }

  @Test
  void aStatusReportIsReadOnTheServerAndADocumentTypeRefused() {
    String report =
        "<Document xmlns=\""
            + Pain002Reader.NAMESPACE
            + "\"><CstmrPmtStsRpt><OrgnlGrpInfAndSts><OrgnlMsgId>IT-RUN-1</OrgnlMsgId>"
            + "<GrpSts>PART</GrpSts></OrgnlGrpInfAndSts><OrgnlPmtInfAndSts><TxInfAndSts>"
            + "<OrgnlEndToEndId>IT-RUN-1-4601</OrgnlEndToEndId><TxSts>RJCT</TxSts>"
            + "<StsRsnInf><Rsn><Cd>AC04</Cd></Rsn></StsRsnInf></TxInfAndSts>"
            + "</OrgnlPmtInfAndSts></CstmrPmtStsRpt></Document>";
    StatusReport read = reader.read(stream(report));
    assertEquals("IT-RUN-1", read.originalMessageId());
    assertEquals("RJCT", read.effectiveStatus("IT-RUN-1-4601").orElseThrow());
    assertEquals("AC04", read.transaction("IT-RUN-1-4601").orElseThrow().reason());

    String hostile = "<!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + report;
    RuntimeException refused =
        assertThrows(RuntimeException.class, () -> reader.read(stream(hostile)));
    assertTrue(refused.getMessage().contains("Status report refused"), refused.getMessage());
  }

  @Test
  void thePayeeListIsForTheAdministratorOnly() {
    assertThrows(
        EJBAccessException.class,
        () -> payees.list(PayeeFilter.ALL, new PageRequest<>(0, 10, PayeeSort.MUNICIPALITY, true)));
  }

  private static CreditTransfer transfer(
      String id, MunicipalityPayee payee, String name, long ore) {
    return new CreditTransfer(
        id,
        payee.getMunicipalityNumber(),
        name,
        payee.getOrganisationNumber().value(),
        payee.getAccount().value(),
        ore,
        List.of(new RemittanceGroup("IG1", "År 1", ore)));
  }

  private static ByteArrayInputStream stream(String xml) {
    return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
  }
}

package no.imdi.grants.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import no.imdi.grants.admintest.Callers;
import no.imdi.grants.payment.bank.Pain001Writer;
import no.imdi.grants.payment.bank.Pain002Reader;
import no.imdi.grants.payment.file.BankOutcome;
import no.imdi.grants.payment.file.FileTransfer;
import no.imdi.grants.payment.file.PaymentFileMaker;
import no.imdi.grants.payment.file.PaymentFileRefused;
import no.imdi.grants.payment.file.PaymentFiles;
import no.imdi.grants.payment.file.StoredPaymentFile;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.testsupport.Register;
import no.imdi.grants.testsupport.TestPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The bank file of an approved run on PostgreSQL (R-PAY-3): made with the approval, exactly once
 * (approving again, making again, the retry), valid against the official schema with control sums
 * equal to the run's lines, the payees as they were at approval, stored immutably, downloaded by
 * IMDi only; the bank's status report marks the run paid or names the rejected transfers.
 */
class PaymentFileTest {

  static final LocalDate Q2_2025 = LocalDate.of(2025, 6, 30);
  static final String OSLO_ACCOUNT_LATER = "15030012345"; // valid mod 11

  TestPersistence db;
  PaymentWorld world;
  long run;

  @BeforeEach
  void arrange() {
    db = new TestPersistence();
    Register.users(db);
    world = new PaymentWorld(db, Instant.parse("2025-07-01T08:00:00Z"));
    Register.settle(db, "0301", "Amina", "Haddad", LocalDate.of(2024, 2, 10));
    Register.settle(db, "0301", "Yusuf", "Abdullahi", LocalDate.of(2025, 3, 1));
    Register.settle(db, "4601", "Fatima", "Ali", LocalDate.of(2024, 2, 10));
    run = world.start(Q2_2025);
    world.runToEnd(run);
  }

  @AfterEach
  void close() {
    db.close();
  }

  <T> T files(String user, Function<PaymentFiles, T> call) {
    return db.inTransaction(em -> call.apply(files(em, user)));
  }

  PaymentFiles files(EntityManager em, String user) {
    Clock clock = Clock.fixed(world.now(), PaymentWorld.OSLO);
    PaymentLedger ledger = new PaymentLedger(em);
    return new PaymentFiles(
        em,
        world.service(em, user),
        ledger,
        new PaymentFileMaker(em, ledger, new Pain001Writer()),
        new Pain002Reader(),
        new CurrentUser(Callers.as(user), em),
        clock);
  }

  long version() {
    return world.as("imdi.godkjenner", s -> s.progress(run)).version();
  }

  StoredPaymentFile approve() {
    long version = version();
    files("imdi.godkjenner", f -> f.approve(run, version, "Kontrollert"));
    return files("imdi.godkjenner", f -> f.file(run)).orElseThrow();
  }

  @Test
  @DisplayName("R-PAY-3 the approval makes one valid file whose control sums are the run's lines")
  void R_PAY_3_oneValidFileWithTheRunsTotals() throws Exception {
    StoredPaymentFile file = approve();
    long total = world.sum("run_id = " + run);
    assertThat(total).isPositive();
    assertThat(file.controlSumOre()).isEqualTo(total);
    assertThat(file.transfers()).isEqualTo(2);
    assertThat(file.createdBy()).isEqualTo("imdi.godkjenner");
    assertThat(file.requestedExecutionDate()).isEqualTo(LocalDate.of(2025, 7, 5));

    byte[] xml = files("imdi.saksbehandler", f -> f.download(run)).orElseThrow().content();
    assertThat(file.sizeBytes()).isEqualTo(xml.length);
    validate(xml);
    Document doc = parse(xml);
    BigDecimal kroner = BigDecimal.valueOf(total, 2);
    assertThat(new BigDecimal(text(doc, "GrpHdr", "CtrlSum"))).isEqualTo(kroner);
    assertThat(new BigDecimal(text(doc, "PmtInf", "CtrlSum"))).isEqualTo(kroner);
    assertThat(text(doc, "GrpHdr", "MsgId")).isEqualTo(file.messageId());
    assertThat(new String(xml, StandardCharsets.UTF_8))
        .contains("IMDI-" + run + "-0301", "IMDI-" + run + "-4601");
    assertThat(db.count("SELECT count(*) FROM payment_file_download WHERE file_id = " + file.id()))
        .isEqualTo(1);

    // approving again is refused by the run's state; the file stays the one file
    long version = version();
    assertThatThrownBy(() -> files("imdi.godkjenner", f -> f.approve(run, version, null)))
        .isInstanceOf(RuntimeException.class);
    assertThat(db.count("SELECT count(*) FROM payment_file WHERE run_id = " + run)).isEqualTo(1);
    // made again (the retry) it is the same stored file
    StoredPaymentFile again =
        db.inTransaction(
            em ->
                new PaymentFileMaker(em, new PaymentLedger(em), new Pain001Writer())
                    .make(em.find(PaymentRun.class, run), "system", world.now()));
    assertThat(again.id()).isEqualTo(file.id());
    assertThat(again.sha256()).isEqualTo(file.sha256());
    // the stored bytes never change
    assertThatThrownBy(() -> world.sql("UPDATE payment_file SET size_bytes = 1"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  @DisplayName(
      "R-PAY-3 approved without a file (a crash): the retry makes it with the payees at approval")
  void R_PAY_3_retryUsesThePayeesAtApproval() {
    String before =
        db.inTransaction(
            em ->
                (String)
                    em.createNativeQuery(
                            "SELECT account_number FROM municipality_payee WHERE municipality = '0301'")
                        .getSingleResult());
    long version = version();
    world.as("imdi.godkjenner", s -> s.approve(run, version, null)); // no file made
    assertThat(missing()).containsExactly(run);

    world.now(world.now().plusSeconds(60));
    payeeChanged("0301", OSLO_ACCOUNT_LATER);
    StoredPaymentFile file =
        db.inTransaction(
            em ->
                new PaymentFileMaker(em, new PaymentLedger(em), new Pain001Writer())
                    .make(em.find(PaymentRun.class, run), "system", world.now()));
    assertThat(file.createdBy()).isEqualTo("system");
    assertThat(missing()).isEmpty();
    String xml =
        new String(
            files("imdi.godkjenner", f -> f.download(run)).orElseThrow().content(),
            StandardCharsets.UTF_8);
    assertThat(xml).contains(before).doesNotContain(OSLO_ACCOUNT_LATER);
    List<FileTransfer> transfers = files("imdi.godkjenner", f -> f.transfers(run));
    assertThat(transfers).extracting(FileTransfer::accountNumber).contains(before);
  }

  @Test
  @DisplayName("R-PAY-3 a municipality cannot read or download the file; the refusal is logged")
  void R_PAY_3_municipalityRefused() {
    approve();
    for (String user : List.of("kommune.oslo", "okonomi.oslo", "kommune.bergen")) {
      if (db.count("SELECT count(*) FROM app_user WHERE username = '" + user + "'") == 0) {
        continue;
      }
      assertThatThrownBy(() -> files(user, f -> f.download(run)))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> files(user, f -> f.file(run)))
          .isInstanceOf(AccessDeniedException.class);
    }
    assertThat(db.count("SELECT count(*) FROM payment_file_download")).isZero();
  }

  @Test
  @DisplayName("R-PAY-3 the bank's pain.002: all accepted marks the run paid, once")
  void R_PAY_3_statusReportAccepted() {
    StoredPaymentFile file = approve();
    byte[] report = pain002(file.messageId(), "ACCP", List.of());
    BankOutcome outcome = files("imdi.saksbehandler", f -> f.importStatusReport(run, report));
    assertThat(outcome.outcome()).isEqualTo(BankOutcome.Outcome.ACCEPTED);
    assertThat(world.as("imdi.godkjenner", s -> s.progress(run)).state()).isEqualTo(RunState.PAID);
    files("imdi.saksbehandler", f -> f.importStatusReport(run, report));
    assertThat(db.count("SELECT count(*) FROM payment_status_report")).isEqualTo(1);
    assertThat(
            db.count(
                "SELECT count(*) FROM payment_run_audit WHERE action = 'markPaid' AND run_id = "
                    + run))
        .isEqualTo(1);
  }

  @Test
  @DisplayName("R-PAY-3 a transfer the bank rejects is shown with its reason; the run is not paid")
  void R_PAY_3_statusReportRejectedTransfer() {
    StoredPaymentFile file = approve();
    String bergen = "IMDI-" + run + "-4601";
    byte[] report =
        pain002(file.messageId(), "PART", List.<String[]>of(new String[] {bergen, "RJCT", "AC04"}));
    BankOutcome outcome = files("imdi.saksbehandler", f -> f.importStatusReport(run, report));
    assertThat(outcome.outcome()).isEqualTo(BankOutcome.Outcome.REJECTED);
    assertThat(outcome.rejected())
        .extracting(BankOutcome.Transfer::endToEndId)
        .containsExactly(bergen);
    assertThat(world.as("imdi.godkjenner", s -> s.progress(run)).state())
        .isEqualTo(RunState.APPROVED);
    assertThat(files("imdi.godkjenner", f -> f.reports(run)).get(0).notAccepted())
        .hasSize(2) // Oslo's transfer was not named in a partly accepted file: still pending
        .filteredOn(BankOutcome.Transfer::rejected)
        .singleElement()
        .satisfies(t -> assertThat(t.reason()).contains("AC04"));

    byte[] other = pain002("IMDI-999-20250630", "ACCP", List.of());
    assertThatThrownBy(() -> files("imdi.saksbehandler", f -> f.importStatusReport(run, other)))
        .isInstanceOf(PaymentFileRefused.class)
        .hasMessageContaining("run.report.otherFile");
    byte[] junk = "<x/>".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> files("imdi.saksbehandler", f -> f.importStatusReport(run, junk)))
        .isInstanceOf(PaymentFileRefused.class);
  }

  List<Long> missing() {
    return db.inTransaction(
        em -> {
          @SuppressWarnings("unchecked")
          List<Object> ids =
              em.createNativeQuery(
                      "SELECT r.id FROM payment_run r WHERE r.state = 'APPROVED' AND NOT EXISTS"
                          + " (SELECT 1 FROM payment_file f WHERE f.run_id = r.id)")
                  .getResultList();
          return ids.stream().map(i -> ((Number) i).longValue()).toList();
        });
  }

  /** The payee changed as the payee service records it: the audit keeps the old values. */
  void payeeChanged(String municipality, String account) {
    world.sql(
        "INSERT INTO municipality_payee_audit (municipality, changed_by, changed_at,"
            + " old_organisation_number, old_account_number, new_organisation_number,"
            + " new_account_number, reason) SELECT municipality, 'admin', now(),"
            + " organisation_number, account_number, organisation_number, '"
            + account
            + "', 'test' FROM municipality_payee WHERE municipality = '"
            + municipality
            + "'");
    world.sql(
        "UPDATE municipality_payee SET account_number = '"
            + account
            + "', version = version + 1 WHERE municipality = '"
            + municipality
            + "'");
  }

  static byte[] pain002(String messageId, String groupStatus, List<String[]> transfers) {
    StringBuilder tx = new StringBuilder();
    if (!transfers.isEmpty()) {
      tx.append("<OrgnlPmtInfAndSts><OrgnlPmtInfId>").append(messageId).append("</OrgnlPmtInfId>");
      tx.append("<PmtInfSts>PART</PmtInfSts>");
      for (String[] t : transfers) {
        tx.append("<TxInfAndSts><OrgnlEndToEndId>")
            .append(t[0])
            .append("</OrgnlEndToEndId><TxSts>")
            .append(t[1])
            .append("</TxSts><StsRsnInf><Rsn><Cd>")
            .append(t[2])
            .append("</Cd></Rsn></StsRsnInf></TxInfAndSts>");
      }
      tx.append("</OrgnlPmtInfAndSts>");
    }
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.002.001.03\"><CstmrPmtStsRpt>"
            + "<GrpHdr><MsgId>BANK-1</MsgId><CreDtTm>2025-07-04T07:00:00</CreDtTm></GrpHdr>"
            + "<OrgnlGrpInfAndSts><OrgnlMsgId>"
            + messageId
            + "</OrgnlMsgId><OrgnlMsgNmId>pain.001.001.03</OrgnlMsgNmId><GrpSts>"
            + groupStatus
            + "</GrpSts></OrgnlGrpInfAndSts>"
            + tx
            + "</CstmrPmtStsRpt></Document>")
        .getBytes(StandardCharsets.UTF_8);
  }

  static void validate(byte[] xml) throws Exception {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    factory
        .newSchema(PaymentFileTest.class.getResource("/iso20022/pain.001.001.03.xsd"))
        .newValidator()
        .validate(new StreamSource(new ByteArrayInputStream(xml)));
  }

  static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  static String text(Document doc, String parent, String child) {
    var parents = doc.getElementsByTagNameNS("*", parent);
    var element = (org.w3c.dom.Element) parents.item(0);
    return element.getElementsByTagNameNS("*", child).item(0).getTextContent();
  }
}

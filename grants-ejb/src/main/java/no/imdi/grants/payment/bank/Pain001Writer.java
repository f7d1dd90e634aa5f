package no.imdi.grants.payment.bank;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.GregorianCalendar;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import no.imdi.grants.payment.bank.pain001.AccountIdentification4Choice;
import no.imdi.grants.payment.bank.pain001.AccountSchemeName1Choice;
import no.imdi.grants.payment.bank.pain001.ActiveOrHistoricCurrencyAndAmount;
import no.imdi.grants.payment.bank.pain001.AmountType3Choice;
import no.imdi.grants.payment.bank.pain001.BranchAndFinancialInstitutionIdentification4;
import no.imdi.grants.payment.bank.pain001.CashAccount16;
import no.imdi.grants.payment.bank.pain001.CreditTransferTransactionInformation10;
import no.imdi.grants.payment.bank.pain001.CustomerCreditTransferInitiationV03;
import no.imdi.grants.payment.bank.pain001.Document;
import no.imdi.grants.payment.bank.pain001.FinancialInstitutionIdentification7;
import no.imdi.grants.payment.bank.pain001.GenericAccountIdentification1;
import no.imdi.grants.payment.bank.pain001.GenericOrganisationIdentification1;
import no.imdi.grants.payment.bank.pain001.GroupHeader32;
import no.imdi.grants.payment.bank.pain001.ObjectFactory;
import no.imdi.grants.payment.bank.pain001.OrganisationIdentification4;
import no.imdi.grants.payment.bank.pain001.OrganisationIdentificationSchemeName1Choice;
import no.imdi.grants.payment.bank.pain001.Party6Choice;
import no.imdi.grants.payment.bank.pain001.PartyIdentification32;
import no.imdi.grants.payment.bank.pain001.PaymentIdentification1;
import no.imdi.grants.payment.bank.pain001.PaymentInstructionInformation3;
import no.imdi.grants.payment.bank.pain001.PaymentMethod3Code;
import no.imdi.grants.payment.bank.pain001.PostalAddress6;
import no.imdi.grants.payment.bank.pain001.RemittanceInformation5;
import no.imdi.grants.payment.payee.AccountNumber;

/**
 * Writes the bank's payment file (ISO 20022 {@code pain.001.001.03}, the version of the Norwegian
 * banks' common implementation guideline) for a {@link PaymentOrder}: one payment information block
 * debiting IMDi's account on the requested day, with one credit transfer per municipality
 * (R-PAY-3), its end-to-end id, its amount in NOK and the group amounts as unstructured remittance
 * information. The number of transactions and the control sum (the sum of the transfers) stand in
 * both the group header and the payment information. The order is checked first ({@link
 * PaymentOrderCheck}); the bytes are validated against the official schema before they are
 * returned, so a file that leaves this class is one the schema accepts.
 *
 * <p>Accounts: the municipalities' (creditor) accounts are given as Norwegian BBAN ({@code Othr/Id}
 * with scheme {@code BBAN}), as the guideline asks for domestic NOK transfers; IMDi's (debtor)
 * account as its IBAN, which the guideline accepts and whose mod 97 digits the bank checks once
 * more. Organisation numbers are given as {@code OrgId/Othr} with scheme {@code CUST}.
 */
@ApplicationScoped
public class Pain001Writer {

  static final String CURRENCY = "NOK";
  static final String ORGANISATION_SCHEME = "CUST";
  static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  private final ObjectFactory factory = new ObjectFactory();

  public Pain001Writer() {}

  /** The payment file, validated against the schema; a bad order is refused with its problem. */
  public byte[] write(PaymentOrder order) {
    PaymentOrderCheck.check(order);
    Document document = new Document();
    CustomerCreditTransferInitiationV03 initiation = new CustomerCreditTransferInitiationV03();
    initiation.setGrpHdr(header(order));
    initiation.getPmtInf().add(paymentInformation(order));
    document.setCstmrCdtTrfInitn(initiation);
    byte[] xml = marshal(document);
    Pain001Schema.validate(xml);
    return xml;
  }

  private GroupHeader32 header(PaymentOrder order) {
    GroupHeader32 header = new GroupHeader32();
    header.setMsgId(order.messageId());
    header.setCreDtTm(dateTime(order));
    header.setNbOfTxs(Integer.toString(order.transfers().size()));
    header.setCtrlSum(RemittanceText.kroner(order.totalOre()));
    header.setInitgPty(party(order.debtorName(), order.debtorOrgNumber()));
    return header;
  }

  private PaymentInstructionInformation3 paymentInformation(PaymentOrder order) {
    PaymentInstructionInformation3 info = new PaymentInstructionInformation3();
    info.setPmtInfId(order.messageId());
    info.setPmtMtd(PaymentMethod3Code.TRF);
    info.setNbOfTxs(Integer.toString(order.transfers().size()));
    info.setCtrlSum(RemittanceText.kroner(order.totalOre()));
    info.setReqdExctnDt(date(order));
    info.setDbtr(party(order.debtorName(), order.debtorOrgNumber()));
    CashAccount16 debtorAccount = new CashAccount16();
    AccountIdentification4Choice id = new AccountIdentification4Choice();
    id.setIBAN(new AccountNumber(order.debtorAccount()).iban().value());
    debtorAccount.setId(id);
    debtorAccount.setCcy(CURRENCY);
    info.setDbtrAcct(debtorAccount);
    info.setDbtrAgt(debtorAgent(order.debtorBic()));
    for (CreditTransfer transfer : order.transfers()) {
      info.getCdtTrfTxInf().add(transaction(transfer));
    }
    return info;
  }

  private CreditTransferTransactionInformation10 transaction(CreditTransfer transfer) {
    CreditTransferTransactionInformation10 tx = new CreditTransferTransactionInformation10();
    PaymentIdentification1 paymentId = new PaymentIdentification1();
    paymentId.setInstrId(transfer.endToEndId());
    paymentId.setEndToEndId(transfer.endToEndId());
    tx.setPmtId(paymentId);
    ActiveOrHistoricCurrencyAndAmount amount = new ActiveOrHistoricCurrencyAndAmount();
    amount.setCcy(CURRENCY);
    amount.setValue(RemittanceText.kroner(transfer.amountOre()));
    AmountType3Choice amountChoice = new AmountType3Choice();
    amountChoice.setInstdAmt(amount);
    tx.setAmt(amountChoice);
    tx.setCdtr(party(transfer.creditorName(), transfer.creditorOrgNumber()));
    tx.setCdtrAcct(bban(transfer.creditorAccount()));
    String remittance = RemittanceText.of(transfer.endToEndId(), transfer.groups());
    if (remittance != null) {
      RemittanceInformation5 info = new RemittanceInformation5();
      info.getUstrd().add(remittance);
      tx.setRmtInf(info);
    }
    return tx;
  }

  private static CashAccount16 bban(String account) {
    GenericAccountIdentification1 other = new GenericAccountIdentification1();
    other.setId(new AccountNumber(account).value());
    AccountSchemeName1Choice scheme = new AccountSchemeName1Choice();
    scheme.setCd("BBAN");
    other.setSchmeNm(scheme);
    AccountIdentification4Choice id = new AccountIdentification4Choice();
    id.setOthr(other);
    CashAccount16 cash = new CashAccount16();
    cash.setId(id);
    return cash;
  }

  private static PartyIdentification32 party(String name, String organisationNumber) {
    GenericOrganisationIdentification1 other = new GenericOrganisationIdentification1();
    other.setId(organisationNumber);
    OrganisationIdentificationSchemeName1Choice scheme =
        new OrganisationIdentificationSchemeName1Choice();
    scheme.setCd(ORGANISATION_SCHEME);
    other.setSchmeNm(scheme);
    OrganisationIdentification4 organisation = new OrganisationIdentification4();
    organisation.getOthr().add(other);
    Party6Choice id = new Party6Choice();
    id.setOrgId(organisation);
    PartyIdentification32 party = new PartyIdentification32();
    party.setNm(name.strip());
    party.setId(id);
    return party;
  }

  /** IMDi's bank by BIC, or by country (Norway) when no BIC is given, as the guideline allows. */
  private static BranchAndFinancialInstitutionIdentification4 debtorAgent(String bic) {
    FinancialInstitutionIdentification7 institution = new FinancialInstitutionIdentification7();
    if (bic != null) {
      institution.setBIC(bic);
    } else {
      PostalAddress6 address = new PostalAddress6();
      address.setCtry("NO");
      institution.setPstlAdr(address);
    }
    BranchAndFinancialInstitutionIdentification4 agent =
        new BranchAndFinancialInstitutionIdentification4();
    agent.setFinInstnId(institution);
    return agent;
  }

  private static XMLGregorianCalendar dateTime(PaymentOrder order) {
    GregorianCalendar calendar =
        GregorianCalendar.from(order.createdAt().truncatedTo(ChronoUnit.SECONDS).atZone(OSLO));
    XMLGregorianCalendar xml = datatypes().newXMLGregorianCalendar(calendar);
    xml.setMillisecond(DatatypeConstants.FIELD_UNDEFINED);
    return xml;
  }

  private static XMLGregorianCalendar date(PaymentOrder order) {
    return datatypes().newXMLGregorianCalendar(order.requestedExecutionDate().toString());
  }

  private static DatatypeFactory datatypes() {
    try {
      return DatatypeFactory.newInstance();
    } catch (DatatypeConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  private byte[] marshal(Document document) {
    try {
      Marshaller marshaller = Pain001Schema.context().createMarshaller();
      marshaller.setProperty(Marshaller.JAXB_ENCODING, StandardCharsets.UTF_8.name());
      marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, Boolean.TRUE);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      marshaller.marshal(factory.createDocument(document), out);
      return out.toByteArray();
    } catch (JAXBException e) {
      throw new PaymentFileException("The payment file could not be written: " + e, e);
    }
  }

  static BigDecimal amount(long ore) {
    return RemittanceText.kroner(ore);
  }
}

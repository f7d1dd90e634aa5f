package no.imdi.grants.payment.bank;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import no.imdi.grants.payment.payee.AccountNumber;
import no.imdi.grants.payment.payee.InvalidBankNumberException;
import no.imdi.grants.payment.payee.OrganisationNumber;

/**
 * What a payment order must be before a file is written for it, checked before the schema is asked
 * (the schema would accept a zero amount, a repeated municipality or a wrong check digit): at least
 * one transfer; every amount above zero and equal to the sum of its groups; each municipality and
 * end-to-end id once; valid organisation and account numbers; texts within the lengths the
 * Norwegian banks' guideline allows.
 */
final class PaymentOrderCheck {

  /** The guideline's limit for ids (Max35Text). */
  static final int MAX_ID = 35;

  /** Names: the schema allows 140, the guideline (CGI) 70 characters. */
  static final int MAX_NAME = 70;

  private static final Pattern MUNICIPALITY = Pattern.compile("\\d{4}");
  private static final Pattern BIC = Pattern.compile("[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?");

  private PaymentOrderCheck() {}

  static void check(PaymentOrder order) {
    if (order == null) {
      throw refused("no payment order");
    }
    id("messageId", order.messageId());
    if (order.createdAt() == null) {
      throw refused("createdAt is missing");
    }
    if (order.requestedExecutionDate() == null) {
      throw refused("requestedExecutionDate is missing");
    }
    name("debtorName", order.debtorName());
    organisation("debtorOrgNumber", order.debtorOrgNumber());
    account("debtorAccount", order.debtorAccount());
    if (order.debtorBic() != null && !BIC.matcher(order.debtorBic()).matches()) {
      throw refused("debtorBic " + order.debtorBic() + " is not a BIC");
    }
    if (order.transfers().isEmpty()) {
      throw refused("a payment order without transfers is not sent to the bank");
    }
    Set<String> municipalities = new HashSet<>();
    Set<String> endToEndIds = new HashSet<>();
    for (CreditTransfer transfer : order.transfers()) {
      transfer(transfer);
      if (!municipalities.add(transfer.municipalityNumber())) {
        throw refused("municipality " + transfer.municipalityNumber() + " is paid twice");
      }
      if (!endToEndIds.add(transfer.endToEndId())) {
        throw refused("endToEndId " + transfer.endToEndId() + " is used twice");
      }
    }
    order.totalOre();
  }

  private static void transfer(CreditTransfer transfer) {
    if (transfer == null) {
      throw refused("a transfer is missing");
    }
    String where = "transfer " + transfer.endToEndId() + ": ";
    id("endToEndId", transfer.endToEndId());
    if (transfer.municipalityNumber() == null
        || !MUNICIPALITY.matcher(transfer.municipalityNumber()).matches()) {
      throw refused(where + "municipalityNumber must be four digits");
    }
    name(where + "creditorName", transfer.creditorName());
    organisation(where + "creditorOrgNumber", transfer.creditorOrgNumber());
    account(where + "creditorAccount", transfer.creditorAccount());
    if (transfer.amountOre() <= 0) {
      throw refused(where + "amount " + transfer.amountOre() + " øre must be above zero");
    }
    if (!transfer.groups().isEmpty()) {
      long sum = 0;
      for (RemittanceGroup group : transfer.groups()) {
        if (group == null || group.code() == null || group.code().isBlank()) {
          throw refused(where + "a remittance group has no code");
        }
        sum = Math.addExact(sum, group.amountOre());
      }
      if (sum != transfer.amountOre()) {
        throw refused(
            where + "the groups sum to " + sum + " øre, the transfer is " + transfer.amountOre());
      }
    }
  }

  private static void id(String field, String id) {
    if (id == null || id.isBlank() || id.length() > MAX_ID) {
      throw refused(field + " must have 1 to " + MAX_ID + " characters: " + id);
    }
  }

  private static void name(String field, String name) {
    if (name == null || name.isBlank() || name.length() > MAX_NAME) {
      throw refused(field + " must have 1 to " + MAX_NAME + " characters");
    }
  }

  private static void organisation(String field, String number) {
    try {
      new OrganisationNumber(number);
    } catch (InvalidBankNumberException e) {
      throw refused(field + " " + number + ": " + e.problem(), e);
    }
  }

  private static void account(String field, String number) {
    try {
      new AccountNumber(number);
    } catch (InvalidBankNumberException e) {
      throw refused(field + " " + number + ": " + e.problem(), e);
    }
  }

  private static PaymentFileException refused(String message) {
    return new PaymentFileException("Payment order refused: " + message);
  }

  private static PaymentFileException refused(String message, Throwable cause) {
    return new PaymentFileException("Payment order refused: " + message, cause);
  }
}

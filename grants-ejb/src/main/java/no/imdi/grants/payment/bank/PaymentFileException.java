package no.imdi.grants.payment.bank;

import jakarta.ejb.ApplicationException;

/**
 * A payment file that could not be made or a status report that could not be read, with what is
 * wrong (the transfer, the field, or the schema's own message). Nothing is handed to the bank when
 * this is thrown.
 */
@ApplicationException(rollback = true)
public class PaymentFileException extends RuntimeException {

  public PaymentFileException(String message) {
    super(message);
  }

  public PaymentFileException(String message, Throwable cause) {
    super(message, cause);
  }
}

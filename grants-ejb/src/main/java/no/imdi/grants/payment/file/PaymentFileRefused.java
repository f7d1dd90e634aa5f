package no.imdi.grants.payment.file;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Why the payment file or the bank's status report was refused, as a message key of the web bundles
 * ({@code run.file.*}) with its arguments; the transaction is rolled back, so an approval whose
 * file cannot be made is not approved.
 */
@ApplicationException(rollback = true)
public class PaymentFileRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String key;
  private final transient List<Object> arguments;

  public PaymentFileRefused(String key, String detail, Object... arguments) {
    super(key + ": " + detail);
    this.key = key;
    this.arguments = List.of(arguments);
  }

  public String key() {
    return key;
  }

  public List<Object> arguments() {
    return arguments;
  }
}

package no.imdi.grants.casefile;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A verb of a case refused what it was asked ({@link Refusal}), as the services throw it: the
 * transaction is rolled back and the page shows the message by its key, with its rule id and the
 * field it concerns.
 */
@ApplicationException(rollback = true)
public class CaseRefusedException extends RuntimeException {

  private final CaseMessage reason;
  private final String field;
  private final transient List<Object> arguments;

  public CaseRefusedException(Refusal refusal) {
    super(refusal.getMessage());
    this.reason = refusal.reason();
    this.field = refusal.field();
    this.arguments = refusal.arguments();
  }

  public CaseMessage reason() {
    return reason;
  }

  public String rule() {
    return reason.rule();
  }

  public String messageKey() {
    return reason.key();
  }

  /** The form field, or {@code null} when the refusal concerns the whole form. */
  public String field() {
    return field;
  }

  public List<Object> arguments() {
    return arguments;
  }
}

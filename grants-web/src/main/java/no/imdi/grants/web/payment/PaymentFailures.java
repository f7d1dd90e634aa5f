package no.imdi.grants.web.payment;

import jakarta.ejb.EJBAccessException;
import jakarta.persistence.OptimisticLockException;
import no.imdi.grants.casefile.CaseRefusedException;
import no.imdi.grants.payment.file.PaymentFileRefused;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.shared.ConcurrentChangeException;
import no.imdi.grants.web.shared.Failures;
import no.imdi.grants.web.shared.Messages;

/**
 * How the payment pages tell a refused action: the run's refusals and the bank file's by their
 * message keys (with the rule id in the text), a change someone made meanwhile, a refused access
 * (maker/checker) plainly. Anything else is a fault and reaches the error page.
 */
final class PaymentFailures {

  private PaymentFailures() {}

  static boolean show(Messages messages, RuntimeException failure) {
    if (Failures.causedBy(failure, CaseRefusedException.class)) {
      CaseRefusedException refused = find(failure, CaseRefusedException.class);
      messages.error(refused.messageKey(), refused.arguments().toArray());
      return true;
    }
    if (Failures.causedBy(failure, PaymentFileRefused.class)) {
      PaymentFileRefused refused = find(failure, PaymentFileRefused.class);
      messages.error(refused.key(), refused.arguments().toArray());
      return true;
    }
    if (Failures.causedBy(failure, ConcurrentChangeException.class)
        || Failures.causedBy(failure, OptimisticLockException.class)) {
      messages.error("run.changedMeanwhile");
      return true;
    }
    if (Failures.causedBy(failure, AccessDeniedException.class)
        || Failures.causedBy(failure, EJBAccessException.class)) {
      messages.error("run.denied");
      return true;
    }
    return false;
  }

  private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    throw new IllegalStateException(failure);
  }
}

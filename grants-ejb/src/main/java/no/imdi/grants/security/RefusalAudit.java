package no.imdi.grants.security;

import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import java.util.Arrays;
import java.util.stream.Collectors;
import no.imdi.grants.audit.SecurityEvent.Kind;
import no.imdi.grants.audit.SecurityLog;

/**
 * Writes every {@link AccessDeniedException} a service throws to the security log: who, when, which
 * operation with which arguments, and why it was refused. Bound to every service that reads or
 * writes scoped data, so a refusal cannot go unrecorded because a page forgot to log it.
 */
public class RefusalAudit {

  @Inject private SecurityLog log;

  @AroundInvoke
  public Object audit(InvocationContext invocation) throws Exception {
    try {
      return invocation.proceed();
    } catch (AccessDeniedException e) {
      String target =
          invocation.getMethod().getDeclaringClass().getSimpleName()
              + "."
              + invocation.getMethod().getName()
              + "("
              + Arrays.stream(invocation.getParameters())
                  .map(RefusalAudit::describe)
                  .collect(Collectors.joining(", "))
              + ")";
      log.record(Kind.REFUSED, target, e.getMessage());
      RequestOrigin origin = RequestOrigin.current();
      if (origin != null) {
        origin.markRefusalRecorded();
      }
      throw e;
    }
  }

  /** Ids and short values as they are; records by their type only (no personal data logged). */
  private static String describe(Object argument) {
    if (argument == null) {
      return "null";
    }
    if (argument instanceof Number || argument instanceof Enum<?>) {
      return argument.toString();
    }
    return argument.getClass().getSimpleName();
  }
}

package no.imdi.grants.casefile;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;

/**
 * Turns a {@link Refusal} of the domain's verbs into a {@link CaseRefusedException}, an application
 * exception that rolls the transaction back and reaches the page as it is (a plain runtime
 * exception would reach it as a system error).
 */
public class CaseRefusals {

  @AroundInvoke
  public Object translate(InvocationContext invocation) throws Exception {
    try {
      return invocation.proceed();
    } catch (Refusal refusal) {
      throw new CaseRefusedException(refusal);
    }
  }
}

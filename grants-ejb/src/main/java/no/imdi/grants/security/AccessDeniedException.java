package no.imdi.grants.security;

import jakarta.ejb.ApplicationException;

/**
 * The caller asked for data outside what their role and municipality allow. Pages show a refusal
 * and the transaction is rolled back.
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

  public AccessDeniedException(String message) {
    super(message);
  }
}

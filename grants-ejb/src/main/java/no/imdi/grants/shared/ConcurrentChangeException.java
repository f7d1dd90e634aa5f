package no.imdi.grants.shared;

import jakarta.ejb.ApplicationException;

/**
 * Someone else saved the same record after it was opened: the save is refused instead of silently
 * overwriting their change (no lost update).
 */
@ApplicationException(rollback = true)
public class ConcurrentChangeException extends RuntimeException {

  public ConcurrentChangeException(String message) {
    super(message);
  }
}

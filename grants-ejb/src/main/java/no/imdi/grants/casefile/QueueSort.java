package no.imdi.grants.casefile;

/**
 * The orders of IMDi's work queue: by the deadline that counts (the nearest first; items without
 * one last), or by age (the longest waiting first).
 */
public enum QueueSort {
  DEADLINE,
  AGE
}

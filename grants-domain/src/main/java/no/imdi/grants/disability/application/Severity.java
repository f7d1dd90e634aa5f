package no.imdi.grants.disability.application;

/**
 * How a problem found on submitting weighs: it refuses the submission (a threshold not met, R-T1-1
 * and R-T2-1); it is a warning the municipality may override with a comment (a missing document);
 * or it is a notice the municipality is told before it confirms (a late application is accepted but
 * flagged for dismissal, R-DL-6).
 */
public enum Severity {
  REFUSED,
  WARNING,
  NOTICE
}

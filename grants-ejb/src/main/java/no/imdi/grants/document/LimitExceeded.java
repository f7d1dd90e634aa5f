package no.imdi.grants.document;

/**
 * A check went over one of its limits (time, decoded bytes, objects). Unchecked, so that it passes
 * through PDFBox, which swallows many {@link java.io.IOException}s in its lenient parsing.
 */
final class LimitExceeded extends RuntimeException {

  private static final long serialVersionUID = 1L;

  LimitExceeded(String message) {
    super(message, null, false, false);
  }
}

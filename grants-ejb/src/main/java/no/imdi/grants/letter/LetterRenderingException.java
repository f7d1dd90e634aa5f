package no.imdi.grants.letter;

/**
 * A letter could not be produced: a template or font is broken, or the PDF could not be written.
 */
public class LetterRenderingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public LetterRenderingException(String message, Throwable cause) {
    super(message, cause);
  }
}

package no.imdi.grants.document;

/**
 * Why an uploaded file was refused (*avvist opplasting*), judged by its content and never by its
 * name. Each reason has a message key ({@code upload.refused.NAME}) that a page turns into a
 * sentence in bokmål or English; nothing is stored for a refused file.
 */
public enum UploadRefusal {
  /** The file has no bytes. */
  EMPTY,
  /** Larger than the configured limit (20 MB by default). */
  TOO_LARGE,
  /** The content does not start with {@code %PDF-}: another kind of file, whatever its name. */
  NOT_PDF,
  /** Starts as a PDF but cannot be read: truncated, damaged, or without pages. */
  DAMAGED,
  /** Protected by a password or encryption (a user password, or an owner password only). */
  ENCRYPTED,
  /** Holds JavaScript: document scripts, script actions, {@code javascript:} links, XFA scripts. */
  JAVASCRIPT,
  /** Starts programs or opens other files on the reader's computer (Launch actions). */
  LAUNCH_ACTION,
  /** Sends form data to an address or imports data from another file (SubmitForm, ImportData). */
  SUBMIT_OR_IMPORT_ACTION,
  /** Has attached or embedded files, or embedded media (file attachments, portfolios, 3D). */
  EMBEDDED_FILE,
  /** Runs actions by itself when the document, a page or a field is opened or used (/AA). */
  AUTOMATIC_ACTION,
  /** Could not be checked within the time and memory limits of a check. */
  TOO_COMPLEX,
  /** Too many files are being checked just now; trying again a little later works. */
  BUSY;

  /** The key of the refusal's text in the page bundles, {@code upload.refused.JAVASCRIPT}. */
  public String messageKey() {
    return "upload.refused." + name();
  }
}

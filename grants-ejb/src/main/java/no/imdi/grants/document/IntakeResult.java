package no.imdi.grants.document;

/** What became of an upload: stored, or refused with the reason the page shows. */
public sealed interface IntakeResult {

  /** The upload passed the checks and is stored, unchanged. */
  record Stored(StoredDocument document) implements IntakeResult {}

  /** The upload was refused, and nothing of it was stored. */
  record Refused(UploadRefusal reason) implements IntakeResult {}
}

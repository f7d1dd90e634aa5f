package no.imdi.grants.disability.application;

import java.time.LocalDate;
import java.util.List;
import no.imdi.grants.casefile.MatterKind;
import no.imdi.grants.casefile.Parties;
import no.imdi.grants.casefile.Upload;
import no.imdi.grants.journal.DocumentRef;
import no.imdi.grants.journal.JournalDraft;
import no.imdi.grants.journal.Screening;

/**
 * The incoming journal entries (*inngående journalposter*) of the municipality's side of a
 * disability grant case: the submitted application with all its documents, screened as health data;
 * a document sent after submitting, screened when it holds health data; and a request for a later
 * deadline (R-DL-5). Each names its sender and the matter it is about. Holds nothing: the service
 * writes the entry in its transaction.
 */
final class IncomingEntries {

  private IncomingEntries() {}

  /** The submitted application and its documents, received on the given day. */
  static JournalDraft submitted(Application application, LocalDate receivedOn) {
    return JournalDraft.incoming(
            receivedOn,
            Parties.of(application.getApplicant()),
            title(application),
            Screening.HEALTH_DATA,
            application.getAttachments().stream()
                .map(a -> new Upload(a.getTitle(), a.getDocument()).toJournalDocument())
                .toList())
        .about(MatterKind.APPLICATION, application.getId());
  }

  /** A document the municipality sent after submitting the application. */
  static JournalDraft sentLater(
      Application application, Attachment attachment, DocumentRef document, LocalDate on) {
    return JournalDraft.incoming(
            on,
            Parties.of(application.getApplicant()),
            "Ettersendt dokumentasjon: " + attachment.getTitle(),
            attachment.isHealthData() ? Screening.HEALTH_DATA : Screening.NONE,
            List.of(new Upload(attachment.getTitle(), document).toJournalDocument()))
        .about(MatterKind.APPLICATION, application.getId());
  }

  /** The request for a later deadline of the grant year (R-DL-5), from the given party. */
  static JournalDraft extensionRequested(ExtensionRequest request, String party, int grantYear) {
    return JournalDraft.incoming(
            request.getReceivedOn(),
            party,
            "Anmodning om utsatt søknadsfrist, tilskuddsår " + grantYear,
            Screening.NONE,
            List.of())
        .about(MatterKind.EXTENSION_REQUEST, request.getId());
  }

  static String title(Application application) {
    return (application.isConversion()
            ? "Søknad om omgjøring av T1 til T2, tilskuddsår "
            : "Søknad om " + application.getKind() + ", tilskuddsår ")
        + application.getGrantYear();
  }
}

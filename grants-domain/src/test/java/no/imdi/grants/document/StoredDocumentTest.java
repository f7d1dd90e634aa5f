package no.imdi.grants.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StoredDocumentTest {

  private static final Instant AT = Instant.parse("2026-03-02T09:15:30.123456789Z");
  private static final byte[] PDF = "%PDF-1.7 ... %%EOF".getBytes(StandardCharsets.US_ASCII);

  @Test
  void aReceivedDocumentKeepsItsBytesAndTheirDigest() {
    byte[] content = PDF.clone();

    StoredDocument document =
        StoredDocument.received("C:\\tmp\\lege.pdf", content, 2, AT, "kommune.oslo");
    content[0] = 'X';

    assertThat(document.content()).isEqualTo(PDF);
    assertThat(document.size()).isEqualTo(PDF.length);
    assertThat(document.sha256()).isEqualTo(Sha256.of(PDF));
    assertThat(document.mediaType()).isEqualTo("application/pdf");
    assertThat(document.displayName().value()).isEqualTo("lege.pdf");
    assertThat(document.receivedAt()).isEqualTo(Instant.parse("2026-03-02T09:15:30.123456Z"));
  }

  @Test
  void theBytesHandedOutAreACopy() {
    StoredDocument document = StoredDocument.received("a.pdf", PDF, 1, AT, "kommune.oslo");

    document.content()[0] = 'X';

    assertThat(document.content()).isEqualTo(PDF);
    assertThat(document.openContent()).hasBinaryContent(PDF);
  }

  @Test
  void bytesThatNoLongerMatchTheirDigestAreNotReadBack() {
    StoredDocument document = StoredDocument.received("a.pdf", PDF, 1, AT, "kommune.oslo");
    byte[] changed = PDF.clone();
    changed[6] = '6';

    assertThatThrownBy(
            () ->
                StoredDocument.restored(
                    document.id(),
                    document.displayName(),
                    document.mediaType(),
                    document.size(),
                    document.sha256(),
                    1,
                    AT,
                    "kommune.oslo",
                    changed))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SHA-256");
  }

  @Test
  void onlyPdfDocumentsWithPagesAreKept() {
    assertThatThrownBy(() -> StoredDocument.received("a.pdf", PDF, 0, AT, "kommune.oslo"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StoredDocument.received("a.pdf", new byte[0], 1, AT, "kommune.oslo"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                StoredDocument.restored(
                    DocumentId.random(),
                    DisplayName.sanitise("a.png"),
                    "image/png",
                    PDF.length,
                    Sha256.of(PDF),
                    1,
                    AT,
                    "kommune.oslo",
                    PDF))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theDigestIsTheKnownSha256InLowerCaseHex() {
    assertThat(Sha256.of("abc".getBytes(StandardCharsets.US_ASCII)).hex())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThatThrownBy(() -> new Sha256("BA7816BF")).isInstanceOf(IllegalArgumentException.class);
  }
}

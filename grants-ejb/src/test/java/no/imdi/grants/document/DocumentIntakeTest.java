package no.imdi.grants.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import no.imdi.grants.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentIntakeTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-02T09:15:30Z"), ZoneOffset.UTC);

  @TempDir Path temp;

  private PdfInspector inspector;

  @AfterEach
  void close() {
    inspector.close();
  }

  private DocumentIntake intake(DataSource db, long maxBytes) {
    inspector =
        new PdfInspector(
            UploadLimits.defaults().withMaxBytes(maxBytes).withTempFolder(temp), Thread::new);
    return new DocumentIntake(inspector, new PostgresDocumentStore(db), CLOCK);
  }

  @Test
  void anAcceptedUploadIsStoredUnchangedUnderItsCleanedName() {
    DataSource db = TestDatabase.freshDatabase();
    byte[] content = TestPdfs.valid(2);

    IntakeResult result =
        intake(db, UploadLimits.DEFAULT_MAX_BYTES)
            .receive(
                "C:\\fakepath\\erklæring.pdf", new ByteArrayInputStream(content), "kommune.oslo");

    StoredDocument document = ((IntakeResult.Stored) result).document();
    assertThat(document.displayName().value()).isEqualTo("erklæring.pdf");
    assertThat(document.pageCount()).isEqualTo(2);
    assertThat(document.receivedAt()).isEqualTo(CLOCK.instant());
    assertThat(new PostgresDocumentStore(db).find(document.id()).orElseThrow().content())
        .isEqualTo(content);
  }

  @Test
  void aRefusedUploadLeavesNothingStored() {
    DataSource db = TestDatabase.freshDatabase();
    DocumentIntake intake = intake(db, UploadLimits.DEFAULT_MAX_BYTES);

    IntakeResult script =
        intake.receive(
            "brev.pdf", new ByteArrayInputStream(TestPdfs.openActionJavaScript()), "kommune.oslo");
    IntakeResult picture =
        intake.receive(
            "bilde.pdf", new ByteArrayInputStream(TestPdfs.renamedPng()), "kommune.oslo");

    assertThat(script).isEqualTo(new IntakeResult.Refused(UploadRefusal.JAVASCRIPT));
    assertThat(picture).isEqualTo(new IntakeResult.Refused(UploadRefusal.NOT_PDF));
    assertThat(rows(db)).isZero();
  }

  @Test
  void anUploadOverTheLimitIsRefusedWithoutReadingItToTheEnd() {
    DataSource db = TestDatabase.freshDatabase();
    byte[] content = TestPdfs.valid(1);

    IntakeResult result =
        intake(db, content.length - 1)
            .receive("stor.pdf", new ByteArrayInputStream(content), "kommune.oslo");

    assertThat(result).isEqualTo(new IntakeResult.Refused(UploadRefusal.TOO_LARGE));
    assertThat(rows(db)).isZero();
  }

  @Test
  void anUploadThatBreaksOffIsRefusedAsDamaged() {
    DataSource db = TestDatabase.freshDatabase();
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("Connection reset");
          }
        };

    IntakeResult result =
        intake(db, UploadLimits.DEFAULT_MAX_BYTES).receive("a.pdf", broken, "kommune.oslo");

    assertThat(result).isEqualTo(new IntakeResult.Refused(UploadRefusal.DAMAGED));
  }

  private static long rows(DataSource db) {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("select count(*) from stored_document")) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}

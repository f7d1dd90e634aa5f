package no.imdi.grants.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Random;
import javax.sql.DataSource;
import no.imdi.grants.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

class PostgresDocumentStoreTest {

  private static final Instant AT = Instant.parse("2026-03-02T09:15:30.123456Z");

  @Test
  void aDocumentIsReadBackByteForByteWithEverythingRecorded() {
    DataSource db = TestDatabase.freshDatabase();
    PostgresDocumentStore store = new PostgresDocumentStore(db);
    byte[] content = TestPdfs.valid(3);
    StoredDocument stored =
        StoredDocument.received("Søknad T2 – legeerklæring.pdf", content, 3, AT, "kommune.oslo");

    store.store(stored);
    StoredDocument read = store.find(stored.id()).orElseThrow();

    assertThat(read.content()).isEqualTo(content);
    assertThat(read).isEqualTo(stored);
    assertThat(read.sha256()).isEqualTo(Sha256.of(content));
    assertThat(read.size()).isEqualTo(content.length);
    assertThat(read.pageCount()).isEqualTo(3);
    assertThat(read.displayName().value()).isEqualTo("Søknad T2 – legeerklæring.pdf");
    assertThat(read.receivedAt()).isEqualTo(AT);
    assertThat(read.receivedBy()).isEqualTo("kommune.oslo");
    assertThat(count(db, "select octet_length(content) from stored_document"))
        .isEqualTo(content.length);
  }

  @Test
  void everyByteValueSurvivesTheRoundTrip() {
    PostgresDocumentStore store = new PostgresDocumentStore(TestDatabase.freshDatabase());
    byte[] content = new byte[3 * 1024 * 1024];
    new Random(42).nextBytes(content);
    for (int b = 0; b < 256; b++) {
      content[b] = (byte) b;
    }
    StoredDocument stored = StoredDocument.received("a.pdf", content, 1, AT, "imdi.saksbehandler");

    store.store(stored);

    assertThat(store.find(stored.id()).orElseThrow().content()).isEqualTo(content);
  }

  @Test
  void anUnknownIdFindsNothing() {
    PostgresDocumentStore store = new PostgresDocumentStore(TestDatabase.freshDatabase());

    assertThat(store.find(DocumentId.random())).isEmpty();
  }

  @Test
  void aStoredDocumentCannotBeStoredAgainNorChanged() throws SQLException {
    DataSource db = TestDatabase.freshDatabase();
    PostgresDocumentStore store = new PostgresDocumentStore(db);
    StoredDocument stored =
        StoredDocument.received("a.pdf", TestPdfs.valid(1), 1, AT, "kommune.oslo");
    store.store(stored);

    assertThatThrownBy(() -> store.store(stored)).isInstanceOf(IllegalStateException.class);
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      assertThatThrownBy(() -> s.executeUpdate("update stored_document set page_count = 2"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("immutable");
    }
    assertThat(store.find(stored.id()).orElseThrow().pageCount()).isEqualTo(1);
  }

  @Test
  void bytesChangedBehindTheApplicationsBackAreNotHandedOut() throws SQLException {
    DataSource db = TestDatabase.freshDatabase();
    PostgresDocumentStore store = new PostgresDocumentStore(db);
    StoredDocument stored =
        StoredDocument.received("a.pdf", TestPdfs.valid(1), 1, AT, "kommune.oslo");
    store.store(stored);
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute("alter table stored_document disable trigger stored_document_no_update");
      s.executeUpdate("update stored_document set content = overlay(content placing 'X' from 10)");
    }

    assertThatThrownBy(() -> store.find(stored.id()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SHA-256");
  }

  private static long count(DataSource db, String query) {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        var rows = s.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(query, e);
    }
  }
}

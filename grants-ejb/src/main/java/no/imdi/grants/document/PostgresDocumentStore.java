package no.imdi.grants.document;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;
import no.imdi.grants.database.GrantsDatabase;

/**
 * The documents in PostgreSQL, the default store: one row of {@code stored_document} each, the
 * bytes in a {@code bytea} column exactly as received. Plain JDBC on the application's datasource,
 * so a store joins the caller's transaction: a document and the journal entry that names it are
 * committed together or not at all. The table refuses updates (V20), and reading a row back checks
 * its bytes against the recorded SHA-256.
 */
@ApplicationScoped
public class PostgresDocumentStore implements DocumentStore {

  private static final String INSERT =
      "insert into stored_document (id, display_name, media_type, size_bytes, sha256, page_count,"
          + " received_at, received_by, content) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String SELECT =
      "select display_name, media_type, size_bytes, sha256, page_count, received_at, received_by,"
          + " content from stored_document where id = ?";

  @Resource(lookup = GrantsDatabase.JNDI_NAME)
  private DataSource dataSource;

  protected PostgresDocumentStore() {}

  public PostgresDocumentStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void store(StoredDocument document) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert = c.prepareStatement(INSERT)) {
      insert.setObject(1, document.id().value());
      insert.setString(2, document.displayName().value());
      insert.setString(3, document.mediaType());
      insert.setLong(4, document.size());
      insert.setString(5, document.sha256().hex());
      insert.setInt(6, document.pageCount());
      insert.setObject(7, OffsetDateTime.ofInstant(document.receivedAt(), ZoneOffset.UTC));
      insert.setString(8, document.receivedBy());
      insert.setBinaryStream(9, document.openContent(), document.size());
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not store document " + document.id(), e);
    }
  }

  @Override
  public Optional<StoredDocument> find(DocumentId id) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select = c.prepareStatement(SELECT)) {
      select.setObject(1, id.value());
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(
            StoredDocument.restored(
                id,
                DisplayName.sanitise(row.getString("display_name")),
                row.getString("media_type"),
                row.getLong("size_bytes"),
                new Sha256(row.getString("sha256")),
                row.getInt("page_count"),
                row.getObject("received_at", OffsetDateTime.class).toInstant(),
                row.getString("received_by"),
                row.getBytes("content")));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read document " + id, e);
    }
  }
}

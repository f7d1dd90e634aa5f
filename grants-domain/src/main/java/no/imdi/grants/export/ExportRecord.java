package no.imdi.grants.export;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One export of a list that holds personal data (the export log, *eksportlogg*): who exported which
 * list, when, in which format, with which filter and order, how many rows went out, and, when it
 * broke off, why. Written once, never changed; kept apart from the access log of single reads.
 */
@Entity
@Table(name = "export_log")
public class ExportRecord {

  static final int TEXT_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "exported_at", nullable = false)
  private Instant exportedAt;

  @Column(name = "username", nullable = false, length = 64)
  private String username;

  @Column(name = "list_name", nullable = false, length = 64)
  private String listName;

  @Column(name = "format", nullable = false, length = 8)
  private String format;

  @Column(name = "filter", nullable = false, length = TEXT_LENGTH)
  private String filter;

  @Column(name = "sort_order", length = 64)
  private String sortOrder;

  @Column(name = "row_count", nullable = false)
  private long rowCount;

  @Column(name = "completed", nullable = false)
  private boolean completed;

  @Column(name = "failure", length = TEXT_LENGTH)
  private String failure;

  protected ExportRecord() {}

  public ExportRecord(
      Instant exportedAt,
      String username,
      String listName,
      String format,
      String filter,
      String sortOrder,
      long rowCount,
      String failure) {
    this.exportedAt = exportedAt;
    this.username = username;
    this.listName = listName;
    this.format = format;
    this.filter = clip(filter == null ? "" : filter);
    this.sortOrder = sortOrder;
    this.rowCount = rowCount;
    this.completed = failure == null;
    this.failure = failure == null ? null : clip(failure);
  }

  private static String clip(String text) {
    return text.length() <= TEXT_LENGTH ? text : text.substring(0, TEXT_LENGTH);
  }

  public Long getId() {
    return id;
  }

  public Instant getExportedAt() {
    return exportedAt;
  }

  public String getUsername() {
    return username;
  }

  public String getListName() {
    return listName;
  }

  public String getFormat() {
    return format;
  }

  public String getFilter() {
    return filter;
  }

  public String getSortOrder() {
    return sortOrder;
  }

  public long getRowCount() {
    return rowCount;
  }

  public boolean isCompleted() {
    return completed;
  }

  public String getFailure() {
    return failure;
  }
}

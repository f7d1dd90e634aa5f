package no.imdi.grants.export;

import java.io.IOException;
import java.util.List;

/** Writes an export's header and rows, one at a time, to the output it was made for. */
interface RowWriter extends AutoCloseable {

  void header(List<String> headers) throws IOException;

  void row(List<Column<?>> columns, Object[] values) throws IOException;

  /** The export is whole: write what is left and flush. */
  void finish() throws IOException;

  /**
   * The export broke off after some rows: end the output so that a reader sees it is incomplete
   * (the response is already committed, so no error page can follow).
   */
  void abort(String message) throws IOException;

  /** Whether bytes have already gone out (an error page can then no longer be shown). */
  boolean started();

  @Override
  void close() throws IOException;
}

package no.imdi.grants.export;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import no.imdi.grants.shared.Page;
import no.imdi.grants.shared.PageRequest;

/**
 * The rows of an export, handed on one at a time as the list's own query reads them (a database
 * cursor or keyset batches), never collected first, so that memory does not grow with the list.
 */
@FunctionalInterface
public interface RowSource<R> {

  void forEach(Consumer<? super R> row);

  /**
   * A source whose query runs only when the rows are asked for, after the header has gone out: a
   * sorted list's first row waits for the database's sort, its first bytes do not.
   */
  static <R> RowSource<R> lazily(Supplier<Stream<R>> query) {
    return row -> of(query.get()).forEach(row);
  }

  /**
   * A source over a small list's own page query, read in pages of {@link PageRequest#MAX_SIZE} in
   * the list's order until its count is reached (the rates, the payees, the users, the runs: a few
   * hundred rows, read by the query the page shows them with).
   */
  static <R, S extends Enum<S>> RowSource<R> paged(
      Function<PageRequest<S>, Page<R>> query, S sort, boolean ascending) {
    return row -> {
      int first = 0;
      while (true) {
        Page<R> page = query.apply(new PageRequest<>(first, PageRequest.MAX_SIZE, sort, ascending));
        page.rows().forEach(row);
        first += page.rows().size();
        if (page.rows().isEmpty() || first >= page.total()) {
          return;
        }
      }
    };
  }

  /** A source over a stream, which is closed after it (a database cursor is released). */
  static <R> RowSource<R> of(Stream<R> stream) {
    return row -> {
      try (stream) {
        stream.forEach(row);
      }
    };
  }
}

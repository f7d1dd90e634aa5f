package no.imdi.grants.shared;

/**
 * One page of a list as a page asks for it: where it starts, how many rows, and the order. Lists
 * are always paged, sorted and filtered in the database, never in memory.
 */
public record PageRequest<S extends Enum<S>>(int first, int size, S sortField, boolean ascending) {

  public static final int MAX_SIZE = 200;

  public PageRequest {
    if (first < 0) {
      throw new IllegalArgumentException("first must be >= 0");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
    }
  }
}

package no.imdi.grants.shared;

/** The version a form was opened with, checked against the stored one before a change. */
public final class Versions {

  private Versions() {}

  public static void require(long stored, long opened, String what) {
    if (stored != opened) {
      throw new ConcurrentChangeException(
          what + " was changed by someone else after it was opened");
    }
  }
}

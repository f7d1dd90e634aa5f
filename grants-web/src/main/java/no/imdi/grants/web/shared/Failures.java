package no.imdi.grants.web.shared;

/** Looks through an exception's causes, for failures the container wraps (a lost-update race). */
public final class Failures {

  private Failures() {}

  public static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}

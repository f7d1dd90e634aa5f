package no.imdi.grants.bench.load;

import java.net.URI;
import java.util.Optional;

/**
 * One request and its answer as the virtual user saw it: the status (-1 when no answer came, with
 * the reason as body), the Location of a redirect, the body and the time it took.
 */
record Exchange(
    String method, URI uri, int status, Optional<String> location, String body, long nanos) {

  static Exchange failed(String method, URI uri, Exception failure, long nanos) {
    String message = failure.getMessage() == null ? "" : ": " + failure.getMessage();
    String reason = failure.getClass().getSimpleName() + message;
    return new Exchange(method, uri, -1, Optional.empty(), reason, nanos);
  }

  boolean redirect() {
    return status >= 300 && status < 400;
  }

  boolean redirectsTo(String page) {
    return redirect() && location.map(l -> l.contains(page)).orElse(false);
  }

  /** The text of the page's title, to tell an error page from another in an example line. */
  String title() {
    int start = body.indexOf("<title>");
    int end = body.indexOf("</title>", start + 1);
    return start < 0 || end < 0 ? "" : body.substring(start + 7, end).strip();
  }
}

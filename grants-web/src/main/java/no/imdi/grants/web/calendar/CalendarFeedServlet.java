package no.imdi.grants.web.calendar;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.imdi.grants.calendarfeed.DeadlineFeed;
import no.imdi.grants.calendarfeed.FeedLimiter;
import no.imdi.grants.calendarfeed.FeedRead;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A municipality user's deadline calendar ({@code /calendar/<token>.ics}), read by calendar apps
 * that cannot log in: outside the login's security constraints (only {@code /app/*} and {@code
 * /admin/*} have one), the secret token is the only key. An unknown, revoked or malformed token, or
 * a feed of a disabled user, answers 404 with nothing else (the security log has the refusal, never
 * the token). Requests are limited per feed URL and per client address ({@link FeedLimiter}): one
 * beyond a limit answers 429 with {@code Retry-After}, before the token is even looked up. The
 * links point at {@code grants.calendar.baseUrl} when it is set, else at the request's own scheme,
 * host and context path.
 */
@WebServlet("/calendar/*")
public class CalendarFeedServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(CalendarFeedServlet.class.getName());
  static final String SUFFIX = ".ics";
  static final int TOO_MANY_REQUESTS = 429;

  @EJB private DeadlineFeed feeds;
  @EJB private FeedLimiter limiter;

  @Inject
  @ConfigProperty(name = "grants.calendar.baseUrl")
  private Optional<String> baseUrl;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo();
    boolean wellFormed =
        path != null && path.startsWith("/") && path.endsWith(SUFFIX) && path.length() <= 64;
    String token = wellFormed ? path.substring(1, path.length() - SUFFIX.length()) : null;
    FeedRead read;
    try {
      Optional<Long> wait = limiter.admit(token, request.getRemoteAddr());
      if (wait.isPresent()) {
        response.setHeader("Retry-After", Long.toString(wait.get()));
        response.sendError(TOO_MANY_REQUESTS);
        return;
      }
      if (!wellFormed) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      read = feeds.read(token, base(request));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Calendar feed failed", e);
      response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      return;
    }
    if (read.calendar().isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] body = read.calendar().get().getBytes(StandardCharsets.UTF_8);
    response.setContentType("text/calendar; charset=utf-8");
    response.setHeader("Cache-Control", "private, max-age=0, must-revalidate");
    response.setHeader("Content-Disposition", "inline; filename=\"frister.ics\"");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  String base(HttpServletRequest request) {
    String configured = baseUrl == null ? null : baseUrl.filter(s -> !s.isBlank()).orElse(null);
    if (configured != null) {
      return configured.endsWith("/") ? configured : configured + "/";
    }
    return FeedUrls.root(request);
  }
}

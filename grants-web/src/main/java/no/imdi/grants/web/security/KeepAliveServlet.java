package no.imdi.grants.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "Stay logged in" of the session warning (issue 7 item 12, {@code js/session.js}): a request that
 * only touches the caller's session, so that its inactivity clock starts again without a page being
 * rendered or a form submitted. Under {@code /app/*}, so the login and the revocation checks apply
 * as to every page: a session that has ended is sent to the login page, which the script reads as
 * "logged out". Answers 204 with no body; nothing is stored.
 */
@WebServlet(name = "KeepAlive", urlPatterns = "/app/keep-alive")
public class KeepAliveServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("Cache-Control", "no-store");
    response.setStatus(
        request.getSession(false) == null
            ? HttpServletResponse.SC_UNAUTHORIZED
            : HttpServletResponse.SC_NO_CONTENT);
  }
}

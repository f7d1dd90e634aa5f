package no.imdi.grants.web.calendar;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import no.imdi.grants.calendarfeed.CalendarFeeds;
import no.imdi.grants.calendarfeed.FeedToken;
import no.imdi.grants.calendarfeed.FeedView;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.web.shared.Messages;
import no.imdi.grants.web.shared.Pages;

/**
 * The calendar page ({@code app/calendar.xhtml}): a municipality user's secret feed URL of their
 * deadlines. A new URL is shown once, right after it was made (only its hash is kept); the user can
 * revoke it, or make a new one, which revokes the old one first.
 */
@Named
@RequestScoped
public class CalendarBean {

  @EJB private CalendarFeeds feeds;
  @Inject private Messages messages;

  private String newUrl;
  private Optional<FeedView> active;

  /** Refuses a role without a calendar (403) before the page renders. */
  public void load() {
    getActive();
  }

  /** The active feed, if any (never its URL). */
  public FeedView getActive() {
    if (active == null) {
      try {
        active = feeds.active();
      } catch (AccessDeniedException | EJBAccessException e) {
        Pages.refuse(FacesContext.getCurrentInstance(), 403);
        active = Optional.empty();
      }
    }
    return active.orElse(null);
  }

  /** Revokes the active feed, if any, and makes a new one whose URL the page shows once. */
  public void create() {
    try {
      FeedToken token = feeds.create();
      FacesContext faces = FacesContext.getCurrentInstance();
      newUrl =
          FeedUrls.feed(
              (HttpServletRequest) faces.getExternalContext().getRequest(), token.value());
      active = null;
      messages.info("ical.created");
    } catch (AccessDeniedException | EJBAccessException e) {
      Pages.refuse(FacesContext.getCurrentInstance(), 403);
    }
  }

  public void revoke() {
    try {
      boolean revoked = feeds.revoke();
      newUrl = null;
      active = null;
      messages.info(revoked ? "ical.revoked" : "ical.noneToRevoke");
    } catch (AccessDeniedException | EJBAccessException e) {
      Pages.refuse(FacesContext.getCurrentInstance(), 403);
    }
  }

  public String getNewUrl() {
    return newUrl;
  }
}

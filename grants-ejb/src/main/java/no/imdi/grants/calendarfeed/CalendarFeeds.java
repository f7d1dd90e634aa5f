package no.imdi.grants.calendarfeed;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import no.imdi.grants.calendarfeed.CalendarFeedAudit.Action;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.security.AppUser;
import no.imdi.grants.security.CurrentUser;
import no.imdi.grants.security.Role;

/**
 * A municipality user's own calendar feed, from the calendar page: whether one is active (when it
 * was made and last read), a new one (the old one revoked first: one active per user), and revoking
 * it. The token of a new feed is returned once and never stored; every creation and revocation is
 * audited.
 */
@Stateless
@RolesAllowed({Role.MUNICIPALITY_CASEWORKER_NAME, Role.MUNICIPALITY_FINANCE_NAME})
public class CalendarFeeds {

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;

  protected CalendarFeeds() {}

  public CalendarFeeds(EntityManager em, CurrentUser currentUser, Clock clock) {
    this.em = em;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  /** The user's active feed, if any. */
  public Optional<FeedView> active() {
    return active(user().getUsername()).map(FeedView::of);
  }

  /** Revokes the active feed, if any, and makes a new one; returns its token, shown once. */
  public FeedToken create() {
    AppUser user = user();
    Instant now = clock.instant();
    revokeActive(user.getUsername(), now);
    FeedToken token = FeedToken.generate();
    CalendarFeed feed = CalendarFeed.create(user.getUsername(), token, now);
    em.persist(feed);
    em.flush();
    em.persist(new CalendarFeedAudit(feed, Action.CREATED, user.getUsername(), now));
    return token;
  }

  /** Revokes the active feed; false when there was none. */
  public boolean revoke() {
    return revokeActive(user().getUsername(), clock.instant());
  }

  private boolean revokeActive(String username, Instant now) {
    Optional<CalendarFeed> active = active(username);
    active.ifPresent(
        feed -> {
          feed.revoke(username, now);
          em.persist(new CalendarFeedAudit(feed, Action.REVOKED, username, now));
          em.flush();
        });
    return active.isPresent();
  }

  private Optional<CalendarFeed> active(String username) {
    return em.createQuery(
            "select f from CalendarFeed f where f.username = :u and f.revokedAt is null",
            CalendarFeed.class)
        .setParameter("u", username)
        .getResultStream()
        .findFirst();
  }

  static Optional<CalendarFeed> byHash(EntityManager em, String hash) {
    return em.createQuery("select f from CalendarFeed f where f.tokenHash = :h", CalendarFeed.class)
        .setParameter("h", hash)
        .getResultStream()
        .findFirst();
  }

  private AppUser user() {
    AppUser user = currentUser.user();
    if (!user.getRole().belongsToMunicipality()) {
      throw new AccessDeniedException("Calendar feeds are for a municipality's users");
    }
    return user;
  }
}

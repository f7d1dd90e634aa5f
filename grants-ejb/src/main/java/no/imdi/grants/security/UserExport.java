package no.imdi.grants.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import no.imdi.grants.export.ExportOutcome;
import no.imdi.grants.export.ExportRequest;
import no.imdi.grants.export.ExportTable;
import no.imdi.grants.export.Exports;
import no.imdi.grants.export.RowSource;

/**
 * The users list (admin/users.xhtml) as a file, with the page's filter and order, read through the
 * page's own query ({@link UserQueries}) a page at a time. Names and e-mail addresses are personal
 * data, so every export is in the export log. No password, one-time password or session data.
 */
@Stateless
@Interceptors(RefusalAudit.class)
@RolesAllowed(Role.ADMIN_NAME)
public class UserExport {

  public static final ExportTable<AppUser> TABLE =
      ExportTable.<AppUser>of("users", true)
          .text("export.users.username", AppUser::getUsername)
          .text("export.users.name", AppUser::getDisplayName)
          .text("export.users.email", AppUser::getEmail)
          .label("export.users.role", (u, texts) -> texts.label(u.getRole()))
          .text("export.users.municipality", AppUser::getMunicipalityNumber)
          .bool("export.users.enabled", AppUser::isEnabled)
          .bool("export.users.sso", AppUser::isSso);

  @PersistenceContext(unitName = "grants")
  private EntityManager em;

  @Inject private CurrentUser currentUser;
  @Inject private Exports exports;

  public UserExport() {}

  public UserExport(EntityManager em, CurrentUser currentUser, Exports exports) {
    this.em = em;
    this.currentUser = currentUser;
    this.exports = exports;
  }

  public ExportOutcome export(
      UserFilter filter, UserSort sort, boolean ascending, ExportRequest request) {
    if (currentUser.user().getRole() != Role.ADMIN) {
      // also refused by @RolesAllowed in the container; checked here as the service's own rule
      throw new AccessDeniedException("The users list is the administrator's");
    }
    UserFilter selection = filter == null ? UserFilter.NONE : filter;
    UserSort order = sort == null ? UserSort.USERNAME : sort;
    return exports.run(
        TABLE,
        RowSource.paged(page -> UserQueries.list(em, selection, page), order, ascending),
        request,
        String.valueOf(selection),
        order + (ascending ? " asc" : " desc"));
  }
}

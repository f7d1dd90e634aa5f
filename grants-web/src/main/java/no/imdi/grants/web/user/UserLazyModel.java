package no.imdi.grants.web.user;

import java.util.function.Supplier;
import no.imdi.grants.security.AppUser;
import no.imdi.grants.security.UserAdministration;
import no.imdi.grants.security.UserFilter;
import no.imdi.grants.security.UserSort;
import no.imdi.grants.web.shared.ServerPagedModel;

/**
 * The users as the users table asks for them, page by page; the filter comes from the form above
 * the table, the order from the table's headers, and both are applied in the database.
 */
public class UserLazyModel extends ServerPagedModel<AppUser, UserSort> {

  private static final long serialVersionUID = 1L;

  public UserLazyModel(Supplier<UserAdministration> users, Supplier<UserFilter> filter) {
    super(
        request -> users.get().list(filter.get(), request),
        AppUser::getUsername,
        UserSort.class,
        UserSort.USERNAME,
        true);
  }
}

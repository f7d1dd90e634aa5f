package no.imdi.grants.web.user;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import no.imdi.grants.security.AppUser;
import no.imdi.grants.security.UserAdministration;
import no.imdi.grants.security.UserFilter;
import no.imdi.grants.security.UserSort;
import no.imdi.grants.shared.Page;
import no.imdi.grants.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The users as the users table asks for them, page by page; the filter comes from the form above
 * the table, the order from the table's headers, and both are applied in the database.
 */
public class UserLazyModel extends LazyDataModel<AppUser> {

  private static final long serialVersionUID = 1L;

  private final transient Supplier<UserAdministration> users;
  private final transient Supplier<UserFilter> filter;
  private transient Page<AppUser> last;

  public UserLazyModel(Supplier<UserAdministration> users, Supplier<UserFilter> filter) {
    this.users = users;
    this.filter = filter;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return last == null ? 0 : (int) last.total();
  }

  @Override
  public List<AppUser> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    UserSort sort = UserSort.USERNAME;
    boolean ascending = true;
    for (SortMeta meta : sortBy.values()) {
      try {
        sort = UserSort.valueOf(meta.getField());
      } catch (IllegalArgumentException e) {
        sort = UserSort.USERNAME;
      }
      ascending = meta.getOrder() != SortOrder.DESCENDING;
    }
    last =
        users
            .get()
            .list(
                filter.get(),
                new PageRequest<>(
                    Math.max(0, first),
                    Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE)),
                    sort,
                    ascending));
    setRowCount((int) last.total());
    return last.rows();
  }

  @Override
  public String getRowKey(AppUser user) {
    return user.getUsername();
  }

  @Override
  public AppUser getRowData(String rowKey) {
    return last == null
        ? null
        : last.rows().stream().filter(u -> u.getUsername().equals(rowKey)).findFirst().orElse(null);
  }
}

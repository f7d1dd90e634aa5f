package no.imdi.grants.web.settlement;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.imdi.grants.export.ExportFormat;
import no.imdi.grants.export.SettlementExport;
import no.imdi.grants.municipality.Municipality;
import no.imdi.grants.municipality.MunicipalityDirectory;
import no.imdi.grants.settlement.SettlementService;
import no.imdi.grants.settlement.TargetGroup;
import no.imdi.grants.web.export.ExportDownload;
import no.imdi.grants.web.security.SessionUser;
import no.imdi.grants.web.shared.Pages;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The settlements list page: a lazy table filtered, sorted and paged by the service. The page opens
 * with the filter, order and page its address gives ({@link ListQuery}), and the address follows
 * the table as the user filters, sorts and pages (the page's script replaces it, without a reload,
 * from {@link #getShownHref()}), so that Back and a shared link show the same list.
 */
@Named
@ViewScoped
public class SettlementListBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private SettlementService service;
  @EJB private MunicipalityDirectory municipalityDirectory;
  @Inject private SessionUser sessionUser;
  @Inject private ListMemory memory;
  @EJB private SettlementExport export;
  @Inject private ExportDownload download;

  private ListQuery query = ListQuery.DEFAULT;
  private ListQuery shown;
  private SettlementLazyModel model;
  private List<Municipality> municipalities;

  /**
   * The list is for the roles that see persons; the ministry and the administrator get 403. The
   * others get the list their address asks for.
   */
  public void open() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!sessionUser.isSeesSettlements()) {
      Pages.refuse(faces, 403);
      return;
    }
    if (!faces.isPostback()) {
      query = ListQuery.parse(faces.getExternalContext().getRequestParameterMap());
      memory.remember(query);
    }
  }

  public SettlementLazyModel getModel() {
    if (model == null) {
      model = new SettlementLazyModel(() -> service, this::show);
    }
    return model;
  }

  private void show(ListQuery page) {
    shown = page;
    memory.remember(page);
  }

  /** The whole list the table shows (its filter and order, every page) as CSV. */
  public void exportCsv() {
    export(ExportFormat.CSV);
  }

  /** The whole list the table shows as XLSX. */
  public void exportXlsx() {
    export(ExportFormat.XLSX);
  }

  private void export(ExportFormat format) {
    ListQuery list = shown == null ? query : shown;
    download.send(
        SettlementExport.TABLE,
        format,
        request -> export.export(list.filter(), list.sort(), !list.descending(), request));
  }

  /** The list as its address gave it when the page was opened. */
  public ListQuery getQuery() {
    return query;
  }

  /** The sort order the address asked for, for the table to start with (null: by name). */
  public SortMeta getSortBy() {
    if (query.sort() == null) {
      return null;
    }
    return SortMeta.builder()
        .field(query.sort().name())
        .order(query.descending() ? SortOrder.DESCENDING : SortOrder.ASCENDING)
        .build();
  }

  /** The address of the list the table shows now. */
  public String getShownHref() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    return external.getRequestContextPath()
        + ListMemory.PAGE
        + (shown == null ? query : shown).queryString();
  }

  public List<Municipality> getMunicipalities() {
    if (municipalities == null) {
      municipalities = municipalityDirectory.all();
    }
    return municipalities;
  }

  public TargetGroup[] getTargetGroups() {
    return TargetGroup.values();
  }
}

package no.imdi.grants.web.casework;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.imdi.grants.casefile.QueueFilter;
import no.imdi.grants.casefile.QueueItem;
import no.imdi.grants.casefile.QueueItemType;
import no.imdi.grants.disability.application.CaseReadService;
import no.imdi.grants.disability.application.ImdiCaseService;
import no.imdi.grants.export.ExportFormat;
import no.imdi.grants.export.QueueExport;
import no.imdi.grants.municipality.Municipality;
import no.imdi.grants.municipality.MunicipalityDirectory;
import no.imdi.grants.web.export.ExportDownload;
import no.imdi.grants.web.shared.Messages;
import no.imdi.grants.web.shared.Pages;

/**
 * IMDi's work queue page: what waits for IMDi (submitted applications and conversions, requests for
 * a later deadline, enquiries the municipality answered), filtered by municipality, county, type,
 * status and caseworker, ordered by deadline or age, paged in the database; a caseworker takes a
 * case or hands it back, and the whole filtered selection can be exported as CSV or XLSX. The
 * approvers may look; everyone else gets 403.
 */
@Named
@ViewScoped
public class QueueBean implements Serializable {

  private static final long serialVersionUID = 1L;

  static final List<String> STATUSES =
      List.of(
          "SUBMITTED",
          "UNDER_ASSESSMENT",
          "WAITING_FOR_DOCUMENTATION",
          "PREPARED",
          "SENT_BACK",
          "RECEIVED",
          "WAITING_FOR_IMDI",
          "LATE",
          "STATEMENT_PREPARED");

  @EJB private ImdiCaseService service;
  @EJB private CaseReadService reads;
  @EJB private MunicipalityDirectory municipalityDirectory;
  @Inject private Casework casework;
  @Inject private Messages messages;
  @EJB private QueueExport queueExport;
  @Inject private ExportDownload download;

  private String municipality;
  private String county;
  private QueueItemType type;
  private String status;
  private String assignedTo;
  private boolean unassigned;
  private boolean mine;
  private QueueModel model;

  public void checkAccess() {
    if (!casework.isSeesQueue()) {
      Pages.refuse(FacesContext.getCurrentInstance(), 403);
    }
  }

  public QueueModel getModel() {
    if (model == null) {
      model = new QueueModel(() -> service, this::filter);
    }
    return model;
  }

  QueueFilter filter() {
    String who =
        mine
            ? FacesContext.getCurrentInstance().getExternalContext().getRemoteUser()
            : blank(assignedTo);
    return new QueueFilter(
        blank(municipality),
        blank(county),
        type,
        status != null && STATUSES.contains(status) ? status : null,
        who,
        unassigned && who == null);
  }

  public String applyFilter() {
    return null;
  }

  /** The caseworker takes the item's case: it is assigned to them. */
  public void take(QueueItem item) {
    try {
      service.take(item.caseId(), reads.caseFile(item.caseId()).version());
      messages.info("queue.taken", item.caseNumber());
    } catch (RuntimeException e) {
      if (!Failures.show(messages, null, e)) {
        throw e;
      }
    }
  }

  /** The caseworker hands the item's case back to the queue. */
  public void handBack(QueueItem item) {
    try {
      service.handBack(item.caseId(), reads.caseFile(item.caseId()).version(), null);
      messages.info("queue.handedBack", item.caseNumber());
    } catch (RuntimeException e) {
      if (!Failures.show(messages, null, e)) {
        throw e;
      }
    }
  }

  public boolean isMayTake(QueueItem item) {
    return casework.isCaseworker() && item.assignedTo() == null;
  }

  public boolean isMayHandBack(QueueItem item) {
    return casework.isCaseworker()
        && item.assignedTo() != null
        && item.assignedTo()
            .equalsIgnoreCase(
                FacesContext.getCurrentInstance().getExternalContext().getRemoteUser());
  }

  /** Whether the item is an application (or conversion) that has an assessment page. */
  public boolean isAssessable(QueueItem item) {
    return item.type() == QueueItemType.APPLICATION || item.type() == QueueItemType.CONVERSION;
  }

  /** The whole filtered queue in the table's order (every page) as CSV. */
  public void export() {
    export(ExportFormat.CSV);
  }

  /** The whole filtered queue in the table's order as XLSX. */
  public void exportXlsx() {
    export(ExportFormat.XLSX);
  }

  private void export(ExportFormat format) {
    QueueFilter selection = filter();
    QueueModel table = getModel();
    download.send(
        QueueExport.TABLE,
        format,
        request ->
            queueExport.export(selection, table.currentSort(), table.currentAscending(), request));
  }

  public List<Municipality> getMunicipalities() {
    return municipalityDirectory.all();
  }

  /** The counties of the municipalities, by number, with their names. */
  public Map<String, String> getCounties() {
    Map<String, String> counties = new TreeMap<>();
    for (Municipality m : municipalityDirectory.all()) {
      counties.put(m.getCountyNumber(), m.getCountyName());
    }
    return counties;
  }

  public QueueItemType[] getTypes() {
    return QueueItemType.values();
  }

  public List<String> getStatuses() {
    return STATUSES;
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public String getMunicipality() {
    return municipality;
  }

  public void setMunicipality(String municipality) {
    this.municipality = municipality;
  }

  public String getCounty() {
    return county;
  }

  public void setCounty(String county) {
    this.county = county;
  }

  public QueueItemType getType() {
    return type;
  }

  public void setType(QueueItemType type) {
    this.type = type;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getAssignedTo() {
    return assignedTo;
  }

  public void setAssignedTo(String assignedTo) {
    this.assignedTo = assignedTo;
  }

  public boolean isUnassigned() {
    return unassigned;
  }

  public void setUnassigned(boolean unassigned) {
    this.unassigned = unassigned;
  }

  public boolean isMine() {
    return mine;
  }

  public void setMine(boolean mine) {
    this.mine = mine;
  }
}

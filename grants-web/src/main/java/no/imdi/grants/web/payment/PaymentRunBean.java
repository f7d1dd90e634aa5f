package no.imdi.grants.web.payment;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import no.imdi.grants.payment.LineQuery;
import no.imdi.grants.payment.LineSort;
import no.imdi.grants.payment.LineView;
import no.imdi.grants.payment.PaymentRunService;
import no.imdi.grants.payment.RunProgress;
import no.imdi.grants.payment.RunState;
import no.imdi.grants.payment.file.PaymentFiles;
import no.imdi.grants.payment.review.AreaRow;
import no.imdi.grants.payment.review.AreaSort;
import no.imdi.grants.payment.review.RunAreaTotals;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.web.shared.Ids;
import no.imdi.grants.web.shared.Messages;
import no.imdi.grants.web.shared.Pages;
import no.imdi.grants.web.shared.ServerPagedModel;

/**
 * One payment run for IMDi ({@code /app/payment-run.xhtml?id=}): its progress while it computes
 * (polled, so the user can leave and come back), then the proposal's totals per municipality,
 * county and payment group with the change from the previous instalment (R-PAY-3), drilling down to
 * a municipality's lines and a person's lines with each line's reason and rule ids. The approver
 * approves (which makes the bank file) or rejects with a comment (maker/checker: the starter is
 * told why not, and the service refuses anyway); the file and the bank's confirmation are {@link
 * PaymentRunFileBean}'s.
 */
@Named
@ViewScoped
public class PaymentRunBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private PaymentRunService runs;
  @EJB private RunAreaTotals areas;
  @EJB private PaymentFiles files;
  @Inject private PaymentPages pages;
  @Inject private Messages messages;

  private String idParam;
  private String municipalityParam;
  private String personParam;
  private long id;
  private String municipality;
  private Long person;
  private RunProgress progress;
  private ServerPagedModel<AreaRow, AreaSort> municipalityRows;
  private ServerPagedModel<AreaRow, AreaSort> countyRows;
  private ServerPagedModel<AreaRow, AreaSort> groupRows;
  private Long totalOre;
  private ServerPagedModel<LineView, LineSort> lines;
  private String comment;
  private boolean finishedHere;

  public void load() {
    if (progress != null) {
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!pages.isImdi()) {
      pages.refuse("Payment runs are IMDi's");
      return;
    }
    Long parsed = Ids.parse(idParam);
    municipality =
        municipalityParam != null && municipalityParam.matches("\\d{4}") ? municipalityParam : null;
    person = Ids.parse(personParam);
    if (parsed == null
        || (municipalityParam != null && municipality == null)
        || (personParam != null && person == null)) {
      Pages.refuse(faces, 404);
      return;
    }
    id = parsed;
    try {
      progress = runs.progress(id);
    } catch (AccessDeniedException e) {
      Pages.refuse(faces, 404);
    }
  }

  /**
   * The progress bar's value as last read (by {@link #load} or the poll's {@link #refresh}): 100
   * only once the run has left STARTED and RUNNING (its last chunk may be done a moment before it
   * is proposed). Reading it changes nothing, so the bar, the live text and the details of one
   * response all show the same reading.
   */
  public int getPercent() {
    if (progress == null) {
      return 0;
    }
    return isComputing() ? Math.min(99, progress.percent()) : 100;
  }

  /**
   * The poll's listener (R-PAY-3): reads the run again. PrimeFaces evaluates the poll's stop
   * condition after this and renders its update after that, so the update that stops the poll shows
   * the end state, the totals and the review form; a run that ended before the first poll (within
   * its first chunk) stops the poll at its first tick the same way.
   */
  public void refresh() {
    boolean wasComputing = isComputing();
    progress = runs.progress(id);
    forgetTotals();
    if (wasComputing && !isComputing()) {
      finishedHere = true;
    }
  }

  /** Whether this page saw the run end, so the live region tells a screen reader once. */
  public boolean isFinishedHere() {
    return finishedHere;
  }

  public boolean isComputing() {
    return progress != null
        && (progress.state() == RunState.STARTED || progress.state() == RunState.RUNNING);
  }

  /** The run's totals per municipality, summed, sorted and paged in the database (R-PAY-3). */
  public ServerPagedModel<AreaRow, AreaSort> getMunicipalityRows() {
    if (municipalityRows == null) {
      municipalityRows = rows(RunAreaTotals.Area.MUNICIPALITY);
    }
    return municipalityRows;
  }

  public ServerPagedModel<AreaRow, AreaSort> getCountyRows() {
    if (countyRows == null) {
      countyRows = rows(RunAreaTotals.Area.COUNTY);
    }
    return countyRows;
  }

  public ServerPagedModel<AreaRow, AreaSort> getGroupRows() {
    if (groupRows == null) {
      groupRows = rows(RunAreaTotals.Area.GROUP);
    }
    return groupRows;
  }

  private ServerPagedModel<AreaRow, AreaSort> rows(RunAreaTotals.Area area) {
    return new ServerPagedModel<>(
        request -> areas.page(id, area, request), AreaRow::key, AreaSort.class, AreaSort.KEY, true);
  }

  public long getTotalOre() {
    if (totalOre == null && progress != null && !isComputing()) {
      totalOre = areas.net(id);
    }
    return totalOre == null ? 0 : totalOre;
  }

  public String getMunicipalityName() {
    return municipality == null ? null : areas.municipalityName(municipality);
  }

  /** The lines of the chosen municipality (and person), paged and sorted in the database. */
  public ServerPagedModel<LineView, LineSort> getLines() {
    if (lines == null) {
      LineQuery q = lineQuery();
      lines =
          new ServerPagedModel<>(
              request -> runs.lines(q, request),
              l -> Long.toString(l.id()),
              LineSort.class,
              LineSort.PERSON,
              true);
    }
    return lines;
  }

  /** The query of the lines section: the run, the chosen municipality and person (R-PAY-3). */
  LineQuery lineQuery() {
    LineQuery query = LineQuery.ofRun(id).inMunicipality(municipality);
    return person == null ? query : query.ofPerson(person);
  }

  public boolean isStarter() {
    String me = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    return progress != null && me != null && me.equalsIgnoreCase(progress.preparedBy());
  }

  /** Why the caller may not approve this proposed run, as a message key; null if they may. */
  public String getWhyNotApprove() {
    if (isStarter()) {
      return "run.approve.starter";
    }
    if (!pages.isApprover()) {
      return "run.approve.role";
    }
    return null;
  }

  public String approve() {
    return act(() -> files.approve(id, progress.version(), blank(comment)), "run.approved");
  }

  public String reject() {
    return act(() -> runs.reject(id, progress.version(), comment), "run.rejected");
  }

  String act(java.util.function.Supplier<RunProgress> action, String done) {
    try {
      progress = action.get();
      messages.info(done, progress.instalment());
      comment = null;
      forgetTotals();
    } catch (RuntimeException e) {
      if (!PaymentFailures.show(messages, e)) {
        throw e;
      }
      progress = runs.progress(id);
    }
    return null;
  }

  private void forgetTotals() {
    municipalityRows = null;
    countyRows = null;
    groupRows = null;
    totalOre = null;
  }

  void reload() {
    progress = runs.progress(id);
  }

  private static String blank(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public RunProgress getProgress() {
    return progress;
  }

  public long getId() {
    return id;
  }

  public String getMunicipality() {
    return municipality;
  }

  public Long getPerson() {
    return person;
  }

  public String getIdParam() {
    return idParam;
  }

  public void setIdParam(String idParam) {
    this.idParam = idParam;
  }

  public String getMunicipalityParam() {
    return municipalityParam;
  }

  public void setMunicipalityParam(String municipalityParam) {
    this.municipalityParam = municipalityParam;
  }

  public String getPersonParam() {
    return personParam;
  }

  public void setPersonParam(String personParam) {
    this.personParam = personParam;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}

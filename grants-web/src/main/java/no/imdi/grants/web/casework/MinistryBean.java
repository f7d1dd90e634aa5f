package no.imdi.grants.web.casework;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.imdi.grants.complaint.ComplaintBundle;
import no.imdi.grants.complaint.ComplaintView;
import no.imdi.grants.complaint.MinistryComplaintService;
import no.imdi.grants.complaint.MinistryOutcome;
import no.imdi.grants.document.DocumentStore;
import no.imdi.grants.document.StoredDocument;
import no.imdi.grants.journal.DocumentRef;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.web.shared.DateInput;
import no.imdi.grants.web.shared.Ids;
import no.imdi.grants.web.shared.InputProblems;
import no.imdi.grants.web.shared.Messages;
import no.imdi.grants.web.shared.Pages;
import no.imdi.grants.web.shared.ServerPagedModel;

/**
 * The ministry's pages: the forwarded complaints, undecided first and the oldest forwarding first
 * ({@code app/ministry.xhtml}); one complaint's bundle with its documents, whose health documents
 * open access-logged, the decision form (R-AP-7) and the interim reply (R-AP-8) ({@code
 * app/ministry-complaint.xhtml?id=}, {@code &document=} downloads). A complaint not forwarded, or a
 * document outside the bundle, answers 404 as one that does not exist; other roles 403.
 */
@Named
@ViewScoped
public class MinistryBean implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String PURPOSE = "Klagebehandling i departementet";

  /** The one order of the ministry's list: by the age of the forwarding. */
  public enum Sort {
    AGE
  }

  @EJB private MinistryComplaintService ministry;
  @Inject private DocumentStore store;
  @Inject private Messages messages;

  private String idParam;
  private String documentParam;
  private ComplaintBundle bundle;
  private transient ServerPagedModel<ComplaintView, Sort> model;
  private MinistryOutcome outcome;
  private String reason;
  private DateInput expectedBy;

  /** The list page: refused for any role but the ministry. */
  public void list() {
    try {
      ministry.forwarded(0, 1);
    } catch (EJBAccessException | AccessDeniedException e) {
      Pages.refuse(FacesContext.getCurrentInstance(), 403);
    }
  }

  public void load() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Long id = Ids.parse(idParam);
    if (id == null) {
      Pages.refuse(faces, 404);
      return;
    }
    try {
      if (documentParam != null) {
        UUID document = uuid(documentParam);
        DocumentRef ref = document == null ? null : ministry.openDocument(id, document, PURPOSE);
        StoredDocument stored = ref == null ? null : store.find(ref.id()).orElse(null);
        if (stored == null) {
          Pages.refuse(faces, 404);
          return;
        }
        CaseDocuments.write(faces, stored);
        return;
      }
      if (bundle == null) {
        bundle = ministry.bundle(id);
      }
    } catch (AccessDeniedException e) {
      Pages.refuse(faces, 404);
    } catch (EJBAccessException e) {
      Pages.refuse(faces, 403);
    }
  }

  public void decide() {
    if (bundle == null) {
      return;
    }
    if (outcome == null) {
      messages.addProblems(
          "decisionForm", List.of(no.imdi.grants.shared.FieldProblem.of("outcome", "required")));
      return;
    }
    ComplaintView k = bundle.complaint();
    try {
      ministry.decide(k.id(), k.version(), outcome, reason);
      messages.info("complaint.ministry.decided", k.caseNumber());
      bundle = ministry.bundle(k.id());
    } catch (RuntimeException e) {
      if (!Failures.show(messages, "decisionForm", e)) {
        throw e;
      }
    }
  }

  public void interimReply() {
    if (bundle == null) {
      return;
    }
    InputProblems typed = new InputProblems();
    LocalDate date = typed.date("expectedBy", expectedBy);
    typed.required("expectedBy", date);
    if (!typed.isEmpty()) {
      messages.addProblems("decisionForm", typed.with(List.of()));
      return;
    }
    ComplaintView k = bundle.complaint();
    try {
      ministry.interimReply(k.id(), k.version(), reason, date);
      messages.info("complaint.work.interimSent", k.caseNumber());
      bundle = ministry.bundle(k.id());
    } catch (RuntimeException e) {
      if (!Failures.show(messages, "decisionForm", e)) {
        throw e;
      }
    }
  }

  public String documentHref(UUID document) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/app/ministry-complaint.xhtml?id="
        + bundle.complaint().id()
        + "&document="
        + document;
  }

  public ServerPagedModel<ComplaintView, Sort> getModel() {
    if (model == null) {
      model =
          new ServerPagedModel<>(
              r -> ministry.forwarded(r.first(), r.size()),
              k -> String.valueOf(k.id()),
              Sort.class,
              Sort.AGE,
              true);
    }
    return model;
  }

  public MinistryOutcome[] getOutcomes() {
    return MinistryOutcome.values();
  }

  private static UUID uuid(String text) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public ComplaintBundle getBundle() {
    return bundle;
  }

  public String getIdParam() {
    return idParam;
  }

  public void setIdParam(String idParam) {
    this.idParam = idParam;
  }

  public String getDocumentParam() {
    return documentParam;
  }

  public void setDocumentParam(String documentParam) {
    this.documentParam = documentParam;
  }

  public MinistryOutcome getOutcome() {
    return outcome;
  }

  public void setOutcome(MinistryOutcome outcome) {
    this.outcome = outcome;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public DateInput getExpectedBy() {
    return expectedBy;
  }

  public void setExpectedBy(DateInput expectedBy) {
    this.expectedBy = expectedBy;
  }
}

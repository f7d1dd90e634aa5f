package no.imdi.grants.web.casefile;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import no.imdi.grants.casefile.CaseAudit;
import no.imdi.grants.casefile.CaseView;
import no.imdi.grants.casefile.EnquiryView;
import no.imdi.grants.casefile.JournalEntryView;
import no.imdi.grants.disability.application.ApplicationSummary;
import no.imdi.grants.disability.application.CaseReadService;
import no.imdi.grants.disability.application.ExtensionView;
import no.imdi.grants.disability.application.GrantYearStatus;
import no.imdi.grants.document.DocumentIntake;
import no.imdi.grants.document.UploadRefusal;
import no.imdi.grants.security.AccessDeniedException;
import no.imdi.grants.web.shared.Ids;
import no.imdi.grants.web.shared.Messages;
import no.imdi.grants.web.shared.Pages;
import no.imdi.grants.web.shared.UploadTooLarge;

/**
 * The case page ({@code /app/case.xhtml?id=}), for the municipality's caseworker and IMDi: the case
 * number, the person (IMDi sees initials only), the applications with their states, the extension
 * requests (R-DL-5), the journal (Noark 5: type, date, party, title, screening, the documents to
 * download), the enquiries, and for IMDi's roles the audit trail. Another municipality's case
 * answers 404, as one that does not exist; a role that sees no case 403.
 */
@Named
@ViewScoped
public class CaseBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private CaseReadService reads;
  @EJB private DocumentIntake intake;
  @Inject private CaseAccess access;
  @Inject private Messages messages;

  private String idParam;
  private Long id;
  private CaseView caseFile;
  private List<ApplicationSummary> applications;
  private List<ExtensionView> extensions;
  private List<EnquiryView> enquiries;
  private List<JournalEntryView> journal;
  private List<GrantYearStatus> grantYears;
  private List<CaseAudit> audit;

  public void load() {
    if (caseFile != null) {
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    id = Ids.parse(idParam);
    if (id == null) {
      Pages.refuse(faces, 404);
      return;
    }
    try {
      caseFile = reads.caseFile(id);
      refresh();
      if (UploadTooLarge.take(faces.getExternalContext())) {
        messages.error(
            UploadRefusal.TOO_LARGE.messageKey(), intake.limits().maxBytes() / (1024 * 1024));
      }
    } catch (AccessDeniedException e) {
      Pages.refuse(faces, 404);
    } catch (EJBAccessException e) {
      Pages.refuse(faces, 403);
    }
  }

  /** Reads the case's matters again, after a change. */
  void refresh() {
    caseFile = reads.caseFile(id);
    applications = reads.applications(id);
    extensions = reads.extensions(id);
    enquiries = reads.enquiries(id);
    journal = reads.journal(id);
    grantYears = reads.grantYears(id);
    audit = access.isImdi() ? reads.audit(id) : List.of();
  }

  /** The person's initials ({@code A.B.}), which is all IMDi's pages need to show. */
  public String getInitials() {
    if (caseFile == null || caseFile.personName() == null) {
      return "";
    }
    StringBuilder initials = new StringBuilder();
    for (String part : caseFile.personName().replace(",", " ").trim().split("\\s+")) {
      if (!part.isEmpty()) {
        initials.appendCodePoint(part.codePointAt(0)).append('.');
      }
    }
    return initials.toString();
  }

  /** The grant years whose deadline has not passed: those a later deadline can be asked for. */
  public List<GrantYearStatus> getExtendable() {
    return grantYears.stream().filter(y -> y.deadline() != null).toList();
  }

  public String documentHref(long caseId, java.util.UUID documentId) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/app/document?case="
        + caseId
        + "&id="
        + documentId;
  }

  public Long getId() {
    return id;
  }

  public CaseView getCaseFile() {
    return caseFile;
  }

  public List<ApplicationSummary> getApplications() {
    return applications;
  }

  public List<ExtensionView> getExtensions() {
    return extensions;
  }

  public List<EnquiryView> getEnquiries() {
    return enquiries;
  }

  public List<JournalEntryView> getJournal() {
    return journal;
  }

  public List<GrantYearStatus> getGrantYears() {
    return grantYears;
  }

  public List<CaseAudit> getAudit() {
    return audit;
  }

  public String getIdParam() {
    return idParam;
  }

  public void setIdParam(String idParam) {
    this.idParam = idParam;
  }
}

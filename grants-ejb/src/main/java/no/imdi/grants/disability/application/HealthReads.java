package no.imdi.grants.disability.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import no.imdi.grants.audit.AccessLog;
import no.imdi.grants.casefile.CaseFile;
import no.imdi.grants.casefile.Texts;
import no.imdi.grants.security.CurrentUser;

/**
 * Reads of health data in a case, each written to the access log with what was read and the
 * reader's purpose (who, when, which person, why): the impairment description of an application,
 * and health documents. There is no other way to the health fields in the services.
 */
@ApplicationScoped
public class HealthReads {

  static final int PURPOSE_LENGTH = 150;

  @Inject private AccessLog accessLog;
  @Inject private CurrentUser currentUser;

  protected HealthReads() {}

  public HealthReads(AccessLog accessLog, CurrentUser currentUser) {
    this.accessLog = accessLog;
    this.currentUser = currentUser;
  }

  /** The application's health information; the read is logged with its purpose. */
  public HealthInformation read(Application application, String purpose) {
    String why = Texts.required("purpose", purpose, PURPOSE_LENGTH);
    CaseFile caseFile = application.getCaseFile();
    accessLog.recordHealthRead(
        currentUser.username(),
        caseFile.getPerson().getId(),
        "Helseopplysninger i søknad " + application.getId() + ", sak " + caseFile.getNumber(),
        why);
    return application.health();
  }

  /** A health document of the case is opened; the read is logged with its purpose. */
  public void document(CaseFile caseFile, UUID documentId, String purpose) {
    String why = Texts.required("purpose", purpose, PURPOSE_LENGTH);
    accessLog.recordHealthRead(
        currentUser.username(),
        caseFile.getPerson().getId(),
        "Helsedokument " + documentId + ", sak " + caseFile.getNumber(),
        why);
  }
}

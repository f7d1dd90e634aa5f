package no.imdi.grants.document;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import no.imdi.grants.security.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The intake of uploaded documents (*mottak*): reads an upload up to the size limit, has the {@link
 * PdfInspector} judge it, and stores it unchanged when it passes; a refused upload is logged
 * (reason and size, never the file's name) and nothing of it is stored. The case services call this
 * after checking the caller's right to the case; the limits are settings ({@code grants.upload.*},
 * environment {@code GRANTS_UPLOAD_...}).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@RolesAllowed({Role.MUNICIPALITY_CASEWORKER_NAME, Role.IMDI_CASEWORKER_NAME})
public class DocumentIntake {

  private static final Logger LOG = Logger.getLogger(DocumentIntake.class.getName());

  @Inject
  @ConfigProperty(name = "grants.upload.maxBytes", defaultValue = "20971520")
  long maxBytes;

  @Inject
  @ConfigProperty(name = "grants.upload.checkTimeoutSeconds", defaultValue = "10")
  long checkTimeoutSeconds;

  @Inject
  @ConfigProperty(name = "grants.upload.mainMemoryBytes", defaultValue = "16777216")
  long mainMemoryBytes;

  @Inject
  @ConfigProperty(name = "grants.upload.tempStorageBytes", defaultValue = "268435456")
  long tempStorageBytes;

  @Inject
  @ConfigProperty(name = "grants.upload.tempFolder")
  Optional<String> tempFolder;

  @Inject
  @ConfigProperty(name = "grants.upload.maxDecodedBytes", defaultValue = "67108864")
  long maxDecodedBytes;

  @Inject
  @ConfigProperty(name = "grants.upload.maxAllocatedBytes", defaultValue = "536870912")
  long maxAllocatedBytes;

  @Inject
  @ConfigProperty(name = "grants.upload.maxObjects", defaultValue = "500000")
  int maxObjects;

  @Inject
  @ConfigProperty(name = "grants.upload.parallelChecks", defaultValue = "1")
  int parallelChecks;

  @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
  private ManagedThreadFactory threads;

  @Inject private DocumentStore store;
  @Inject private Clock clock;

  private PdfInspector inspector;

  protected DocumentIntake() {}

  public DocumentIntake(PdfInspector inspector, DocumentStore store, Clock clock) {
    this.inspector = inspector;
    this.store = store;
    this.clock = clock;
  }

  @PostConstruct
  void start() {
    UploadLimits defaults = UploadLimits.defaults();
    UploadLimits limits =
        new UploadLimits(
            maxBytes,
            Duration.ofSeconds(checkTimeoutSeconds),
            mainMemoryBytes,
            tempStorageBytes,
            tempFolder.map(Path::of).orElse(defaults.tempFolder()),
            maxDecodedBytes,
            maxAllocatedBytes,
            maxObjects,
            parallelChecks);
    inspector = new PdfInspector(limits, threads);
  }

  @PreDestroy
  void stop() {
    inspector.close();
  }

  /** The limits uploads are checked within, for a page to state them. */
  public UploadLimits limits() {
    return inspector.limits();
  }

  /**
   * Checks an upload and stores it when it passes.
   *
   * @param fileName the name the browser sent, kept only for display
   * @param upload the uploaded bytes; read up to one byte over the size limit, not closed here
   * @param receivedBy the user who uploaded it
   */
  public IntakeResult receive(
      String fileName, @NotNull InputStream upload, @NotBlank String receivedBy) {
    Optional<byte[]> content;
    try {
      content = inspector.read(upload);
    } catch (IOException e) {
      return refused(UploadRefusal.DAMAGED, "the upload could not be read: " + e, -1, receivedBy);
    }
    if (content.isEmpty()) {
      return refused(
          UploadRefusal.TOO_LARGE, "more than " + limits().maxBytes() + " bytes", -1, receivedBy);
    }
    byte[] bytes = content.get();
    PdfVerdict verdict = inspector.inspect(bytes);
    if (verdict instanceof PdfVerdict.Refused refused) {
      return refused(refused.reason(), refused.detail(), bytes.length, receivedBy);
    }
    PdfVerdict.Accepted accepted = (PdfVerdict.Accepted) verdict;
    StoredDocument document =
        StoredDocument.received(fileName, bytes, accepted.pageCount(), clock.instant(), receivedBy);
    if (!document.sha256().equals(accepted.sha256())) {
      throw new IllegalStateException("The upload changed while it was checked");
    }
    store.store(document);
    return new IntakeResult.Stored(document);
  }

  private static IntakeResult refused(
      UploadRefusal reason, String detail, long size, String receivedBy) {
    LOG.info(
        () ->
            "Upload by "
                + receivedBy
                + " refused: "
                + reason
                + " ("
                + detail
                + (size >= 0 ? ", " + size + " bytes" : "")
                + ")");
    return new IntakeResult.Refused(reason);
  }
}

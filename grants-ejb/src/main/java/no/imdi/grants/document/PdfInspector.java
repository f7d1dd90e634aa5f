package no.imdi.grants.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Judges an uploaded file by its content, never by its name: within the size limit, starting with
 * {@code %PDF-} and ending with {@code %%EOF} (a cut-off upload does not), parsed by PDFBox within
 * the {@link UploadLimits} of time, memory and work, not encrypted, with at least one page, and
 * with no JavaScript, Launch, SubmitForm or ImportData action, additional actions or embedded file
 * ({@link ActiveContentScan}). The parse runs on a thread of its own; anything a hostile file makes
 * PDFBox throw, stack and memory exhaustion included, becomes a refusal and never an error of the
 * caller. The bytes are only read: an accepted file is kept exactly as it came, with its SHA-256.
 */
public final class PdfInspector implements AutoCloseable {

  private static final byte[] HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] END = "%%EOF".getBytes(StandardCharsets.US_ASCII);

  /** Readers look for the end marker within the last 1024 bytes; so does this check. */
  static final int END_WINDOW = 1024;

  private final UploadLimits limits;
  private final BoundedChecks checks;

  public PdfInspector(UploadLimits limits, ThreadFactory threads) {
    this.limits = limits;
    createPrivateFolder(limits.tempFolder());
    this.checks = new BoundedChecks(limits.parallelChecks(), limits.checkTimeout(), threads);
  }

  public UploadLimits limits() {
    return limits;
  }

  /**
   * Reads an upload, but never more than one byte over the size limit: empty when the upload is
   * larger than that, so that an oversized file is refused without being read to its end.
   */
  public Optional<byte[]> read(InputStream upload) throws IOException {
    byte[] bytes = upload.readNBytes((int) limits.maxBytes() + 1);
    return bytes.length > limits.maxBytes() ? Optional.empty() : Optional.of(bytes);
  }

  public PdfVerdict inspect(byte[] content) {
    if (content.length == 0) {
      return new PdfVerdict.Refused(UploadRefusal.EMPTY, "no bytes");
    }
    if (content.length > limits.maxBytes()) {
      return new PdfVerdict.Refused(
          UploadRefusal.TOO_LARGE, content.length + " bytes, over " + limits.maxBytes());
    }
    if (!startsWithHeader(content)) {
      return new PdfVerdict.Refused(UploadRefusal.NOT_PDF, "does not start with %PDF-");
    }
    if (!endsWithEndMarker(content)) {
      return new PdfVerdict.Refused(
          UploadRefusal.DAMAGED, "no %%EOF in the last " + END_WINDOW + " bytes (cut off)");
    }
    Sha256 sha256 = Sha256.of(content);
    return checks.run(() -> parse(content, sha256));
  }

  /**
   * The check itself, on a checker thread: parse, refuse encryption, scan, count the pages. PDFBox
   * keeps every name it parses in a map of its own for the life of the JVM; the check empties it
   * after each file so that files of millions of invented names leave nothing behind (names are
   * equal by their bytes, so documents other threads hold open are not disturbed).
   */
  private PdfVerdict parse(byte[] content, Sha256 sha256) throws IOException {
    CheckBudget budget = new CheckBudget(limits);
    try {
      return parse(content, sha256, budget);
    } catch (InvalidPasswordException e) {
      return new PdfVerdict.Refused(UploadRefusal.ENCRYPTED, "needs a password to open");
    } catch (IOException | RuntimeException e) {
      if (budget.exceeded() != null) {
        return new PdfVerdict.Refused(UploadRefusal.TOO_COMPLEX, budget.exceeded());
      }
      throw e;
    } finally {
      forgetParsedNames();
    }
  }

  private PdfVerdict parse(byte[] content, Sha256 sha256, CheckBudget budget) throws IOException {
    MemoryUsageSetting memory =
        MemoryUsageSetting.setupMixed(limits.mainMemoryBytes(), limits.tempStorageBytes())
            .setTempDir(limits.tempFolder().toFile());
    CheckedPdfParser parser =
        new CheckedPdfParser(new RandomAccessReadBuffer(content), memory.streamCache, budget);
    try (PDDocument document = parser.parse()) {
      if (document.isEncrypted()) {
        return new PdfVerdict.Refused(UploadRefusal.ENCRYPTED, "encrypted (an owner password)");
      }
      Optional<ActiveContentScan.Finding> finding =
          new ActiveContentScan(budget).scan(document.getDocument().getTrailer());
      if (finding.isPresent()) {
        return new PdfVerdict.Refused(finding.get().reason(), finding.get().detail());
      }
      int pages = 0;
      for (PDPage ignored : document.getPages()) {
        budget.check();
        pages++;
      }
      if (budget.exceeded() != null) {
        return new PdfVerdict.Refused(UploadRefusal.TOO_COMPLEX, budget.exceeded());
      }
      if (pages == 0) {
        return new PdfVerdict.Refused(UploadRefusal.DAMAGED, "no pages");
      }
      return new PdfVerdict.Accepted(pages, content.length, sha256);
    }
  }

  @SuppressWarnings("deprecation")
  private static void forgetParsedNames() {
    COSName.clearResources();
  }

  private static boolean startsWithHeader(byte[] content) {
    return content.length >= HEADER.length
        && Arrays.equals(content, 0, HEADER.length, HEADER, 0, HEADER.length);
  }

  private static boolean endsWithEndMarker(byte[] content) {
    int from = Math.max(0, content.length - END_WINDOW);
    for (int i = content.length - END.length; i >= from; i--) {
      if (Arrays.equals(content, i, i + END.length, END, 0, END.length)) {
        return true;
      }
    }
    return false;
  }

  private static void createPrivateFolder(Path folder) {
    try {
      if (Files.isDirectory(folder)) {
        return;
      }
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.createDirectories(
            folder,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      } else {
        Files.createDirectories(folder);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the PDF check folder " + folder, e);
    }
  }

  @Override
  public void close() {
    checks.close();
  }
}

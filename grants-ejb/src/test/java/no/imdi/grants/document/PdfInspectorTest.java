package no.imdi.grants.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PdfInspectorTest {

  @TempDir Path temp;

  private PdfInspector inspector;

  @AfterEach
  void close() {
    if (inspector != null) {
      inspector.close();
    }
  }

  private PdfInspector inspector(UploadLimits limits) {
    inspector = new PdfInspector(limits.withTempFolder(temp.resolve("checks")), Thread::new);
    return inspector;
  }

  private PdfVerdict inspect(byte[] content) {
    return inspector(UploadLimits.defaults()).inspect(content);
  }

  static Stream<Arguments> hostileFiles() {
    return Stream.of(
        refused("an empty file", () -> new byte[0], UploadRefusal.EMPTY),
        refused("a PNG renamed to .pdf", TestPdfs::renamedPng, UploadRefusal.NOT_PDF),
        refused("a text file", () -> ascii("Dette er ikke en PDF\n"), UploadRefusal.NOT_PDF),
        refused("a PDF after a byte-order mark", PdfInspectorTest::afterBom, UploadRefusal.NOT_PDF),
        refused("a PDF with a user password", TestPdfs::userPassword, UploadRefusal.ENCRYPTED),
        refused(
            "a PDF with only an owner password",
            TestPdfs::ownerPasswordOnly,
            UploadRefusal.ENCRYPTED),
        refused(
            "document JavaScript (names tree)",
            TestPdfs::documentJavaScript,
            UploadRefusal.JAVASCRIPT),
        refused(
            "an OpenAction of type JavaScript",
            TestPdfs::openActionJavaScript,
            UploadRefusal.JAVASCRIPT),
        refused("a javascript: link", TestPdfs::linkJavaScriptUri, UploadRefusal.JAVASCRIPT),
        refused(
            "JavaScript on the second outline item",
            TestPdfs::outlineJavaScript,
            UploadRefusal.JAVASCRIPT),
        refused(
            "a field's keystroke script (/AA)",
            TestPdfs::fieldJavaScript,
            UploadRefusal.JAVASCRIPT),
        refused("an XFA form script", TestPdfs::xfaScript, UploadRefusal.JAVASCRIPT),
        refused(
            "a Launch action whose /S is an indirect name",
            PdfInspectorTest::indirectActionType,
            UploadRefusal.LAUNCH_ACTION),
        refused("a Launch action", TestPdfs::launchAction, UploadRefusal.LAUNCH_ACTION),
        refused(
            "a SubmitForm action",
            TestPdfs::submitFormAction,
            UploadRefusal.SUBMIT_OR_IMPORT_ACTION),
        refused(
            "an ImportData action",
            TestPdfs::importDataAction,
            UploadRefusal.SUBMIT_OR_IMPORT_ACTION),
        refused(
            "an embedded file (EmbeddedFiles names tree)",
            TestPdfs::embeddedFile,
            UploadRefusal.EMBEDDED_FILE),
        refused(
            "a file attachment annotation",
            TestPdfs::fileAttachmentAnnotation,
            UploadRefusal.EMBEDDED_FILE),
        refused(
            "a page that opens an address by itself (/AA)",
            TestPdfs::pageOpenAction,
            UploadRefusal.AUTOMATIC_ACTION),
        refused("a truncated PDF", TestPdfs::truncated, UploadRefusal.DAMAGED),
        refused(
            "a PDF header with an end marker and nothing readable between",
            TestPdfs::headerAndEndOnly,
            UploadRefusal.DAMAGED),
        refused("a PDF without pages", TestPdfs::noPages, UploadRefusal.DAMAGED),
        refused(
            "a page tree whose node is its own kid",
            PdfInspectorTest::pageTreeLoop,
            UploadRefusal.DAMAGED));
  }

  @ParameterizedTest(name = "{0} is refused as {2}")
  @MethodSource("hostileFiles")
  void hostileFilesAreRefusedWithTheirReason(
      String file, Supplier<byte[]> content, UploadRefusal reason) {
    PdfVerdict verdict = inspect(content.get());

    assertThat(verdict).isInstanceOf(PdfVerdict.Refused.class);
    assertThat(((PdfVerdict.Refused) verdict).reason()).isEqualTo(reason);
  }

  @Test
  void aValidPdfIsAcceptedWithItsPageCountAndTheSha256OfItsUnchangedBytes() throws Exception {
    byte[] content = TestPdfs.valid(3);
    byte[] copy = content.clone();

    PdfVerdict verdict = inspect(content);

    assertThat(verdict)
        .isEqualTo(new PdfVerdict.Accepted(3, content.length, new Sha256(sha256Hex(copy))));
    assertThat(content).isEqualTo(copy);
  }

  @Test
  void aPdfWithAClassicCrossReferenceTableIsAcceptedToo() {
    byte[] content = TestPdfs.validUncompressed(2);

    assertThat(inspect(content))
        .isEqualTo(new PdfVerdict.Accepted(2, content.length, Sha256.of(content)));
  }

  @Test
  void aFileOverTheSizeSettingIsRefusedAndOneAtTheLimitIsAccepted() {
    byte[] content = TestPdfs.valid(1);

    PdfVerdict over =
        inspector(UploadLimits.defaults().withMaxBytes(content.length - 1)).inspect(content);
    inspector.close();
    PdfVerdict at =
        inspector(UploadLimits.defaults().withMaxBytes(content.length)).inspect(content);

    assertThat(((PdfVerdict.Refused) over).reason()).isEqualTo(UploadRefusal.TOO_LARGE);
    assertThat(at.isAccepted()).isTrue();
  }

  @Test
  void anOversizedUploadIsReadOnlyToOneByteOverTheLimit() throws IOException {
    PdfInspector small = inspector(UploadLimits.defaults().withMaxBytes(1000));
    CountingStream upload = new CountingStream(new ByteArrayInputStream(new byte[1_000_000]));

    assertThat(small.read(upload)).isEmpty();
    assertThat(upload.read).isEqualTo(1001);
    assertThat(small.read(new ByteArrayInputStream(new byte[1000])))
        .get()
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.BYTE_ARRAY)
        .hasSize(1000);
  }

  @Test
  void theDefaultLimitIs20Megabytes() {
    assertThat(UploadLimits.defaults().maxBytes()).isEqualTo(20L * 1024 * 1024);
  }

  @Test
  void aDecompressionBombIsRefusedWithinTheDecodeBudget() {
    byte[] bomb = TestPdfs.xfaDecompressionBomb(16);
    assertThat(bomb.length).isLessThan(100_000);

    PdfVerdict verdict =
        inspector(UploadLimits.defaults().withMaxDecodedBytes(4 * UploadLimits.MEGABYTE))
            .inspect(bomb);

    assertThat(((PdfVerdict.Refused) verdict).reason()).isEqualTo(UploadRefusal.TOO_COMPLEX);
  }

  @Test
  void objectStreamsPdfBoxDecodesWhileParsingCountAgainstTheDecodeBudget() {
    byte[] compressed = TestPdfs.valid(3);
    assertThat(new String(compressed, StandardCharsets.ISO_8859_1)).contains("/ObjStm");

    PdfVerdict verdict =
        inspector(UploadLimits.defaults().withMaxDecodedBytes(100)).inspect(compressed);

    assertThat(((PdfVerdict.Refused) verdict).reason()).isEqualTo(UploadRefusal.TOO_COMPLEX);
  }

  @Test
  void anObjectStreamOfMillionsOfTinyDictionariesIsRefusedBeforePdfBoxParsesIt() {
    byte[] bomb = RawPdf.withObjectInObjectStream("[" + "<<>>".repeat(2_000_000) + "]");
    assertThat(bomb.length).isLessThan(50_000);

    PdfVerdict verdict = inspect(bomb);

    assertThat(((PdfVerdict.Refused) verdict).reason()).isEqualTo(UploadRefusal.TOO_COMPLEX);
    assertThat(inspect(RawPdf.withObjectInObjectStream("[1 2 3]")).isAccepted()).isTrue();
  }

  @Test
  void millionsOfTinyObjectsOrInventedNamesAreRefusedWithinTheObjectLimit() {
    byte[] dictionaries = RawPdf.onePageWith("/Extra 4 0 R", "[" + "<<>>".repeat(100_000) + "]");
    StringBuilder names = new StringBuilder("[");
    for (int i = 0; i < 250_000; i++) {
      names.append('/').append(Integer.toString(i, 36));
    }
    byte[] inventedNames = RawPdf.onePageWith("/Extra 4 0 R", names.append(']').toString());

    PdfInspector checks = inspector(UploadLimits.defaults().withMaxObjects(50_000));

    assertThat(((PdfVerdict.Refused) checks.inspect(dictionaries)).reason())
        .isEqualTo(UploadRefusal.TOO_COMPLEX);
    assertThat(((PdfVerdict.Refused) checks.inspect(inventedNames)).reason())
        .isEqualTo(UploadRefusal.TOO_COMPLEX);
  }

  @Test
  void aFileWithMoreObjectsThanTheSettingIsRefused() {
    PdfVerdict verdict =
        inspector(UploadLimits.defaults().withMaxObjects(10)).inspect(TestPdfs.valid(20));

    assertThat(((PdfVerdict.Refused) verdict).reason()).isEqualTo(UploadRefusal.TOO_COMPLEX);
  }

  @Test
  void deeplyNestedArraysStopAtPdfBoxsDepthLimitAndGiveAVerdictNotAnError() {
    byte[] nested = RawPdf.onePageWith("/Extra 4 0 R", "[".repeat(200_000) + "]".repeat(200_000));

    assertThat(inspect(nested)).isNotNull();
  }

  @Test
  void randomlyDamagedPdfsAlwaysGetAVerdictAndNeverAnError() {
    byte[] valid = TestPdfs.valid(2);
    PdfInspector checks = inspector(UploadLimits.defaults());
    Random random = new Random(20_261_108);
    for (int round = 0; round < 150; round++) {
      byte[] damaged = valid.clone();
      for (int hit = 0; hit < 1 + random.nextInt(20); hit++) {
        int at = 5 + random.nextInt(damaged.length - 200);
        damaged[at] = (byte) random.nextInt(256);
      }
      assertThat(checks.inspect(damaged)).isNotNull();
    }
  }

  private static Arguments refused(String file, Supplier<byte[]> content, UploadRefusal reason) {
    return Arguments.of(file, content, reason);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] afterBom() {
    byte[] pdf = TestPdfs.valid(1);
    byte[] withBom = new byte[pdf.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(pdf, 0, withBom, 3, pdf.length);
    return withBom;
  }

  private static byte[] indirectActionType() {
    return RawPdf.onePageWith("/OpenAction 4 0 R", "<< /S 5 0 R /F (cmd.exe) >>", "/Launch");
  }

  private static byte[] pageTreeLoop() {
    return RawPdf.of(
        "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [2 0 R] /Count 1 >>");
  }

  private static String sha256Hex(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }

  private static final class CountingStream extends InputStream {
    private final InputStream in;
    private long read;

    CountingStream(InputStream in) {
      this.in = in;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        read++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0) {
        read += n;
      }
      return n;
    }
  }
}

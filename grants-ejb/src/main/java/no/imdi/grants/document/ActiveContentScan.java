package no.imdi.grants.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessRead;

/**
 * Reads every dictionary and array a reader could reach from the trailer, once each, without
 * recursion, and finds what a PDF reader would run, launch, send or unpack: JavaScript anywhere
 * (the document's names tree, {@code /JS}, script actions of the open action, links, outlines,
 * annotations and fields, {@code javascript:} links, XFA scripts), Launch, SubmitForm and
 * ImportData actions, embedded files (the EmbeddedFiles names tree, file specifications with {@code
 * /EF}, file attachment, rich media and 3D annotations) and additional actions ({@code /AA}).
 * Checking the whole object graph rather than the places PDFBox's model names means an action
 * hidden in an unusual place (an outline's {@code /Next} chain, a form's kids) is found too.
 */
final class ActiveContentScan {

  private static final COSName LAUNCH = COSName.getPDFName("Launch");
  private static final COSName SUBMIT_FORM = COSName.getPDFName("SubmitForm");
  private static final COSName IMPORT_DATA = COSName.getPDFName("ImportData");
  private static final COSName FILE_ATTACHMENT = COSName.getPDFName("FileAttachment");
  private static final COSName RICH_MEDIA = COSName.getPDFName("RichMedia");
  private static final COSName THREE_D = COSName.getPDFName("3D");
  private static final Pattern XFA_SCRIPT =
      Pattern.compile("<([\\w.-]+:)?script\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern XFA_SUBMIT =
      Pattern.compile("<([\\w.-]+:)?submit\\b", Pattern.CASE_INSENSITIVE);

  /** What was found, and in which object of the file. */
  record Finding(UploadRefusal reason, String detail) {}

  private record Node(COSBase value, String where) {}

  private final CheckBudget budget;
  private final Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());

  ActiveContentScan(CheckBudget budget) {
    this.budget = budget;
  }

  /**
   * The first finding other than additional actions, or else additional actions, or nothing: a
   * script inside {@code /AA} is reported as JavaScript, the more exact reason.
   */
  Optional<Finding> scan(COSDictionary trailer) throws IOException {
    Deque<Node> todo = new ArrayDeque<>();
    todo.push(new Node(trailer, "the trailer"));
    Finding automatic = null;
    while (!todo.isEmpty()) {
      Node node = todo.pop();
      COSBase value = node.value();
      String where = node.where();
      if (value instanceof COSObject reference) {
        where = "object " + reference.getKey();
        value = reference.getObject();
      }
      if (!(value instanceof COSDictionary || value instanceof COSArray) || !seen.add(value)) {
        continue;
      }
      budget.visited();
      if (value instanceof COSDictionary dictionary) {
        Finding finding = inspect(dictionary, where);
        if (finding != null && finding.reason() != UploadRefusal.AUTOMATIC_ACTION) {
          return Optional.of(finding);
        }
        if (automatic == null) {
          automatic = finding;
        }
        for (COSBase child : dictionary.getValues()) {
          push(todo, child, where);
        }
      } else {
        for (COSBase child : (COSArray) value) {
          push(todo, child, where);
        }
      }
    }
    return Optional.ofNullable(automatic);
  }

  private static void push(Deque<Node> todo, COSBase child, String where) {
    if (child instanceof COSObject || child instanceof COSDictionary || child instanceof COSArray) {
      todo.push(new Node(child, where));
    }
  }

  private Finding inspect(COSDictionary dictionary, String where) throws IOException {
    COSName action = dictionary.getCOSName(COSName.S);
    if (dictionary.containsKey(COSName.JS) || COSName.JAVA_SCRIPT.equals(action)) {
      return found(UploadRefusal.JAVASCRIPT, "a JavaScript action", where);
    }
    if (dictionary.containsKey(COSName.JAVA_SCRIPT)) {
      return found(UploadRefusal.JAVASCRIPT, "document JavaScript (names tree)", where);
    }
    if (COSName.URI.equals(action)
        && isJavaScriptUri(dictionary.getDictionaryObject(COSName.URI))) {
      return found(UploadRefusal.JAVASCRIPT, "a javascript: link", where);
    }
    if (LAUNCH.equals(action)) {
      return found(UploadRefusal.LAUNCH_ACTION, "a Launch action", where);
    }
    if (SUBMIT_FORM.equals(action) || IMPORT_DATA.equals(action)) {
      return found(
          UploadRefusal.SUBMIT_OR_IMPORT_ACTION, "a " + action.getName() + " action", where);
    }
    if (dictionary.containsKey(COSName.XFA)) {
      Finding xfa = inspectXfa(dictionary.getDictionaryObject(COSName.XFA), where);
      if (xfa != null) {
        return xfa;
      }
    }
    COSName subtype = dictionary.getCOSName(COSName.SUBTYPE);
    if (dictionary.containsKey(COSName.EMBEDDED_FILES)
        || dictionary.containsKey(COSName.EF)
        || COSName.EMBEDDED_FILE.equals(dictionary.getCOSName(COSName.TYPE))
        || FILE_ATTACHMENT.equals(subtype)
        || RICH_MEDIA.equals(subtype)
        || THREE_D.equals(subtype)) {
      return found(UploadRefusal.EMBEDDED_FILE, "an embedded file or media", where);
    }
    if (dictionary.getDictionaryObject(COSName.AA) instanceof COSDictionary aa && aa.size() > 0) {
      return found(UploadRefusal.AUTOMATIC_ACTION, "additional actions (/AA)", where);
    }
    return null;
  }

  private static boolean isJavaScriptUri(COSBase uri) {
    if (!(uri instanceof COSString text)) {
      return false;
    }
    String value = text.getString().strip().toLowerCase(Locale.ROOT);
    return value.startsWith("javascript:") || value.startsWith("vbscript:");
  }

  /** XFA forms are XML, a stream or an array of names and streams; they may carry scripts. */
  private Finding inspectXfa(COSBase xfa, String where) throws IOException {
    if (xfa instanceof COSStream stream) {
      return inspectXfaPacket(stream, where);
    }
    if (xfa instanceof COSArray packets) {
      for (int i = 0; i < packets.size(); i++) {
        if (packets.getObject(i) instanceof COSStream stream) {
          Finding finding = inspectXfaPacket(stream, where);
          if (finding != null) {
            return finding;
          }
        }
      }
    }
    return null;
  }

  private Finding inspectXfaPacket(COSStream stream, String where) throws IOException {
    String xml;
    try (RandomAccessRead data = stream.createView()) {
      byte[] bytes = new byte[(int) data.length()];
      data.readFully(bytes);
      xml = new String(bytes, StandardCharsets.ISO_8859_1);
    }
    if (XFA_SCRIPT.matcher(xml).find()) {
      return found(UploadRefusal.JAVASCRIPT, "an XFA form script", where);
    }
    if (XFA_SUBMIT.matcher(xml).find()) {
      return found(UploadRefusal.SUBMIT_OR_IMPORT_ACTION, "an XFA form submission", where);
    }
    return null;
  }

  private static Finding found(UploadRefusal reason, String what, String where) {
    return new Finding(reason, what + " in " + where);
  }
}

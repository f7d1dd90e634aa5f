package no.imdi.grants.document;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;

/**
 * A PDF written by hand, object by object, with a correct cross-reference table: for structures no
 * PDF library writes on purpose (deep nesting, loops, names given indirectly).
 */
final class RawPdf {

  private RawPdf() {}

  /** Objects 1, 2, ... with these bodies; object 1 is the catalog. */
  static byte[] of(String... bodies) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < bodies.length; i++) {
      offsets.add(out.size());
      write(out, (i + 1) + " 0 obj\n" + bodies[i] + "\nendobj\n");
    }
    int xref = out.size();
    StringBuilder table = new StringBuilder("xref\n0 " + (bodies.length + 1) + "\n");
    table.append("0000000000 65535 f\r\n");
    for (int offset : offsets) {
      table.append(String.format("%010d 00000 n\r\n", offset));
    }
    table.append("trailer\n<< /Size ").append(bodies.length + 1).append(" /Root 1 0 R >>\n");
    table.append("startxref\n").append(xref).append("\n%%EOF\n");
    write(out, table.toString());
    return out.toByteArray();
  }

  /** A catalog, its page tree and one page, and the given objects from number 4 on. */
  static byte[] onePageWith(String catalogExtra, String... more) {
    String[] bodies = new String[3 + more.length];
    bodies[0] = "<< /Type /Catalog /Pages 2 0 R " + catalogExtra + " >>";
    bodies[1] = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>";
    bodies[2] = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>";
    System.arraycopy(more, 0, bodies, 3, more.length);
    return of(bodies);
  }

  /**
   * A catalog with {@code /Extra 4 0 R}, its page tree and a page, and object 4 compressed in an
   * object stream (object 5), found through a cross-reference stream (object 6).
   */
  static byte[] withObjectInObjectStream(String body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
    int[] offsets = new int[7];
    String[] plain = {
      "<< /Type /Catalog /Pages 2 0 R /Extra 4 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"
    };
    for (int i = 0; i < plain.length; i++) {
      offsets[i + 1] = out.size();
      write(out, (i + 1) + " 0 obj\n" + plain[i] + "\nendobj\n");
    }
    byte[] packed = deflate(("4 0 " + body).getBytes(StandardCharsets.ISO_8859_1));
    offsets[5] = out.size();
    write(out, "5 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ");
    write(out, packed.length + " >>\nstream\n");
    out.writeBytes(packed);
    write(out, "\nendstream\nendobj\n");
    offsets[6] = out.size();
    ByteArrayOutputStream entries = new ByteArrayOutputStream();
    entry(entries, 0, 0, 65535);
    for (int i = 1; i <= 3; i++) {
      entry(entries, 1, offsets[i], 0);
    }
    entry(entries, 2, 5, 0);
    entry(entries, 1, offsets[5], 0);
    entry(entries, 1, offsets[6], 0);
    write(out, "6 0 obj\n<< /Type /XRef /Size 7 /W [1 4 2] /Root 1 0 R /Length ");
    write(out, entries.size() + " >>\nstream\n");
    out.writeBytes(entries.toByteArray());
    write(out, "\nendstream\nendobj\nstartxref\n" + offsets[6] + "\n%%EOF\n");
    return out.toByteArray();
  }

  private static void entry(ByteArrayOutputStream out, int type, long field2, int field3) {
    out.write(type);
    for (int shift = 24; shift >= 0; shift -= 8) {
      out.write((int) (field2 >> shift) & 0xff);
    }
    out.write(field3 >> 8 & 0xff);
    out.write(field3 & 0xff);
  }

  private static byte[] deflate(byte[] data) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    deflater.setInput(data);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    deflater.end();
    return out.toByteArray();
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
  }
}

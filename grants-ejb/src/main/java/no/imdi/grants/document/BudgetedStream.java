package no.imdi.grants.document;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSInputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.DecodeOptions;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.io.RandomAccessInputStream;
import org.apache.pdfbox.io.RandomAccessOutputStream;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadView;
import org.apache.pdfbox.io.RandomAccessReadWriteBuffer;
import org.apache.pdfbox.io.RandomAccessStreamCache;

/**
 * A stream of an uploaded PDF whose decoding counts against the check's {@link CheckBudget}. PDFBox
 * decompresses object and cross-reference streams in memory while it parses; a few megabytes of
 * deflated zeros would otherwise become gigabytes of heap.
 */
final class BudgetedStream extends COSStream {

  private final CheckBudget budget;

  BudgetedStream(RandomAccessStreamCache cache, RandomAccessReadView view, CheckBudget budget)
      throws IOException {
    super(cache, view);
    this.budget = budget;
  }

  @Override
  public RandomAccessRead createView() throws IOException {
    List<Filter> filters = filters();
    if (filters.isEmpty()) {
      return super.createView();
    }
    return decode(filters);
  }

  @Override
  public COSInputStream createInputStream(DecodeOptions options) throws IOException {
    List<Filter> filters = filters();
    if (!filters.isEmpty()) {
      decode(filters).close();
    }
    return super.createInputStream(options);
  }

  private RandomAccessReadWriteBuffer decode(List<Filter> filters) throws IOException {
    InputStream input = createRawInputStream();
    RandomAccessReadWriteBuffer decoded = null;
    Kind kind = kind();
    try {
      for (int i = 0; i < filters.size(); i++) {
        decoded = new RandomAccessReadWriteBuffer();
        Kind stage = i == filters.size() - 1 ? kind : Kind.OTHER;
        OutputStream output = new Counting(new RandomAccessOutputStream(decoded), budget, stage);
        filters.get(i).decode(input, output, this, i, DecodeOptions.DEFAULT);
        output.flush();
        input.close();
        decoded.seek(0);
        input = new RandomAccessInputStream(decoded);
      }
      decoded.seek(0);
      return decoded;
    } catch (IOException | RuntimeException e) {
      input.close();
      throw e;
    }
  }

  /**
   * What PDFBox will make of the decoded data: objects of an object stream (it requires {@code
   * /First}) or entries of a cross-reference stream (it requires {@code /W}). PDFBox parses both in
   * one go, without a moment to stop it, so their size is counted as they are decoded.
   */
  private Kind kind() {
    if (containsKey(COSName.FIRST)) {
      return Kind.OBJECTS;
    }
    if (getDictionaryObject(COSName.W) instanceof COSArray widths) {
      int width = 0;
      for (int i = 0; i < widths.size(); i++) {
        width += Math.max(0, widths.getInt(i, 0));
      }
      return width > 0 ? Kind.xref(width) : Kind.OTHER;
    }
    return Kind.OTHER;
  }

  private List<Filter> filters() throws IOException {
    COSBase filters = getFilters();
    List<Filter> list = new ArrayList<>();
    if (filters instanceof COSName name) {
      list.add(FilterFactory.INSTANCE.getFilter(name));
    } else if (filters instanceof COSArray array) {
      for (int i = 0; i < array.size(); i++) {
        if (!(array.getObject(i) instanceof COSName name)) {
          throw new IOException("A filter that is not a name in " + array);
        }
        list.add(FilterFactory.INSTANCE.getFilter(name));
      }
    }
    return list;
  }

  /** What the decoded bytes of a stream are for, and for a cross-reference stream its width. */
  private record Kind(boolean objects, int entryWidth) {
    static final Kind OTHER = new Kind(false, 0);
    static final Kind OBJECTS = new Kind(true, 0);

    static Kind xref(int width) {
      return new Kind(false, width);
    }
  }

  /**
   * Counts every decoded byte against the budget before it is written; in an object stream also the
   * dictionaries, arrays, strings and names the bytes can become (an upper bound: one each per
   * {@code <}, {@code [}, {@code (} and {@code /}), in a cross-reference stream its entries.
   */
  private static final class Counting extends FilterOutputStream {
    private final CheckBudget budget;
    private final Kind kind;
    private long bytes;

    Counting(OutputStream out, CheckBudget budget, Kind kind) {
      super(out);
      this.budget = budget;
      this.kind = kind;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      budget.decoded(len);
      if (kind.objects()) {
        countObjects(b, off, len);
      } else if (kind.entryWidth() > 0) {
        long before = bytes / kind.entryWidth();
        bytes += len;
        budget.xrefEntries(bytes / kind.entryWidth() - before);
      }
      out.write(b, off, len);
    }

    private void countObjects(byte[] b, int off, int len) {
      long containers = 0;
      long names = 0;
      for (int i = off; i < off + len; i++) {
        switch (b[i]) {
          case '<', '[', '(' -> containers++;
          case '/' -> names++;
          default -> {}
        }
      }
      budget.parsed(containers);
      budget.named(names);
    }
  }
}

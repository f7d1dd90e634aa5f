package no.imdi.grants.document;

import java.io.IOException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdfparser.COSParser;
import org.apache.pdfbox.pdfparser.PDFParser;

/**
 * PDFBox's own parser (lenient, as readers are), with an empty password so that a file protected by
 * a user password fails and one with only an owner password opens, and with every stream it reads a
 * {@link BudgetedStream}: nothing it decompresses escapes the check's budget.
 */
final class CheckedPdfParser extends PDFParser {

  private final CheckBudget budget;

  CheckedPdfParser(RandomAccessRead source, StreamCacheCreateFunction cache, CheckBudget budget)
      throws IOException {
    super(source, "", null, null, null);
    document.close();
    document = new BudgetedDocument(cache.create(), this, budget);
    this.budget = budget;
  }

  @Override
  protected COSDictionary parseCOSDictionary(boolean isDirect) throws IOException {
    budget.parsed(1);
    return super.parseCOSDictionary(isDirect);
  }

  @Override
  protected COSArray parseCOSArray() throws IOException {
    budget.parsed(1);
    return super.parseCOSArray();
  }

  @Override
  protected COSString parseCOSString() throws IOException {
    budget.parsed(1);
    return super.parseCOSString();
  }

  @Override
  protected COSName parseCOSName() throws IOException {
    budget.named(1);
    return super.parseCOSName();
  }

  /**
   * PDFBox rebuilds a cache of the whole cross-reference table for every object stream it opens, in
   * one loop nothing can interrupt: the check stops between object streams when its time is up, and
   * refuses tables larger than its object limit before the first.
   */
  @Override
  protected COSBase parseObjectStreamObject(long objstmObjNr, COSObjectKey key) throws IOException {
    budget.check();
    budget.tableSize(document.getXrefTable().size());
    return super.parseObjectStreamObject(objstmObjNr, key);
  }

  /** The document of a parse, which makes each stream the parser finds a budgeted one. */
  private static final class BudgetedDocument extends COSDocument {
    private final RandomAccessStreamCache cache;
    private final COSParser parser;
    private final CheckBudget budget;

    BudgetedDocument(RandomAccessStreamCache cache, COSParser parser, CheckBudget budget) {
      super((StreamCacheCreateFunction) null, parser);
      this.cache = cache;
      this.parser = parser;
      this.budget = budget;
    }

    @Override
    public COSStream createCOSStream(COSDictionary dictionary, long start, long length)
        throws IOException {
      budget.check();
      COSStream stream =
          new BudgetedStream(cache, parser.createRandomAccessReadView(start, length), budget);
      dictionary.forEach(stream::setItem);
      stream.setKey(dictionary.getKey());
      return stream;
    }

    @Override
    public void close() throws IOException {
      try {
        super.close();
      } finally {
        cache.close();
      }
    }
  }
}

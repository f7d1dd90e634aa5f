package no.imdi.grants.payment.bank;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** An input stream that fails once more than a given number of bytes have been read from it. */
final class CappedInputStream extends FilterInputStream {

  /** More bytes than allowed. */
  static final class TooLarge extends IOException {
    TooLarge(long max) {
      super("more than " + max + " bytes");
    }
  }

  private final long max;
  private long count;

  CappedInputStream(InputStream in, long max) {
    super(in);
    this.max = max;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      counted(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      counted(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    counted(skipped);
    return skipped;
  }

  private void counted(long n) throws TooLarge {
    count += n;
    if (count > max) {
      throw new TooLarge(max);
    }
  }
}

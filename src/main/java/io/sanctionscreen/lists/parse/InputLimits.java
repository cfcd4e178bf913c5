package io.sanctionscreen.lists.parse;

import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * The bounds every list parser enforces on untrusted input, so that a hostile or broken file fails
 * with a {@link ListFormatException} instead of exhausting memory.
 *
 * <p>The numbers leave room for the largest official files: OFAC's {@code sdn_advanced.xml} is
 * about 120 MB and holds about 18,000 parties; OpenSanctions' sanctions collection holds a few
 * hundred thousand entities.
 */
final class InputLimits {

  /** Bytes (or characters, for readers) a parser reads from one file: 2 GiB. */
  static final long MAX_INPUT = 2L * 1024 * 1024 * 1024;

  /** Entries one list may hold. */
  static final int MAX_ENTRIES = 2_000_000;

  /** Elements one XML record (an entry and everything below it) may hold. */
  static final int MAX_RECORD_NODES = 200_000;

  /** Nesting depth of XML elements. */
  static final int MAX_DEPTH = 64;

  /** Characters of one text value (an XML element's text, a CSV field, a JSON line). */
  static final int MAX_TEXT = 4 * 1024 * 1024;

  private InputLimits() {}

  /** Wraps a stream so that reading past {@link #MAX_INPUT} bytes fails. */
  static InputStream bounded(InputStream in) {
    return bounded(in, MAX_INPUT);
  }

  static InputStream bounded(InputStream in, long max) {
    if (in == null) {
      throw new ListFormatException("no input given");
    }
    return new BoundedInputStream(in, max);
  }

  /** Wraps a reader so that reading past {@link #MAX_INPUT} characters fails. */
  static Reader bounded(Reader in) {
    return bounded(in, MAX_INPUT);
  }

  static Reader bounded(Reader in, long max) {
    if (in == null) {
      throw new ListFormatException("no input given");
    }
    return new BoundedReader(in, max);
  }

  /** Fails once a list holds more than {@link #MAX_ENTRIES} entries. */
  static void checkEntryCount(int count) {
    if (count > MAX_ENTRIES) {
      throw new ListFormatException("the file holds more than " + MAX_ENTRIES + " entries");
    }
  }

  private static ListFormatException tooLarge(long max, String unit) {
    return new ListFormatException("the file is larger than the limit of " + max + " " + unit);
  }

  private static final class BoundedInputStream extends FilterInputStream {
    private final long max;
    private long count;

    BoundedInputStream(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        add(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0) {
        add(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      add(skipped);
      return skipped;
    }

    private void add(long n) {
      count += n;
      if (count > max) {
        throw tooLarge(max, "bytes");
      }
    }
  }

  private static final class BoundedReader extends FilterReader {
    private final long max;
    private long count;

    BoundedReader(Reader in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0) {
        add(1);
      }
      return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0) {
        add(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      add(skipped);
      return skipped;
    }

    private void add(long n) {
      count += n;
      if (count > max) {
        throw tooLarge(max, "characters");
      }
    }
  }
}

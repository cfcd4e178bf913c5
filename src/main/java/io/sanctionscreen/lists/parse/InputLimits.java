package io.sanctionscreen.lists.parse;

import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * The bounds every list parser enforces on untrusted input, so that a hostile or broken file fails
 * with a {@link ListFormatException} instead of exhausting memory, whatever its compression: the
 * unpacked size ({@link #unpacked}), the size of every part a parser holds whole (XML text, white
 * space, comments, attribute values and tags in {@link XmlBounds}; CSV fields and records in {@link
 * CsvInput}; runs of white space and JSON lines in the readers), the nesting and the entry count.
 * Each limit is far above what the official files hold and far below what exhausts the heap, so a
 * bomb is refused after a few megabytes, in well under a second.
 *
 * <p>The numbers leave room for the largest official files: OFAC's {@code sdn_advanced.xml} is
 * about 120 MB and holds about 18,000 parties; OpenSanctions' sanctions collection holds a few
 * hundred thousand entities.
 */
public final class InputLimits {

  /** Bytes (or characters, for readers) a parser reads from one file: 2 GiB. */
  static final long MAX_INPUT = 2L * 1024 * 1024 * 1024;

  /** Entries one list may hold. */
  static final int MAX_ENTRIES = 2_000_000;

  /** Elements one XML record (an entry and everything below it) may hold. */
  static final int MAX_RECORD_NODES = 200_000;

  /** Nesting depth of XML elements. */
  static final int MAX_DEPTH = 64;

  /** Characters of one text value (an XML element's text, a JSON line). */
  static final int MAX_TEXT = 4 * 1024 * 1024;

  /**
   * Characters of one run of white space: between XML elements, blank lines between CSV records or
   * JSON lines. Real files never hold more than a few hundred in a row.
   */
  static final int MAX_WHITESPACE = 1024 * 1024;

  /** Characters of one XML comment. */
  static final int MAX_COMMENT = 1024 * 1024;

  /** Characters of one XML attribute value (the longest in the official files is about 200). */
  static final int MAX_ATTRIBUTE = 64 * 1024;

  /**
   * Characters of one XML tag with its attributes, processing instruction or declaration (the
   * longest tag in the official files is about 400).
   */
  static final int MAX_TAG = 256 * 1024;

  /** Characters of one CSV field (the longest in the official files is a few thousand). */
  static final int MAX_FIELD = 1024 * 1024;

  /** Characters of one CSV record, all its fields together. */
  static final int MAX_RECORD = 4 * 1024 * 1024;

  /**
   * How many times its own size a compressed file may grow when unpacked, above {@link
   * #MIN_UNPACKED}: the official lists grow 5 to 25 times; a compression bomb a thousand times.
   */
  static final int MAX_EXPANSION = 100;

  /** Bytes any file may unpack to, whatever its compressed size. */
  static final long MIN_UNPACKED = 64L * 1024 * 1024;

  private InputLimits() {}

  /** Wraps a stream so that reading past {@link #MAX_INPUT} bytes fails. */
  static InputStream bounded(InputStream in) {
    return bounded(in, MAX_INPUT);
  }

  static InputStream bounded(InputStream in, long max) {
    if (in == null) {
      throw new ListFormatException("no input given");
    }
    return new BoundedInputStream(in, max, tooLargeMessage(max, "bytes"));
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

  /**
   * Wraps the unpacked stream of a compressed file so that reading more than {@link #MAX_EXPANSION}
   * times the packed size (at least {@link #MIN_UNPACKED}, at most {@link #MAX_INPUT}) fails with a
   * {@link ListFormatException}.
   *
   * @param unpacked the decompressing stream
   * @param packedBytes the size of the compressed file or ZIP entry
   */
  public static InputStream unpacked(InputStream unpacked, long packedBytes) {
    long max =
        Math.min(
            MAX_INPUT,
            Math.max(MIN_UNPACKED, MAX_EXPANSION * Math.max(0, Math.min(packedBytes, MAX_INPUT))));
    if (unpacked == null) {
      throw new ListFormatException("no input given");
    }
    return new BoundedInputStream(
        unpacked,
        max,
        "the file unpacks to more than "
            + max
            + " bytes ("
            + MAX_EXPANSION
            + " times its compressed size of "
            + packedBytes
            + " bytes): refused as a compression bomb");
  }

  /** Fails once a list holds more than {@link #MAX_ENTRIES} entries. */
  static void checkEntryCount(int count) {
    if (count > MAX_ENTRIES) {
      throw new ListFormatException("the file holds more than " + MAX_ENTRIES + " entries");
    }
  }

  private static String tooLargeMessage(long max, String unit) {
    return "the file is larger than the limit of " + max + " " + unit;
  }

  private static final class BoundedInputStream extends FilterInputStream {
    private final long max;
    private final String message;
    private long count;

    BoundedInputStream(InputStream in, long max, String message) {
      super(in);
      this.max = max;
      this.message = message;
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
        throw new ListFormatException(message);
      }
    }
  }

  /**
   * Counts characters, and refuses a run of more than {@link #MAX_WHITESPACE} white space
   * characters (spaces, tabs, line breaks): readers hand text to line and CSV parsers that skip
   * blank lines without bound.
   */
  private static final class BoundedReader extends FilterReader {
    private final long max;
    private long count;
    private long blank;
    private long line = 1;

    BoundedReader(Reader in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0) {
        add(1);
        look((char) c);
      }
      return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0) {
        add(n);
        for (int i = 0; i < n; i++) {
          look(buf[off + i]);
        }
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      // Skipped characters are looked at like read ones.
      char[] buf = new char[(int) Math.min(n, 8192)];
      int r = read(buf, 0, buf.length);
      return Math.max(r, 0);
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    @Override
    public void mark(int readAheadLimit) throws IOException {
      throw new IOException("mark not supported");
    }

    private void look(char c) {
      if (c == '\n') {
        line++;
      }
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        if (++blank > MAX_WHITESPACE) {
          throw new ListFormatException(
              "more than "
                  + MAX_WHITESPACE
                  + " white space characters or empty lines in a row (line "
                  + line
                  + "), past the limit for white space");
        }
      } else {
        blank = 0;
      }
    }

    private void add(long n) {
      count += n;
      if (count > max) {
        throw new ListFormatException(tooLargeMessage(max, "characters"));
      }
    }
  }
}

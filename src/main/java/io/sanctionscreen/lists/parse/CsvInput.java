package io.sanctionscreen.lists.parse;

import java.io.FilterReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV records one by one from a bounded reader, turning commons-csv's failures (an
 * unterminated quote at the end of a truncated file, an I/O error) into a {@link
 * ListFormatException} that names the line. Every field is held to {@link InputLimits#MAX_FIELD}
 * characters and every record to {@link InputLimits#MAX_RECORD} as the text streams in (see {@link
 * #bounded}), since commons-csv would gather a field of any length in memory.
 */
final class CsvInput implements Iterator<CSVRecord> {

  private final CSVParser parser;
  private final Iterator<CSVRecord> records;

  private CsvInput(CSVParser parser) {
    this.parser = parser;
    this.records = parser.iterator();
  }

  /** Opens a reader as RFC 4180 CSV; a leading byte-order mark is skipped. */
  static CsvInput open(Reader in) {
    try {
      PushbackReader r = new PushbackReader(bounded(in), 1);
      int first = r.read();
      if (first >= 0 && first != '\uFEFF') {
        r.unread(first);
      }
      return new CsvInput(CSVFormat.RFC4180.builder().get().parse(r));
    } catch (IOException e) {
      throw new ListFormatException("the file cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Wraps a reader of CSV text (RFC 4180: comma-separated, fields optionally in double quotes) so
   * that reading fails once a field or a record passes its limit, or the text passes the limits of
   * {@link InputLimits#bounded(Reader)}.
   */
  static Reader bounded(Reader in) {
    return new Bounds(InputLimits.bounded(in));
  }

  /** The line the parser has reached, for messages. */
  long line() {
    return parser.getCurrentLineNumber();
  }

  @Override
  public boolean hasNext() {
    try {
      return records.hasNext();
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new ListFormatException(
          "the file is not valid CSV (near line " + line() + "): " + rootMessage(e), e);
    }
  }

  @Override
  public CSVRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return records.next();
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }

  /** Follows fields and records in the text read, counting their characters. */
  private static final class Bounds extends FilterReader {

    private enum State {
      FIELD_START,
      UNQUOTED,
      QUOTED,
      QUOTE_IN_QUOTED
    }

    private State state = State.FIELD_START;
    private long field;
    private long record;
    private long line = 1;
    private long recordLine = 1;

    Bounds(Reader in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0) {
        look((char) c);
      }
      return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      for (int i = 0; i < n; i++) {
        look(buf[off + i]);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      char[] buf = new char[(int) Math.min(n, 8192)];
      return Math.max(read(buf, 0, buf.length), 0);
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
      boolean lineBreak = c == '\n' || c == '\r';
      switch (state) {
        case FIELD_START -> {
          if (c == '"') {
            state = State.QUOTED;
          } else if (c == ',') {
            field = -1;
          } else if (lineBreak) {
            endRecord();
            return;
          } else if (c != ' ' && c != '\t') {
            state = State.UNQUOTED;
          }
        }
        case UNQUOTED -> {
          if (c == ',') {
            state = State.FIELD_START;
            field = -1;
          } else if (lineBreak) {
            endRecord();
            return;
          }
        }
        case QUOTED -> {
          if (c == '"') {
            state = State.QUOTE_IN_QUOTED;
          }
        }
        case QUOTE_IN_QUOTED -> {
          if (c == '"') {
            state = State.QUOTED;
          } else if (c == ',') {
            state = State.FIELD_START;
            field = -1;
          } else if (lineBreak) {
            endRecord();
            return;
          } else {
            state = State.UNQUOTED;
          }
        }
      }
      if (++field > InputLimits.MAX_FIELD) {
        throw new ListFormatException(
            "a CSV field on line "
                + recordLine
                + " is longer than the limit of "
                + InputLimits.MAX_FIELD
                + " characters");
      }
      if (++record > InputLimits.MAX_RECORD) {
        throw new ListFormatException(
            "the CSV record from line "
                + recordLine
                + " is longer than the limit of "
                + InputLimits.MAX_RECORD
                + " characters");
      }
    }

    private void endRecord() {
      state = State.FIELD_START;
      field = 0;
      record = 0;
      recordLine = line;
    }
  }
}

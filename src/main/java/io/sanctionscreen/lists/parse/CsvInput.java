package io.sanctionscreen.lists.parse;

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
 * ListFormatException} that names the line.
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
      PushbackReader r = new PushbackReader(InputLimits.bounded(in), 1);
      int first = r.read();
      if (first >= 0 && first != '\uFEFF') {
        r.unread(first);
      }
      return new CsvInput(CSVFormat.RFC4180.builder().get().parse(r));
    } catch (IOException e) {
      throw new ListFormatException("the file cannot be read: " + e.getMessage(), e);
    }
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
}

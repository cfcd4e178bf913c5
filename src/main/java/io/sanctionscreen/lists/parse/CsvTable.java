package io.sanctionscreen.lists.parse;

import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file with a header row naming its columns: the header must hold every required column
 * (matched after stripping white space; the first of repeated names counts), blank lines are
 * skipped, and every other row must have as many fields as the header.
 */
final class CsvTable {

  /** One data row, with its line number for messages. */
  record Row(CSVRecord record, long line) {}

  private final CsvInput csv;
  private final int width;
  private final Map<String, Integer> index = new HashMap<>();

  private CsvTable(CsvInput csv, CSVRecord header) {
    this.csv = csv;
    this.width = header.size();
    for (int i = 0; i < header.size(); i++) {
      index.putIfAbsent(header.get(i).strip(), i);
    }
  }

  /**
   * Reads the header.
   *
   * @throws ListFormatException if the file is empty or the header lacks a required column
   */
  static CsvTable open(Reader in, List<String> required) {
    CsvInput csv = CsvInput.open(in);
    if (!csv.hasNext()) {
      throw new ListFormatException("the file is empty; a header row is required");
    }
    CsvTable table = new CsvTable(csv, csv.next());
    for (String c : required) {
      if (!table.index.containsKey(c)) {
        throw new ListFormatException(
            "wrong format: the header (line 1) has no '"
                + c
                + "' column; the columns are "
                + required);
      }
    }
    return table;
  }

  /** The column positions by name. */
  Map<String, Integer> columns() {
    return index;
  }

  /**
   * The next data row, or null at the end.
   *
   * @throws ListFormatException if the row has another number of fields than the header
   */
  Row next() {
    while (csv.hasNext()) {
      CSVRecord r = csv.next();
      long line = csv.line();
      if (r.size() == 1 && r.get(0).isBlank()) {
        continue;
      }
      if (r.size() != width) {
        throw new ListFormatException(
            "line " + line + " has " + r.size() + " fields, the header has " + width);
      }
      return new Row(r, line);
    }
    return null;
  }
}

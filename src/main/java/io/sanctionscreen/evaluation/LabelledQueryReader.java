package io.sanctionscreen.evaluation;

import io.sanctionscreen.lists.model.EntryType;
import io.sanctionscreen.lists.parse.ListFormatException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a labelled query file: CSV with the header {@code
 * query_id,name,type,country,birth_date,expected,treatment}; several expected ids are separated by
 * {@code ;}, an empty {@code expected} marks a negative.
 */
public final class LabelledQueryReader {

  /** The columns, in the order the format gives them. */
  public static final List<String> COLUMNS =
      List.of("query_id", "name", "type", "country", "birth_date", "expected", "treatment");

  /** The most queries one file may hold. */
  public static final int MAX_QUERIES = 200_000;

  private LabelledQueryReader() {}

  /**
   * Reads every query.
   *
   * @throws ListFormatException naming the line and what is wrong
   */
  public static List<LabelledQuery> read(Reader reader) {
    try (CSVParser parser =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .get()
            .parse(reader)) {
      List<String> header = parser.getHeaderNames();
      if (!header.equals(COLUMNS)) {
        throw new ListFormatException(
            "the header must be "
                + String.join(",", COLUMNS)
                + ", not "
                + String.join(",", header));
      }
      List<LabelledQuery> out = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      for (CSVRecord r : parser) {
        if (out.size() >= MAX_QUERIES) {
          throw new ListFormatException("more than " + MAX_QUERIES + " queries");
        }
        out.add(query(r, ids));
      }
      if (out.isEmpty()) {
        throw new ListFormatException("the file holds no queries");
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalStateException | UncheckedIOException e) {
      throw new ListFormatException("not a valid labelled CSV file: " + e.getMessage(), e);
    }
  }

  private static LabelledQuery query(CSVRecord r, Set<String> ids) {
    long line = r.getRecordNumber() + 1;
    if (!r.isConsistent()) {
      throw new ListFormatException("line " + line + " has " + r.size() + " columns, expected 7");
    }
    String id = r.get("query_id");
    String name = r.get("name");
    if (id.isEmpty() || name.isEmpty()) {
      throw new ListFormatException("line " + line + " lacks a query_id or a name");
    }
    if (!ids.add(id)) {
      throw new ListFormatException("line " + line + " repeats query_id " + id);
    }
    EntryType type;
    try {
      type = r.get("type").isEmpty() ? null : EntryType.fromApi(r.get("type"));
    } catch (IllegalArgumentException e) {
      throw new ListFormatException("line " + line + ": " + e.getMessage(), e);
    }
    List<String> expected = new ArrayList<>();
    for (String e : r.get("expected").split(";")) {
      if (!e.isBlank()) {
        expected.add(e.trim());
      }
    }
    return new LabelledQuery(
        id,
        name,
        type,
        emptyToNull(r.get("country")),
        emptyToNull(r.get("birth_date")),
        expected,
        r.get("treatment").isEmpty() ? "unlabelled" : r.get("treatment"));
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}

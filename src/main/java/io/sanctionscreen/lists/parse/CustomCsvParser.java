package io.sanctionscreen.lists.parse;

import io.sanctionscreen.lists.model.AttributeKind;
import io.sanctionscreen.lists.model.EntryType;
import io.sanctionscreen.lists.model.NameKind;
import io.sanctionscreen.lists.model.ParsedEntry;
import io.sanctionscreen.lists.model.ParsedList;
import java.io.IOException;
import java.io.Reader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * Parses an institution's own watch list, kept as CSV (RFC 4180, UTF-8, comma-separated, a header
 * row first). The columns, in any order:
 *
 * <table>
 *   <caption>Columns of a custom watch list</caption>
 *   <tr><th>column</th><th>required</th><th>content</th></tr>
 *   <tr><td>{@code id}</td><td>yes</td><td>the entry's id, unique in the file; becomes the
 *       source reference</td></tr>
 *   <tr><td>{@code name}</td><td>yes</td><td>the primary name</td></tr>
 *   <tr><td>{@code type}</td><td>no</td><td>{@code person}, {@code organization}, {@code vessel}
 *       or {@code aircraft}; empty means organization</td></tr>
 *   <tr><td>{@code aliases}</td><td>no</td><td>other names, separated by {@code ;}</td></tr>
 *   <tr><td>{@code programs}</td><td>no</td><td>programs or reasons for listing, separated by
 *       {@code ;}</td></tr>
 *   <tr><td>{@code country}</td><td>no</td><td>a country (attribute {@code COUNTRY})</td></tr>
 *   <tr><td>{@code birth_date}</td><td>no</td><td>ISO 8601: {@code 1948}, {@code 1948-12} or
 *       {@code 1948-12-10}</td></tr>
 *   <tr><td>{@code identifiers}</td><td>no</td><td>{@code type:value} pairs separated by
 *       {@code ;}, such as {@code Passport:X123;IMO:9562233}</td></tr>
 *   <tr><td>{@code remarks}</td><td>no</td><td>free text</td></tr>
 * </table>
 *
 * <p>Only the id and name columns must be present; an unknown column is refused, so that a misspelt
 * column ("alias") does not silently drop data. Only the header names are case-insensitive.
 */
public final class CustomCsvParser implements ListParser {

  private static final String FORMAT = "custom watch list CSV";

  /** The documented columns, in the order the error messages list them. */
  public static final List<String> COLUMNS =
      List.of(
          "id",
          "name",
          "type",
          "aliases",
          "programs",
          "country",
          "birth_date",
          "identifiers",
          "remarks");

  /** The parser {@link ListFormat} registers; it holds no state. */
  CustomCsvParser() {}

  @Override
  public ParsedList read(ListInput input, String sourceId, LocalDate listDate) throws IOException {
    try (Reader in = Parts.reader(input, ListFormat.MAIN)) {
      return parse(in, sourceId, listDate);
    }
  }

  /**
   * Parses a whole file. The file carries no list date; the caller gives it.
   *
   * @throws ListFormatException naming the line and column, if the header is missing, lacks {@code
   *     id} or {@code name}, repeats or holds an unknown column; if a row has another number of
   *     fields than the header, lacks its id or name, repeats an id, or holds an unknown type, a
   *     birth date that is not ISO 8601, or an identifier that is not {@code type:value}
   */
  public static ParsedList parse(Reader in, String sourceId, LocalDate listDate) {
    return Parsing.guard(FORMAT, () -> read(in, sourceId, listDate));
  }

  private static ParsedList read(Reader in, String sourceId, LocalDate listDate) {
    CsvInput csv = CsvInput.open(in);
    if (!csv.hasNext()) {
      throw new ListFormatException("the file is empty; a header row is required");
    }
    CSVRecord header = csv.next();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String column = header.get(i).strip().toLowerCase(Locale.ROOT);
      if (!COLUMNS.contains(column)) {
        throw new ListFormatException(
            "unknown column '"
                + abbreviate(header.get(i))
                + "' in the header (line 1); the columns are "
                + COLUMNS);
      }
      if (index.put(column, i) != null) {
        throw new ListFormatException("column '" + column + "' appears twice in the header");
      }
    }
    for (String required : List.of("id", "name")) {
      if (!index.containsKey(required)) {
        throw new ListFormatException("the header (line 1) has no '" + required + "' column");
      }
    }
    Map<String, Long> lines = new HashMap<>();
    Entries entries = new Entries("id");
    while (csv.hasNext()) {
      CSVRecord r = csv.next();
      long line = csv.line();
      if (r.size() == 1 && r.get(0).isBlank()) {
        continue;
      }
      if (r.size() != header.size()) {
        throw new ListFormatException(
            "line " + line + " has " + r.size() + " fields, the header has " + header.size());
      }
      Map<String, String> row = new HashMap<>();
      index.forEach((column, i) -> row.put(column, EntryBuilder.clean(r.get(i))));
      String id = row.get("id");
      if (id == null) {
        throw new ListFormatException("line " + line + ": the id is empty");
      }
      Long first = lines.putIfAbsent(id, line);
      if (first != null) {
        throw new ListFormatException(
            "line " + line + ": id '" + id + "' is already used on line " + first);
      }
      entries.add(entry(row, id, line));
    }
    return entries.list(sourceId, listDate, "the file holds no rows after the header");
  }

  private static ParsedEntry entry(Map<String, String> row, String id, long line) {
    String name = row.get("name");
    if (name == null) {
      throw new ListFormatException("line " + line + ": the name of '" + id + "' is empty");
    }
    EntryBuilder b = new EntryBuilder(id, type(row.get("type"), line));
    b.primary(name);
    split(row.get("aliases")).forEach(a -> b.name(a, NameKind.AKA, false));
    split(row.get("programs")).forEach(b::program);
    b.attribute(AttributeKind.COUNTRY, row.get("country"));
    b.attribute(AttributeKind.BIRTH_DATE, birthDate(row.get("birth_date"), line));
    for (String item : split(row.get("identifiers"))) {
      int colon = item.indexOf(':');
      String type = colon < 0 ? null : EntryBuilder.clean(item.substring(0, colon));
      String value = colon < 0 ? null : EntryBuilder.clean(item.substring(colon + 1));
      if (type == null || value == null) {
        throw new ListFormatException(
            "line " + line + ": identifier '" + item + "' is not written type:value");
      }
      b.identifier(type, value, null, null);
    }
    b.remark(row.get("remarks"));
    return b.build();
  }

  private static EntryType type(String type, long line) {
    if (type == null) {
      return EntryType.ORGANIZATION;
    }
    try {
      return EntryType.fromApi(type);
    } catch (IllegalArgumentException e) {
      throw new ListFormatException("line " + line + ": " + e.getMessage(), e);
    }
  }

  private static String birthDate(String text, long line) {
    if (text == null) {
      return null;
    }
    try {
      switch (text.length()) {
        case 4 -> Year.parse(text);
        case 7 -> YearMonth.parse(text);
        case 10 -> LocalDate.parse(text);
        default -> throw new DateTimeException(text);
      }
      return text;
    } catch (DateTimeException e) {
      throw new ListFormatException(
          "line " + line + ": birth_date '" + text + "' is not 1948, 1948-12 or 1948-12-10", e);
    }
  }

  private static List<String> split(String field) {
    List<String> out = new ArrayList<>();
    if (field == null) {
      return out;
    }
    for (String s : field.split(";")) {
      String c = EntryBuilder.clean(s);
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  private static String abbreviate(String s) {
    String t = s.strip();
    return t.length() <= 40 ? t : t.substring(0, 40) + "...";
  }
}

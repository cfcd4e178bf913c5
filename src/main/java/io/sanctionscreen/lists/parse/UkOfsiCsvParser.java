package io.sanctionscreen.lists.parse;

import io.sanctionscreen.lists.model.AttributeKind;
import io.sanctionscreen.lists.model.EntryType;
import io.sanctionscreen.lists.model.NameKind;
import io.sanctionscreen.lists.model.ParsedList;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/**
 * Parses OFSI's Consolidated List of financial sanctions targets as CSV ({@code ConList.csv}): a
 * first row {@code Last Updated,dd/mm/yyyy}, then a header row of 36 columns, then one row per name
 * variant, grouped into targets by {@code Group ID} (the source reference).
 *
 * <p>Names join Name 1..5 and then Name 6, the surname. Alias Type "Primary name" is the primary
 * name, "Primary name variation" and "AKA" are a.k.a.s, "FKA" a former name; Alias Quality "Low
 * quality" marks a weak alias; "Name Non-Latin Script" is an original-script name. Every row
 * repeats the target's facts, so they are kept once. Enumerations such as "(1) Germany. (2)
 * Morocco" are split. From "Other Information" the UK Sanctions List reference, gender and IMO
 * number are read out; the text is kept as the remarks.
 */
public final class UkOfsiCsvParser implements ListParser {

  private static final String FORMAT = "OFSI ConList CSV";

  /** The 36 ConList columns, in the order OFSI writes them. */
  static final List<String> COLUMNS =
      List.of(
          "Name 6",
          "Name 1",
          "Name 2",
          "Name 3",
          "Name 4",
          "Name 5",
          "Title",
          "Name Non-Latin Script",
          "Non-Latin Script Type",
          "Non-Latin Script Language",
          "DOB",
          "Town of Birth",
          "Country of Birth",
          "Nationality",
          "Passport Number",
          "Passport Details",
          "National Identification Number",
          "National Identification Details",
          "Position",
          "Address 1",
          "Address 2",
          "Address 3",
          "Address 4",
          "Address 5",
          "Address 6",
          "Post/Zip Code",
          "Country",
          "Other Information",
          "Group Type",
          "Alias Type",
          "Alias Quality",
          "Regime",
          "Listed On",
          "UK Sanctions List Date Designated",
          "Last Updated",
          "Group ID");

  private static final Pattern ENUMERATION = Pattern.compile("\\(\\d{1,2}\\)\\s*");
  private static final Pattern TAGGED =
      Pattern.compile("\\((UK Sanctions List Ref|Gender|IMO number)\\):\\s*([^\\s.;()]+)");

  /** The parser {@link ListFormat} registers; it holds no state. */
  UkOfsiCsvParser() {}

  @Override
  public ParsedList read(ListInput input, String sourceId, LocalDate listDate) throws IOException {
    try (Reader in = Parts.reader(input, ListFormat.MAIN)) {
      return parse(in, sourceId);
    }
  }

  /**
   * Parses a whole file; the list date is the first row's "Last Updated" date.
   *
   * @throws ListFormatException if the first row is not "Last Updated", the header lacks a ConList
   *     column, a row has another number of fields than the header, lacks its Group ID or name, or
   *     a group mixes types; or the CSV itself is malformed or truncated inside a quote
   */
  public static ParsedList parse(Reader in, String sourceId) {
    return Parsing.guard(FORMAT, () -> read(in, sourceId));
  }

  private static ParsedList read(Reader in, String sourceId) {
    CsvInput csv = CsvInput.open(in);
    if (!csv.hasNext()) {
      throw new ListFormatException("the file is empty");
    }
    CSVRecord first = csv.next();
    if (first.size() < 2 || !first.get(0).strip().equalsIgnoreCase("Last Updated")) {
      throw new ListFormatException(
          "wrong format: the first row must be 'Last Updated,dd/mm/yyyy', found '"
              + abbreviate(String.join(",", first.toList()))
              + "'");
    }
    LocalDate date = Dates.dayFirstDay(first.get(1), "Last Updated");
    if (!csv.hasNext()) {
      throw new ListFormatException("the file has no header row");
    }
    CSVRecord header = csv.next();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      index.putIfAbsent(header.get(i).strip(), i);
    }
    List<String> missing = new ArrayList<>();
    for (String c : COLUMNS) {
      if (!index.containsKey(c)) {
        missing.add(c);
      }
    }
    if (!missing.isEmpty()) {
      throw new ListFormatException(
          "wrong format: the header row (line 2) lacks the ConList columns " + missing);
    }
    EntryGroups groups = new EntryGroups();
    while (csv.hasNext()) {
      CSVRecord r = csv.next();
      if (r.size() == 1 && r.get(0).isBlank()) {
        continue;
      }
      Row row = new Row(r, index, header.size(), csv.line());
      String group = row.get("Group ID");
      if (group == null) {
        throw new ListFormatException("line " + row.line + " has no Group ID");
      }
      EntryType type = type(row.get("Group Type"), row.line);
      EntryBuilder b = groups.get(group);
      if (b == null) {
        b = groups.open(group, new EntryBuilder(group, type));
      } else if (b.type() != type) {
        throw new ListFormatException(
            "group " + group + " is " + b.type() + " and " + type + " (line " + row.line + ")");
      }
      row(b, row);
    }
    return groups.list(sourceId, date, "the file holds no rows after the header");
  }

  private static void row(EntryBuilder b, Row row) {
    String name =
        Names.join(
            row.get("Name 1"),
            row.get("Name 2"),
            row.get("Name 3"),
            row.get("Name 4"),
            row.get("Name 5"),
            row.get("Name 6"));
    String nonLatin = row.get("Name Non-Latin Script");
    if (name == null && nonLatin == null) {
      throw new ListFormatException("line " + row.line + " has no name");
    }
    String aliasType = row.get("Alias Type");
    String quality = row.get("Alias Quality");
    boolean weak = quality != null && quality.toLowerCase(Locale.ROOT).startsWith("low");
    String at = aliasType == null ? "" : aliasType.toLowerCase(Locale.ROOT);
    if (at.equals("primary name")) {
      b.primary(name);
    } else {
      b.name(name, at.equals("fka") ? NameKind.FKA : NameKind.AKA, weak);
    }
    b.name(nonLatin, NameKind.ORIGINAL_SCRIPT, false);
    b.program(row.get("Regime"));
    b.attribute(AttributeKind.TITLE, row.get("Title"));
    b.attribute(AttributeKind.BIRTH_DATE, Dates.dayFirst(row.get("DOB")));
    String town = row.get("Town of Birth");
    String country = row.get("Country of Birth");
    b.attribute(
        AttributeKind.BIRTH_PLACE,
        town == null ? country : country == null ? town : town + ", " + country);
    for (String n : enumeration(row.get("Nationality"))) {
      b.attribute(AttributeKind.NATIONALITY, n);
    }
    identifiers(b, "Passport", row.get("Passport Number"), row.get("Passport Details"));
    identifiers(
        b,
        "National Identification Number",
        row.get("National Identification Number"),
        row.get("National Identification Details"));
    b.attribute(AttributeKind.POSITION, row.get("Position"));
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      String line = row.get("Address " + i);
      if (line != null) {
        lines.add(line);
      }
    }
    b.address(
        lines.isEmpty() ? null : String.join(", ", lines),
        row.get("Post/Zip Code"),
        row.get("Country"),
        null);
    b.attribute(AttributeKind.LISTED_ON, Dates.dayFirst(row.get("Listed On")));
    String other = row.get("Other Information");
    if (other != null) {
      b.remark(other);
      Matcher m = TAGGED.matcher(other);
      while (m.find()) {
        switch (m.group(1)) {
          case "UK Sanctions List Ref" ->
              b.attribute(AttributeKind.UK_SANCTIONS_LIST_REF, m.group(2));
          case "Gender" -> b.attribute(AttributeKind.GENDER, m.group(2));
          default -> b.identifier("IMO", m.group(2), null, null);
        }
      }
    }
  }

  /** Pairs "(1) 223611 (2) C00146605" with "(1) Libya number (2) British passport number". */
  private static void identifiers(EntryBuilder b, String type, String numbers, String details) {
    List<String> values = enumeration(numbers);
    List<String> notes = enumeration(details);
    for (int i = 0; i < values.size(); i++) {
      String note = notes.size() == values.size() ? notes.get(i) : details;
      b.identifier(type, values.get(i), null, note);
    }
  }

  /** The items of an OFSI enumeration "(1) a. (2) b", or the text itself; trailing dots dropped. */
  static List<String> enumeration(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (String part : ENUMERATION.split(text)) {
      String p = part.strip();
      while (p.endsWith(".") || p.endsWith(",")) {
        p = p.substring(0, p.length() - 1).strip();
      }
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  private static EntryType type(String groupType, long line) {
    if (groupType == null) {
      throw new ListFormatException("line " + line + " has no Group Type");
    }
    return switch (groupType.toLowerCase(Locale.ROOT)) {
      case "individual" -> EntryType.PERSON;
      case "entity" -> EntryType.ORGANIZATION;
      case "ship" -> EntryType.VESSEL;
      default ->
          throw new ListFormatException(
              "line " + line + " has unknown Group Type '" + groupType + "'");
    };
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 60) + "...";
  }

  /** One data row, with its fields looked up by header name. */
  private static final class Row {
    private final CSVRecord record;
    private final Map<String, Integer> index;
    private final long line;

    Row(CSVRecord record, Map<String, Integer> index, int columns, long line) {
      this.record = record;
      this.index = index;
      this.line = line;
      if (record.size() != columns) {
        throw new ListFormatException(
            "line " + line + " has " + record.size() + " fields, the header has " + columns);
      }
    }

    String get(String column) {
      return EntryBuilder.clean(record.get(index.get(column)));
    }
  }
}

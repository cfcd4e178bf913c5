package io.sanctionscreen.lists.parse;

import io.sanctionscreen.lists.model.AttributeKind;
import io.sanctionscreen.lists.model.EntryType;
import io.sanctionscreen.lists.model.ParsedList;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * Parses the reduced export of the UK Sanctions List (FCDO) bundled for offline use: one row per
 * designation with the columns {@code Unique ID, OFSI Group ID, Name, Regime Name, Type,
 * Designation source, Date Designated, Sanctions Imposed}, primary names only, dates written
 * dd-mm-yyyy. The {@code Unique ID} ({@code AFG0001}) is the source reference, as in the official
 * XML that a refresh imports in its place; the regime is the program; the OFSI group id is kept
 * ({@code OFSI_GROUP_ID}), and ties the designation to OFSI's entry of the same party. The export
 * lost the name of a few designations (2 of 5,302 in the 2025-08-11 export): a row without a name
 * cannot be screened and is skipped; the official file, which a refresh imports, has them.
 */
public final class UkSanctionsListDerivedCsvParser implements ListParser {

  private static final String FORMAT = "UK Sanctions List derived CSV";

  /** The export's columns. */
  static final List<String> COLUMNS =
      List.of(
          "Unique ID",
          "OFSI Group ID",
          "Name",
          "Regime Name",
          "Type",
          "Designation source",
          "Date Designated",
          "Sanctions Imposed");

  private static final DateTimeFormatter DAY_FIRST =
      DateTimeFormatter.ofPattern("dd-MM-uuuu", Locale.ROOT);

  /** The parser {@link ListFormat} registers; it holds no state. */
  UkSanctionsListDerivedCsvParser() {}

  @Override
  public ParsedList read(ListInput input, String sourceId, LocalDate listDate) throws IOException {
    try (Reader in = Parts.reader(input, ListFormat.MAIN)) {
      return parse(in, sourceId, listDate);
    }
  }

  /**
   * Parses a whole file; it carries no list date, the caller gives it.
   *
   * @throws ListFormatException if the header lacks a column, a row has another number of fields,
   *     no Unique ID, an unknown type or a date that is not dd-mm-yyyy, or repeats an id
   */
  public static ParsedList parse(Reader in, String sourceId, LocalDate listDate) {
    return Parsing.guard(FORMAT, () -> read(in, sourceId, listDate));
  }

  private static ParsedList read(Reader in, String sourceId, LocalDate listDate) {
    CsvTable table = CsvTable.open(in, COLUMNS);
    Map<String, Integer> index = table.columns();
    Entries entries = new Entries("Unique ID");
    for (CsvTable.Row next = table.next(); next != null; next = table.next()) {
      CSVRecord r = next.record();
      long line = next.line();
      Map<String, String> row = new HashMap<>();
      index.forEach((c, i) -> row.put(c, EntryBuilder.clean(r.get(i))));
      String id = row.get("Unique ID");
      if (id == null) {
        throw new ListFormatException("line " + line + " has no Unique ID");
      }
      String name = row.get("Name");
      if (name == null) {
        continue;
      }
      EntryBuilder b = new EntryBuilder(id, type(row.get("Type"), line));
      b.primary(name);
      b.program(row.get("Regime Name"));
      b.attribute(AttributeKind.OFSI_GROUP_ID, row.get("OFSI Group ID"));
      b.attribute(AttributeKind.DESIGNATION_SOURCE, row.get("Designation source"));
      b.attribute(AttributeKind.LISTED_ON, date(row.get("Date Designated"), line));
      b.attribute(AttributeKind.SANCTIONS_IMPOSED, row.get("Sanctions Imposed"));
      entries.add(b.build(), "line " + line);
    }
    return entries.list(sourceId, listDate, "the file holds no rows after the header");
  }

  private static EntryType type(String type, long line) {
    String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
    return switch (t) {
      case "individual" -> EntryType.PERSON;
      case "entity" -> EntryType.ORGANIZATION;
      case "ship" -> EntryType.VESSEL;
      default ->
          throw new ListFormatException(
              "line " + line + ": type '" + type + "' is not Individual, Entity or Ship");
    };
  }

  private static String date(String text, long line) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text, DAY_FIRST).toString();
    } catch (DateTimeParseException e) {
      throw new ListFormatException(
          "line " + line + ": Date Designated '" + text + "' is not dd-mm-yyyy", e);
    }
  }
}

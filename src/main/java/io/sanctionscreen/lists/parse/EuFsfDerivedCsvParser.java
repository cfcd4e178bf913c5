package io.sanctionscreen.lists.parse;

import io.sanctionscreen.lists.model.AttributeKind;
import io.sanctionscreen.lists.model.EntryType;
import io.sanctionscreen.lists.model.NameKind;
import io.sanctionscreen.lists.model.ParsedList;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * Parses a CSV derived from the EU Financial Sanctions File, as bundled for offline use: one row
 * per sanctioned party with the columns {@code Name, Alias, Nationality, Designation, Sanction
 * Type, Source}. {@code Alias} holds every name of the party (the FSF's {@code
 * nameAlias/@wholeName}s, in any language and script) joined by ", "; {@code Designation} is {@code
 * person} or {@code enterprise}. The file carries no EU reference number, programme or date: an
 * entry's id is a digest of its row ({@code D-} and 16 hex digits), stable for the same row, and
 * the official FSF XML, imported by a refresh, replaces the whole snapshot.
 */
public final class EuFsfDerivedCsvParser implements ListParser {

  private static final String FORMAT = "EU FSF derived CSV";

  /** The derived file's columns. */
  static final List<String> COLUMNS =
      List.of("Name", "Alias", "Nationality", "Designation", "Sanction Type", "Source");

  /** The parser {@link ListFormat} registers; it holds no state. */
  EuFsfDerivedCsvParser() {}

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
   *     no name, or a designation other than person or enterprise
   */
  public static ParsedList parse(Reader in, String sourceId, LocalDate listDate) {
    return Parsing.guard(FORMAT, () -> read(in, sourceId, listDate));
  }

  private static ParsedList read(Reader in, String sourceId, LocalDate listDate) {
    CsvTable table = CsvTable.open(in, COLUMNS);
    Map<String, Integer> index = table.columns();
    Entries entries = new Entries("row digest");
    for (CsvTable.Row next = table.next(); next != null; next = table.next()) {
      CSVRecord r = next.record();
      long line = next.line();
      String name = EntryBuilder.clean(r.get(index.get("Name")));
      if (name == null) {
        throw new ListFormatException("line " + line + " has no name");
      }
      String aliases = EntryBuilder.clean(r.get(index.get("Alias")));
      String nationality = EntryBuilder.clean(r.get(index.get("Nationality")));
      String designation = EntryBuilder.clean(r.get(index.get("Designation")));
      EntryBuilder b =
          new EntryBuilder(id(name, aliases, nationality, designation), type(designation, line));
      b.primary(name);
      if (aliases != null) {
        for (String a : aliases.split(", ")) {
          String alias = EntryBuilder.clean(a);
          if (alias != null && !alias.equals(name)) {
            b.name(alias, NameKind.AKA, false);
          }
        }
      }
      b.attribute(AttributeKind.NATIONALITY, nationality);
      b.remark(
          "Derived from the EU Financial Sanctions File ("
              + r.get(index.get("Sanction Type")).strip()
              + "); no EU reference number in this snapshot.");
      entries.add(b.build(), "line " + line);
    }
    return entries.list(sourceId, listDate, "the file holds no rows after the header");
  }

  private static EntryType type(String designation, long line) {
    String d = designation == null ? "" : designation.toLowerCase(Locale.ROOT);
    return switch (d) {
      case "person" -> EntryType.PERSON;
      case "enterprise" -> EntryType.ORGANIZATION;
      default ->
          throw new ListFormatException(
              "line " + line + ": designation '" + designation + "' is not person or enterprise");
    };
  }

  /** The row's stable id: the same row always gets the same id. */
  static String id(String name, String aliases, String nationality, String designation) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      String row = name + "\n" + aliases + "\n" + nationality + "\n" + designation;
      byte[] d = sha.digest(row.getBytes(StandardCharsets.UTF_8));
      return "D-" + HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

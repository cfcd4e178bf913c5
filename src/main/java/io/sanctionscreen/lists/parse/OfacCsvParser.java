package io.sanctionscreen.lists.parse;

import io.sanctionscreen.lists.model.AttributeKind;
import io.sanctionscreen.lists.model.EntryType;
import io.sanctionscreen.lists.model.NameKind;
import io.sanctionscreen.lists.model.ParsedEntry;
import io.sanctionscreen.lists.model.ParsedList;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jboss.logging.Logger;

/**
 * Parses OFAC's legacy CSV set: the main file ({@code sdn.csv} or {@code cons_prim.csv}) with its
 * aliases ({@code alt.csv}), addresses ({@code add.csv}) and remarks overflow ({@code
 * sdn_comments.csv}). The same layout serves the SDN list and the consolidated non-SDN list.
 *
 * <p>OFAC writes {@code -0-} for an empty field, several programs as {@code "IRAN] [SDGT"}, and
 * ends each file with an EOF character (0x1A) on its own line.
 */
public final class OfacCsvParser implements ListParser {

  private static final Logger LOG = Logger.getLogger(ListFormat.class);

  private static final String NULL = "-0-";
  private static final int MAIN_COLUMNS = 12;

  /** Counts of what the side files held that matched no entry of the main file. */
  public record Orphans(int aliases, int addresses, int comments) {}

  /** A parsed list together with its orphan counts. */
  public record Result(ParsedList list, Orphans orphans) {}

  /** The parser {@link ListFormat} registers; it holds no state. */
  OfacCsvParser() {}

  @Override
  public ParsedList read(ListInput input, String sourceId, LocalDate listDate) throws IOException {
    try (Reader main = Parts.reader(input, ListFormat.MAIN);
        Reader alt = Parts.reader(input, "alt");
        Reader add = Parts.reader(input, "add");
        Reader comments = Parts.reader(input, "comments")) {
      Result r;
      try {
        r = parse(sourceId, listDate, main, alt, add, comments);
      } catch (ListFormatException e) {
        throw new ListFormatException("OFAC CSV: " + e.getMessage(), e);
      }
      Orphans o = r.orphans();
      if (o.aliases() + o.addresses() + o.comments() > 0) {
        LOG.infof(
            "%s: dropped rows of entries the main file does not hold: %d aliases, %d"
                + " addresses, %d remarks continuations",
            sourceId, o.aliases(), o.addresses(), o.comments());
      }
      return r.list();
    }
  }

  /**
   * Parses a CSV set. The side files may be null.
   *
   * @throws ListFormatException if the main file is not OFAC CSV: wrong column count, an id that is
   *     not a number, a duplicate id, an unknown party type, a truncated file
   */
  public static Result parse(
      String sourceId, LocalDate listDate, Reader main, Reader alt, Reader add, Reader comments) {
    Map<String, Builder> entries = new LinkedHashMap<>();
    for (CSVRecord r : records(main, "main file")) {
      if (isEofMarker(r)) {
        continue;
      }
      if (r.size() != MAIN_COLUMNS) {
        throw new ListFormatException(
            "line "
                + r.getRecordNumber()
                + " of the main file has "
                + r.size()
                + " columns, OFAC CSV has "
                + MAIN_COLUMNS);
      }
      String id = requireId(r, "main file");
      if (entries.containsKey(id)) {
        throw new ListFormatException("entry " + id + " appears twice in the main file");
      }
      entries.put(id, Builder.of(r));
    }
    if (entries.isEmpty()) {
      throw new ListFormatException("the main file holds no entries");
    }
    int orphanAliases = 0;
    int orphanAddresses = 0;
    int orphanComments = 0;
    if (comments != null) {
      for (CSVRecord r : records(comments, "comments file")) {
        if (isEofMarker(r)) {
          continue;
        }
        Builder b = entries.get(requireId(r, "comments file"));
        if (b == null) {
          orphanComments++;
        } else if (r.size() > 1) {
          b.remarks = (b.remarks == null ? "" : b.remarks) + value(r, 1);
        }
      }
    }
    if (alt != null) {
      for (CSVRecord r : records(alt, "alias file")) {
        if (isEofMarker(r)) {
          continue;
        }
        requireColumns(r, 4, "alias file");
        Builder b = entries.get(requireId(r, "alias file"));
        String name = value(r, 3);
        if (b == null) {
          orphanAliases++;
        } else if (name != null) {
          b.names.add(new ParsedEntry.Name(name, aliasKind(value(r, 2)), false));
        }
      }
    }
    if (add != null) {
      for (CSVRecord r : records(add, "address file")) {
        if (isEofMarker(r)) {
          continue;
        }
        requireColumns(r, 5, "address file");
        Builder b = entries.get(requireId(r, "address file"));
        if (b == null) {
          orphanAddresses++;
          continue;
        }
        ParsedEntry.Address a =
            new ParsedEntry.Address(
                value(r, 2), value(r, 3), value(r, 4), r.size() > 5 ? value(r, 5) : null);
        if (a.street() != null || a.city() != null || a.country() != null) {
          b.addresses.add(a);
        }
      }
    }
    List<ParsedEntry> out = new ArrayList<>(entries.size());
    for (Builder b : entries.values()) {
      out.add(b.build());
    }
    return new Result(
        new ParsedList(sourceId, listDate, out),
        new Orphans(orphanAliases, orphanAddresses, orphanComments));
  }

  private static Iterable<CSVRecord> records(Reader reader, String what) {
    try {
      CSVParser parser =
          CSVFormat.DEFAULT
              .builder()
              .setIgnoreSurroundingSpaces(true)
              .get()
              .parse(CsvInput.bounded(reader));
      List<CSVRecord> all = new ArrayList<>();
      try {
        for (CSVRecord r : parser) {
          all.add(r);
        }
      } catch (UncheckedIOException | IllegalStateException e) {
        throw new ListFormatException("the " + what + " is not valid CSV: " + rootMessage(e), e);
      }
      return all;
    } catch (IOException e) {
      throw new ListFormatException("the " + what + " cannot be read: " + e.getMessage(), e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }

  private static boolean isEofMarker(CSVRecord r) {
    return r.size() == 1 && (r.get(0).equals("\u001a") || r.get(0).isBlank());
  }

  private static void requireColumns(CSVRecord r, int min, String what) {
    if (r.size() < min) {
      throw new ListFormatException(
          "line " + r.getRecordNumber() + " of the " + what + " has " + r.size() + " columns");
    }
  }

  private static String requireId(CSVRecord r, String what) {
    String id = r.get(0).trim();
    if (!id.matches("\\d{1,12}")) {
      throw new ListFormatException(
          "line " + r.getRecordNumber() + " of the " + what + " has no numeric id: '" + id + "'");
    }
    return id;
  }

  /** The trimmed value of a column, or null for OFAC's {@code -0-} and empty fields. */
  private static String value(CSVRecord r, int column) {
    String v = r.get(column).trim();
    return v.isEmpty() || v.equals(NULL) ? null : v;
  }

  private static NameKind aliasKind(String type) {
    if (type == null) {
      return NameKind.AKA;
    }
    return switch (type.trim().toLowerCase(java.util.Locale.ROOT)) {
      case "fka" -> NameKind.FKA;
      case "nka" -> NameKind.NKA;
      default -> NameKind.AKA;
    };
  }

  /** Collects one entry while the side files are read. */
  private static final class Builder {
    private String id;
    private EntryType type;
    private String name;
    private List<String> programs;
    private String remarks;
    private final List<ParsedEntry.Name> names = new ArrayList<>();
    private final List<ParsedEntry.Address> addresses = new ArrayList<>();
    private final List<ParsedEntry.Attribute> attributes = new ArrayList<>();

    static Builder of(CSVRecord r) {
      Builder b = new Builder();
      b.id = r.get(0).trim();
      b.name = value(r, 1);
      if (b.name == null) {
        throw new ListFormatException("entry " + b.id + " has no name");
      }
      b.type = type(value(r, 2), b.id);
      b.programs = programs(value(r, 3));
      b.remarks = value(r, 11);
      b.attribute(AttributeKind.TITLE, value(r, 4));
      b.attribute(AttributeKind.VESSEL_CALL_SIGN, value(r, 5));
      b.attribute(AttributeKind.VESSEL_TYPE, value(r, 6));
      b.attribute(AttributeKind.VESSEL_TONNAGE, value(r, 7));
      b.attribute(AttributeKind.VESSEL_GRT, value(r, 8));
      b.attribute(AttributeKind.VESSEL_FLAG, value(r, 9));
      b.attribute(AttributeKind.VESSEL_OWNER, value(r, 10));
      return b;
    }

    private void attribute(AttributeKind kind, String value) {
      if (value != null) {
        attributes.add(new ParsedEntry.Attribute(kind, value));
      }
    }

    ParsedEntry build() {
      OfacRemarksParser.Facts facts = OfacRemarksParser.parse(remarks);
      List<ParsedEntry.Name> all = new ArrayList<>(names.size() + 1);
      all.add(new ParsedEntry.Name(name, NameKind.PRIMARY, false));
      all.addAll(names);
      all.addAll(facts.weakAliases());
      List<ParsedEntry.Attribute> attrs = new ArrayList<>(attributes);
      attrs.addAll(facts.attributes());
      return new ParsedEntry(
          id, type, name, all, programs, remarks, addresses, facts.identifiers(), attrs);
    }

    private static EntryType type(String sdnType, String id) {
      if (sdnType == null) {
        return EntryType.ORGANIZATION;
      }
      return switch (sdnType.toLowerCase(java.util.Locale.ROOT)) {
        case "individual" -> EntryType.PERSON;
        case "vessel" -> EntryType.VESSEL;
        case "aircraft" -> EntryType.AIRCRAFT;
        case "entity" -> EntryType.ORGANIZATION;
        default ->
            throw new ListFormatException("entry " + id + " has unknown type '" + sdnType + "'");
      };
    }

    private static List<String> programs(String field) {
      if (field == null) {
        return List.of();
      }
      List<String> out = new ArrayList<>();
      for (String p : field.split("\\]\\s*\\[")) {
        String t = p.replace("[", "").replace("]", "").trim();
        if (!t.isEmpty()) {
          out.add(t);
        }
      }
      return out;
    }
  }
}

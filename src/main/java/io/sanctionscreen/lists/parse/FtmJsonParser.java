package io.sanctionscreen.lists.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sanctionscreen.lists.model.AttributeKind;
import io.sanctionscreen.lists.model.EntryType;
import io.sanctionscreen.lists.model.NameKind;
import io.sanctionscreen.lists.model.ParsedEntry;
import io.sanctionscreen.lists.model.ParsedList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses OpenSanctions FollowTheMoney JSON lines: full exports ({@code entities.ftm.json}, one
 * entity per line) and delta files ({@code {"op":"ADD|MOD|DEL","entity":{...}}} per line), applied
 * in order: ADD and MOD replace an entity, DEL removes it. Several files given together are read as
 * one sequence, so a base export followed by its deltas yields the current list.
 *
 * <p>Only screenable schemata become entries (Person; Organization, Company, LegalEntity,
 * PublicBody; Vessel; Airplane); the FtM id is the source reference. The {@code caption} is the
 * primary name; {@code name} and {@code alias} values are a.k.a.s (original-script names when not
 * Latin), {@code weakAlias} weak ones, {@code previousName} former ones. {@code Sanction} entities
 * give their {@code program} (else {@code programId}, else {@code authority}) to the entities they
 * name; {@code Address} entities give their {@code full} text to the entities that refer to them.
 * Other schemata (ownership, family links, identification documents) are not read.
 */
public final class FtmJsonParser implements ListParser {

  private static final String FORMAT = "FollowTheMoney JSON lines";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Map<String, EntryType> SCREENABLE =
      Map.of(
          "Person", EntryType.PERSON,
          "Organization", EntryType.ORGANIZATION,
          "Company", EntryType.ORGANIZATION,
          "LegalEntity", EntryType.ORGANIZATION,
          "PublicBody", EntryType.ORGANIZATION,
          "Vessel", EntryType.VESSEL,
          "Airplane", EntryType.AIRCRAFT);

  /** FtM properties that hold identifiers; the property name is the identifier type. */
  private static final List<String> IDENTIFIERS =
      List.of(
          "idNumber",
          "passportNumber",
          "taxNumber",
          "registrationNumber",
          "innCode",
          "ogrnCode",
          "kppCode",
          "okpoCode",
          "leiCode",
          "vatCode",
          "dunsCode",
          "swiftBic",
          "bikCode",
          "imoNumber",
          "mmsi",
          "serialNumber",
          "socialSecurityNumber",
          "uniqueEntityId",
          "permId",
          "isin",
          "ticker",
          "wikidataId");

  /**
   * FtM properties kept as attributes, with their attribute kind, in a fixed order (the order
   * enters the content hash; {@code Map.of} iterates in a different order on each JVM run).
   */
  private static final List<Map.Entry<String, AttributeKind>> ATTRIBUTES =
      List.of(
          Map.entry("birthDate", AttributeKind.BIRTH_DATE),
          Map.entry("birthPlace", AttributeKind.BIRTH_PLACE),
          Map.entry("nationality", AttributeKind.NATIONALITY),
          Map.entry("citizenship", AttributeKind.CITIZENSHIP),
          Map.entry("country", AttributeKind.COUNTRY),
          Map.entry("jurisdiction", AttributeKind.COUNTRY),
          Map.entry("gender", AttributeKind.GENDER),
          Map.entry("title", AttributeKind.TITLE),
          Map.entry("position", AttributeKind.POSITION),
          Map.entry("incorporationDate", AttributeKind.ESTABLISHED),
          Map.entry("topics", AttributeKind.TOPIC),
          Map.entry("flag", AttributeKind.VESSEL_FLAG),
          Map.entry("callSign", AttributeKind.VESSEL_CALL_SIGN),
          Map.entry("type", AttributeKind.VESSEL_TYPE),
          Map.entry("buildDate", AttributeKind.VESSEL_YEAR_OF_BUILD),
          Map.entry("tonnage", AttributeKind.VESSEL_TONNAGE),
          Map.entry("grossRegisteredTonnage", AttributeKind.VESSEL_GRT),
          Map.entry("model", AttributeKind.AIRCRAFT_MODEL));

  /** The parser {@link ListFormat} registers; it holds no state. */
  FtmJsonParser() {}

  /** Reads FtM files in order; a delta file alone is refused, as it says nothing of the rest. */
  @Override
  public ParsedList read(ListInput input, String sourceId, LocalDate listDate) throws IOException {
    List<String> parts = input.parts();
    if (parts.isEmpty()) {
      throw new ListFormatException("no FollowTheMoney file given");
    }
    if (isDelta(input, parts.get(0))) {
      throw new ListFormatException(
          "FollowTheMoney JSON: the file is a delta ({\"op\": ..., \"entity\": ...} lines) and"
              + " no full export precedes it; upload a ZIP holding the full entities.ftm.json"
              + " and its delta files, or the full export alone");
    }
    List<Reader> readers = new ArrayList<>();
    try {
      for (String p : parts) {
        readers.add(Parts.reader(input, p));
      }
      return parse(sourceId, listDate, readers.toArray(Reader[]::new));
    } finally {
      for (Reader r : readers) {
        r.close();
      }
    }
  }

  private static boolean isDelta(ListInput input, String part) throws IOException {
    // Bounded: a hostile first line must not be read whole; the parser then names the problem.
    try (BufferedReader r =
        new BufferedReader(InputLimits.bounded(Parts.reader(input, part), InputLimits.MAX_TEXT))) {
      String line;
      int lines = 0;
      while ((line = r.readLine()) != null && lines++ < 1000) {
        if (!line.isBlank()) {
          try {
            JsonNode n = JSON.readTree(line);
            return n != null && n.isObject() && n.has("op") && n.has("entity");
          } catch (JsonProcessingException e) {
            return false;
          }
        }
      }
      return false;
    } catch (ListFormatException e) {
      return false;
    }
  }

  /**
   * Parses one or more files in order into one list. FtM files carry no list date; the caller gives
   * it.
   *
   * @throws ListFormatException if a line is not a JSON object, lacks its id or schema, holds an
   *     unknown op, or is longer than {@link InputLimits#MAX_TEXT}; or no screenable entity remains
   */
  public static ParsedList parse(String sourceId, LocalDate listDate, Reader... files) {
    return Parsing.guard(FORMAT, () -> read(sourceId, listDate, files));
  }

  private static ParsedList read(String sourceId, LocalDate listDate, Reader... files) {
    State state = new State();
    if (files == null || files.length == 0) {
      throw new ListFormatException("no input given");
    }
    for (int f = 0; f < files.length; f++) {
      if (files[f] == null) {
        throw new ListFormatException("input " + (f + 1) + " is missing");
      }
      LineReader lines =
          new LineReader(new BufferedReader(InputLimits.bounded(files[f]), 64 * 1024));
      String line;
      while ((line = lines.next()) != null) {
        if (!line.isBlank()) {
          state.apply(object(line, lines.number(), f), lines.number(), f);
        }
      }
    }
    List<ParsedEntry> entries = new ArrayList<>();
    for (JsonNode e : state.screenable.values()) {
      entries.add(entry(e, state));
    }
    if (entries.isEmpty()) {
      throw new ListFormatException("the input holds no screenable entity");
    }
    return new ParsedList(sourceId, listDate, entries);
  }

  private static JsonNode object(String line, long number, int file) {
    JsonNode n;
    try {
      n = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new ListFormatException(
          where(number, file) + " is not JSON: " + e.getOriginalMessage(), e);
    }
    if (n == null || !n.isObject()) {
      throw new ListFormatException(where(number, file) + " is not a JSON object");
    }
    return n;
  }

  private static String where(long line, int file) {
    return (file == 0 ? "" : "file " + (file + 1) + ", ") + "line " + line;
  }

  private static ParsedEntry entry(JsonNode e, State state) {
    String id = e.get("id").asText();
    JsonNode props = e.path("properties");
    EntryBuilder b = new EntryBuilder(id, SCREENABLE.get(e.get("schema").asText()));
    b.primary(text(e.get("caption")));
    for (String name : values(props, "name")) {
      b.name(name, Names.isLatin(name) ? NameKind.AKA : NameKind.ORIGINAL_SCRIPT, false);
    }
    for (String alias : values(props, "alias")) {
      b.name(alias, Names.isLatin(alias) ? NameKind.AKA : NameKind.ORIGINAL_SCRIPT, false);
    }
    for (String weak : values(props, "weakAlias")) {
      b.name(weak, Names.isLatin(weak) ? NameKind.AKA : NameKind.ORIGINAL_SCRIPT, true);
    }
    values(props, "previousName").forEach(n -> b.name(n, NameKind.FKA, false));
    if (!b.hasName()) {
      throw new ListFormatException("entity " + id + " has no name");
    }
    state.programs.getOrDefault(id, List.of()).forEach(b::program);
    for (Map.Entry<String, AttributeKind> a : ATTRIBUTES) {
      values(props, a.getKey()).forEach(v -> b.attribute(a.getValue(), v));
    }
    for (String type : IDENTIFIERS) {
      values(props, type).forEach(v -> b.identifier(type, v, null, null));
    }
    values(e, "datasets").forEach(d -> b.attribute(AttributeKind.DATASET, d));
    values(props, "address").forEach(a -> b.address(a, null, null, null));
    for (String ref : values(props, "addressEntity")) {
      String full = state.addresses.get(ref);
      if (full != null) {
        b.address(full, null, null, null);
      }
    }
    values(props, "notes").forEach(b::remark);
    return b.build();
  }

  /** The string values of a property (an array, or a single value), blanks left out. */
  private static List<String> values(JsonNode node, String property) {
    JsonNode v = node.get(property);
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (v.isArray()) {
      for (JsonNode item : v) {
        String t = text(item);
        if (t != null) {
          out.add(t);
        }
      }
    } else {
      String t = text(v);
      if (t != null) {
        out.add(t);
      }
    }
    return out;
  }

  private static String text(JsonNode n) {
    return n == null || !n.isValueNode() ? null : EntryBuilder.clean(n.asText());
  }

  /** The entities read so far, reduced to what the entries need. */
  private static final class State {
    private final Map<String, JsonNode> screenable = new LinkedHashMap<>();
    private final Map<String, String> addresses = new HashMap<>();

    /** Programs by target id, and per sanction the targets it gave them to (for DEL/MOD). */
    private final Map<String, List<String>> programs = new HashMap<>();

    private final Map<String, Sanction> sanctions = new HashMap<>();

    void apply(JsonNode line, long number, int file) {
      JsonNode op = line.get("op");
      if (op == null) {
        put(line, number, file);
        return;
      }
      JsonNode entity = line.get("entity");
      if (entity == null || !entity.isObject()) {
        throw new ListFormatException(where(number, file) + ": a delta op without an entity");
      }
      switch (op.asText()) {
        case "ADD", "MOD" -> put(entity, number, file);
        case "DEL" -> remove(id(entity, number, file));
        default ->
            throw new ListFormatException(
                where(number, file) + ": unknown delta op '" + op.asText() + "'");
      }
    }

    private void put(JsonNode e, long number, int file) {
      String id = id(e, number, file);
      JsonNode schema = e.get("schema");
      if (schema == null || !schema.isTextual() || schema.asText().isBlank()) {
        throw new ListFormatException(where(number, file) + ": entity " + id + " has no schema");
      }
      remove(id);
      String s = schema.asText();
      JsonNode props = e.path("properties");
      if (SCREENABLE.containsKey(s)) {
        screenable.put(id, e);
        InputLimits.checkEntryCount(screenable.size());
      } else if (s.equals("Sanction")) {
        List<String> given = values(props, "program");
        if (given.isEmpty()) {
          given = values(props, "programId");
        }
        if (given.isEmpty()) {
          given = values(props, "authority");
        }
        Sanction sanction = new Sanction(values(props, "entity"), given);
        sanctions.put(id, sanction);
        for (String target : sanction.targets) {
          programs.computeIfAbsent(target, k -> new ArrayList<>()).addAll(sanction.programs);
        }
      } else if (s.equals("Address")) {
        List<String> full = values(props, "full");
        addresses.put(id, full.isEmpty() ? text(e.get("caption")) : full.get(0));
      }
    }

    private void remove(String id) {
      screenable.remove(id);
      addresses.remove(id);
      Sanction old = sanctions.remove(id);
      if (old != null) {
        for (String target : old.targets) {
          List<String> p = programs.get(target);
          if (p != null) {
            old.programs.forEach(p::remove);
          }
        }
      }
    }

    private static String id(JsonNode e, long number, int file) {
      JsonNode id = e.get("id");
      if (id == null || !id.isTextual() || id.asText().isBlank()) {
        throw new ListFormatException(where(number, file) + ": an entity has no id");
      }
      return id.asText();
    }
  }

  private record Sanction(List<String> targets, List<String> programs) {}

  /** Reads lines no longer than {@link InputLimits#MAX_TEXT} characters. */
  private static final class LineReader {
    private final Reader in;
    private long number;

    LineReader(Reader in) {
      this.in = in;
    }

    long number() {
      return number;
    }

    String next() {
      StringBuilder b = new StringBuilder();
      try {
        int c = in.read();
        if (c < 0) {
          return null;
        }
        number++;
        while (c >= 0 && c != '\n') {
          if (b.length() >= InputLimits.MAX_TEXT) {
            throw new ListFormatException(
                "line " + number + " is longer than " + InputLimits.MAX_TEXT + " characters");
          }
          b.append((char) c);
          c = in.read();
        }
      } catch (IOException e) {
        throw new ListFormatException("the file cannot be read: " + e.getMessage(), e);
      }
      return b.toString();
    }
  }
}
